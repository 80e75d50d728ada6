import geodesic from 'geographiclib-geodesic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { dustSourcesResponseSchema } from '../../server/schema/dust-sources.ts';
import { stockyardInspectionSchema, stockyardInspectionsResponseSchema } from '../../server/schema/stockyard.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const allInPlace = { enclosure: true, cover: true, spraying: true, wheelWashing: true, hardSurface: true };

describe('stockyard inspections and the dustfall source analysis', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let official: Caller;
  let duty: Caller;
  let localInspector: Caller;
  let otherInspector: Caller;
  let yard: { id: string; township: string };

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    const app = createApp({ db: seeded.db });
    yard = seeded.db
      .prepare('SELECT id, township_code AS township FROM stockyards ORDER BY id LIMIT 1')
      .get() as typeof yard;
    const other = seeded.db.prepare('SELECT code FROM townships WHERE code <> ? LIMIT 1').pluck().get(yard.township);
    official = asUser(app, seeded.db, 'official');
    duty = asUser(app, seeded.db, 'duty');
    localInspector = asUser(app, seeded.db, 'inspector', { username: 'yard-local', townships: [yard.township] });
    otherInspector = asUser(app, seeded.db, 'inspector', { username: 'yard-other', townships: [other as string] });
  });
  afterAll(() => seeded.dispose());

  const inspect = (caller: Caller, id: string, body: unknown) =>
    caller.request(`/api/stockyards/${id}/inspections`, json('POST', body));

  it('records an inspection by an inspector of the township: newest in the list, failing on the layer', async () => {
    const res = await inspect(localInspector, yard.id, {
      inspectedOn: '2023-12-30',
      checks: { ...allInPlace, cover: false },
      note: '煤堆东侧未苫盖',
    });
    expect(res.status).toBe(201);
    const created = stockyardInspectionSchema.parse(await res.json());
    expect(created).toMatchObject({ inspectedOn: '2023-12-30', failedControls: ['cover'], inspector: 'yard-local' });
    const list = stockyardInspectionsResponseSchema.parse(
      await (await official.request(`/api/stockyards/${yard.id}/inspections`)).json(),
    );
    expect(list.inspections[0]?.id).toBe(created.id);
    const layer = (await (await official.request('/api/layers/stockyards?compliant=false')).json()) as {
      features: { id: string; properties: { failedControls: string[] } }[];
    };
    expect(layer.features.find((f) => f.id === yard.id)?.properties.failedControls).toEqual(['cover']);
  });

  it('defaults the date to the dataset present day and refuses one after it', async () => {
    const res = await inspect(duty, yard.id, { checks: allInPlace });
    expect(res.status).toBe(201);
    expect(stockyardInspectionSchema.parse(await res.json()).inspectedOn).toBe('2023-12-31');
    const late = await inspect(duty, yard.id, { inspectedOn: '2024-01-01', checks: allInPlace });
    expect(late.status).toBe(422);
    expect((await errorOf(late)).message).toMatch(/inspectedOn/);
  });

  it('refuses an inspector outside the township, and a reader', async () => {
    const res = await inspect(otherInspector, yard.id, { checks: allInPlace });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).text.zh).toMatch(/不在您负责的乡镇内/);
    expect((await inspect(official, yard.id, { checks: allInPlace })).status).toBe(403);
  });

  it('answers 404 for an unknown stockyard and 400 for a malformed code or body', async () => {
    expect((await inspect(duty, 'Y9999', { checks: allInPlace })).status).toBe(404);
    expect((await official.request('/api/stockyards/Y9999/inspections')).status).toBe(404);
    expect((await official.request(`/api/stockyards/${'x'.repeat(41)}/inspections`)).status).toBe(400);
    for (const body of [
      {},
      { checks: { ...allInPlace, cover: 'yes' } },
      { checks: { enclosure: true } },
      { checks: allInPlace, extra: 1 },
      { checks: allInPlace, inspectedOn: '2023-02-30' },
      { checks: allInPlace, note: 'x'.repeat(1001) },
      [1, 2, 3],
    ]) {
      const res = await inspect(duty, yard.id, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });

  it('imports a stockyard register (Chinese headers, materials by keyword) as official points', async () => {
    const at = seeded.db.prepare('SELECT lon, lat FROM stockyards ORDER BY id LIMIT 1').get() as {
      lon: number;
      lat: number;
    };
    const csv =
      '堆场编号,堆场名称,堆场类型,堆存物料,占地面积,经度,纬度\n' +
      `IMP-1,导入煤矸石堆场,工业企业堆场,煤矸石,3200,${at.lon},${at.lat}\n` +
      `IMP-2,导入白灰堆场,经营性堆场,白灰,800,${at.lon + 0.001},${at.lat}\n`;
    const admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
    const res = await admin.request(`/api/imports/stockyards/commit?file=${encodeURIComponent('堆场台账.csv')}`, {
      method: 'POST',
      body: new TextEncoder().encode(csv),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(res.status).toBe(200);
    const rows = seeded.db
      .prepare("SELECT id, kind, material, area_m2, provenance FROM stockyards WHERE id LIKE 'IMP-%' ORDER BY id")
      .all();
    expect(rows).toEqual([
      { id: 'IMP-1', kind: 'industrial', material: 'coal', area_m2: 3200, provenance: 'official' },
      { id: 'IMP-2', kind: 'commercial', material: 'lime', area_m2: 800, provenance: 'official' },
    ]);
  });

  describe('GET /api/dust/sources-near at the ring edges (a hand-built month)', () => {
    const wgs84 = geodesic.Geodesic.WGS84;
    const centre = [112.73, 38.42] as const;
    const at = (m: number, azimuth: number) => {
      const r = wgs84.Direct(centre[1], centre[0], azimuth, m);
      return [r.lon2 as number, r.lat2 as number];
    };

    beforeAll(() => {
      const db = seeded.db;
      const township = db.prepare('SELECT code FROM townships ORDER BY code LIMIT 1').pluck().get() as string;
      db.prepare('DELETE FROM stockyards').run();
      const point = db.prepare(
        `INSERT INTO dustfall_points (id, name, township_code, lon, lat, provenance, source)
         VALUES (?, ?, ?, ?, ?, 'synthetic', 'test')`,
      );
      point.run('DX1', '测试点甲', township, centre[0], centre[1]);
      point.run('DX2', '测试点乙', township, centre[0] + 0.2, centre[1]);
      db.prepare("INSERT INTO dustfall_readings (point_id, month, value) VALUES ('DX1', '2024-03', 7.01)").run();
      db.prepare("INSERT INTO dustfall_readings (point_id, month, value) VALUES ('DX2', '2024-03', 7)").run();
      const yardRow = db.prepare(
        `INSERT INTO stockyards (id, name, kind, material, enterprise_id, area_m2, township_code, lon, lat,
           provenance, source) VALUES (?, ?, 'commercial', 'sand', NULL, 1000, ?, ?, ?, 'synthetic', 'test')`,
      );
      const [x1, y1] = at(1000, 45);
      const [x2, y2] = at(1000.002, 135);
      const [x3, y3] = at(3000, 225);
      yardRow.run('YE1', '恰好一公里', township, x1, y1);
      yardRow.run('YE2', '一公里外', township, x2, y2);
      yardRow.run('YE3', '恰好三公里', township, x3, y3);
      db.prepare(
        `INSERT INTO stockyard_inspections (stockyard_id, inspected_on, enclosure, cover, spraying, wheel_washing,
           hard_surface, inspector, note, provenance, recorded_at)
         VALUES ('YE1', '2023-12-01', 1, 0, 1, 1, 1, '甲', NULL, 'synthetic', '2023-12-01T01:00:00.000Z')`,
      ).run();
    });

    it('lists only the point above 7 (7.0 is not over), with a yard at exactly 1 km inside the 1 km ring', async () => {
      const res = await official.request('/api/dust/sources-near?month=2024-03');
      expect(res.status).toBe(200);
      const body = dustSourcesResponseSchema.parse(await res.json());
      expect(body).toMatchObject({ month: '2024-03', limit: 7, ringsKm: [1, 3, 5], ringsCumulative: true });
      expect(body.pointsWithReading).toBe(2);
      expect(body.points.map((p) => p.id)).toEqual(['DX1']);
      expect(body.points[0]?.rings.map((r) => r.stockyards)).toEqual([
        { failing: 1, compliant: 0, neverInspected: 0 },
        { failing: 1, compliant: 0, neverInspected: 2 },
        { failing: 1, compliant: 0, neverInspected: 2 },
      ]);
      expect(body.points[0]?.nearest.find((n) => n.id === 'YE1')).toMatchObject({ distanceM: 1000, status: 'failing' });
    });

    it('filters by township and refuses malformed or unknown parameters', async () => {
      const other = seeded.db.prepare('SELECT code FROM townships ORDER BY code DESC LIMIT 1').pluck().get();
      const none = dustSourcesResponseSchema.parse(
        await (await official.request(`/api/dust/sources-near?month=2024-03&township=${other}`)).json(),
      );
      expect(none).toMatchObject({ pointsWithReading: 0, points: [] });
      expect((await official.request('/api/dust/sources-near?township=140902999')).status).toBe(400);
      expect((await official.request('/api/dust/sources-near?month=2024-13')).status).toBe(400);
      expect((await official.request('/api/dust/sources-near?month=2024-03&township=abc')).status).toBe(400);
      expect((await official.request('/api/dust/sources-near?month=2024-03&foo=1')).status).toBe(400);
    });
  });
});
