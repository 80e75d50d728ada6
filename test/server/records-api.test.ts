import type { FeatureCollection, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { auditResponseSchema } from '../../server/schema/audit.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { recordEditSchema } from '../../server/schema/records.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
let app: ReturnType<typeof createApp>;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = createApp({ db: seeded.db });
  admin = asUser(app, seeded.db, 'admin', { username: 'editor' });
});
afterAll(() => seeded.dispose());

const patch = (path: string, body: unknown, as: Caller = admin) =>
  as.request(`/api/records/${path}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const message = async (res: Response) => errorBodySchema.parse(await res.json()).error.message;
type Props = { id: string; grade: string; operatingStatus: string; township: string; source: string };

describe('PATCH /api/records/:target/:key', () => {
  it('changes fields named as an import names them, and the audit log keeps before and after', async () => {
    const [e] = seeded.db
      .prepare(
        "SELECT id, performance_grade AS grade FROM enterprises WHERE performance_grade != 'D' ORDER BY id LIMIT 1",
      )
      .all() as { id: string; grade: string }[];
    if (!e) throw new Error('no enterprise');
    const res = await patch(`enterprises/${e.id}`, { 绩效分级: 'D', operatingStatus: '停产' });
    expect(res.status).toBe(200);
    const edit = recordEditSchema.parse(await res.json());
    expect(edit.before).toMatchObject({ performance_grade: e.grade });
    expect(edit.after).toMatchObject({ performance_grade: 'D', operating_status: 'suspended' });
    const layer = (await (await admin.request('/api/layers/enterprises')).json()) as FeatureCollection<Point, Props>;
    const shown = layer.features.find((f) => f.properties.id === e.id)?.properties;
    expect(shown).toMatchObject({ grade: 'D', operatingStatus: 'suspended' });
    expect(shown?.source).toMatch(/editor 于 \d{4}-\d{2}-\d{2} 编辑$/);
    const audit = auditResponseSchema.parse(
      await (await admin.request(`/api/audit?action=record.update&entityId=${e.id}`)).json(),
    );
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      actor: 'editor',
      entity: 'enterprises',
      before: { performance_grade: e.grade },
      after: { performance_grade: 'D' },
    });
  });

  it('moves a point, and its township follows its position', async () => {
    const site = seeded.db
      .prepare(
        "SELECT id, township_code AS township FROM construction_sites WHERE township_code != '140902106' LIMIT 1",
      )
      .get() as { id: string; township: string };
    const target = seeded.db
      .prepare("SELECT lon, lat FROM villages WHERE township_code = '140902106' LIMIT 1")
      .get() as { lon: number; lat: number };
    const res = await patch(`construction-sites/${site.id}`, { lon: target.lon, lat: target.lat });
    expect(res.status).toBe(200);
    expect(seeded.db.prepare('SELECT township_code FROM construction_sites WHERE id = ?').pluck().get(site.id)).toBe(
      '140902106',
    );
    const machine = seeded.db.prepare('SELECT id FROM machines LIMIT 1').pluck().get() as string;
    expect((await patch(`machines/${machine}`, { lon: target.lon, lat: target.lat })).status).toBe(200);
    const latest = seeded.db
      .prepare(
        'SELECT lon, lat, township_code AS township FROM machine_positions ' +
          'WHERE machine_id = ? ORDER BY ts DESC LIMIT 1',
      )
      .get(machine);
    expect(latest).toEqual({ lon: target.lon, lat: target.lat, township: '140902106' });
  });

  it('refuses what an import would refuse, naming the field; nothing changes', async () => {
    const id = seeded.db.prepare('SELECT id FROM enterprises LIMIT 1').pluck().get() as string;
    const before = seeded.db.prepare('SELECT * FROM enterprises WHERE id = ?').get(id);
    const bad = await patch(`enterprises/${id}`, { grade: 'E' });
    expect(bad.status).toBe(400);
    expect(await message(bad)).toMatch(/grade: 'E' is not one of A/);
    expect(await message(await patch(`enterprises/${id}`, { colour: 'red' }))).toMatch(/unknown field 'colour'/);
    expect(await message(await patch(`enterprises/${id}`, { 统一社会信用代码: 'X1' }))).toMatch(/cannot be changed/);
    expect(await message(await patch(`enterprises/${id}`, { lon: 116.4, lat: 39.9 }))).toMatch(
      /outside every township/,
    );
    expect(await message(await patch(`enterprises/${id}`, { lon: 112.7 }))).toMatch(/give both/);
    expect((await patch(`enterprises/${id}`, {})).status).toBe(400);
    expect((await patch('enterprises/NO-SUCH', { name: 'x' })).status).toBe(404);
    expect((await patch('townships/140902001', { name: 'x' })).status).toBe(404);
    expect(seeded.db.prepare('SELECT * FROM enterprises WHERE id = ?').get(id)).toEqual(before);
    for (const role of ['official', 'analyst', 'inspector'] as const) {
      expect((await patch(`enterprises/${id}`, { name: 'x' }, asUser(app, seeded.db, role))).status).toBe(403);
    }
  });
});
