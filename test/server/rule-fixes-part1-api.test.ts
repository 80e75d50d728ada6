import type { FeatureCollection, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { importOutcomeSchema, importReportSchema } from '../../server/schema/imports.ts';
import { ruleHitsResponseSchema } from '../../server/schema/rules.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

type Layer = FeatureCollection<Point, Record<string, unknown> & { problems: string[] }>;

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
let carbonId: string;

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  // one operating enterprise with activated carbon, replaced late (2023-07-02): the as-of reads below depend on it
  carbonId = seeded.db
    .prepare("SELECT id FROM enterprises WHERE activated_carbon = 1 AND operating_status = 'operating' ORDER BY id")
    .pluck()
    .get() as string;
  seeded.db.prepare("UPDATE enterprises SET carbon_replaced_on = '2023-07-02' WHERE id = ?").run(carbonId);
  admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin', { username: 'district-admin' });
});
afterAll(() => seeded.dispose());

async function layer(id: string, asOf: string): Promise<Layer> {
  const res = await admin.request(`/api/layers/${id}?asOf=${asOf}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Layer;
}
const byId = (fc: Layer, id: string) => fc.features.find((f) => f.id === id)?.properties;
async function hits(asOf: string) {
  const res = await admin.request(`/api/rules?asOf=${asOf}`);
  expect(res.status).toBe(200);
  return ruleHitsResponseSchema.parse(await res.json()).hits;
}

describe('an imported NRMM zone with 最低排放阶段 国四 bans 国三 machines inside it', () => {
  const asOf = '2023-06-15T12:00';

  it('end to end: import, the machines layer, the zones layer and the rule hit', async () => {
    const before = await layer('machines', asOf);
    const target = before.features.find(
      (f) =>
        f.properties.emissionStage === 'III' &&
        f.properties.exemptUse === null &&
        f.properties.registrationCode !== null &&
        f.properties.smokeTest !== 'fail',
    );
    expect(target).toBeDefined();
    if (!target) return;
    expect(target.properties.banReasons).toEqual([]);
    const [lon, lat] = target.geometry.coordinates as [number, number];
    const d = 0.0005;
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { 编号: 'ZIV', 名称: '国四测试控制区', 最低排放阶段: '国四', 生效日期: '2023-01-01' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [lon - d, lat - d],
                [lon + d, lat - d],
                [lon + d, lat + d],
                [lon - d, lat + d],
                [lon - d, lat - d],
              ],
            ],
          },
        },
      ],
    };
    const bytes = new TextEncoder().encode(JSON.stringify(geojson));
    const upload = (step: 'dry-run' | 'commit') =>
      admin.request(`/api/imports/nrmm-zones/${step}?file=zone.geojson`, {
        method: 'POST',
        body: bytes.slice(),
        headers: { 'content-type': 'application/octet-stream' },
      });
    const dry = importReportSchema.parse(await (await upload('dry-run')).json());
    expect(dry.counts).toMatchObject({ valid: 1, inserts: 1, errors: 0 });
    const outcome = importOutcomeSchema.parse(await (await upload('commit')).json());
    expect(outcome).toMatchObject({ inserted: 1 });
    expect(seeded.db.prepare("SELECT min_stage FROM nrmm_zones WHERE id = 'ZIV'").pluck().get()).toBe('IV');

    const machine = byId(await layer('machines', asOf), String(target.id));
    expect(machine).toMatchObject({ banned: true, banReasons: ['below-min-stage'] });
    expect(machine?.problems).toContain('nrmm-banned-in-zone');
    const zone = byId(await layer('nrmm-zones', asOf), 'ZIV');
    expect(zone).toMatchObject({ minStage: 'IV' });
    expect(zone?.bannedMachinesInside).toEqual([target.id]);
    const hit = (await hits(asOf)).find((h) => h.rule === 'nrmm-banned-in-zone' && h.entityId === target.id);
    expect(hit?.detail.zh).toBe('位于国四测试控制区：低于本控制区最低排放阶段（国四）');

    // before the zone is in force nothing bans it there
    const early = byId(await layer('machines', '2022-12-31T12:00'), String(target.id));
    if (early) expect(early.banReasons).not.toContain('below-min-stage');
  });
});

describe('task 13 round and the enterprise layer at as-of', () => {
  it('2023-05-20: the deadline has not passed, no enterprise has the problem', async () => {
    const fc = await layer('enterprises', '2023-05-20T12:00');
    expect(fc.features.filter((f) => f.properties.problems.includes('activated-carbon-late'))).toEqual([]);
    expect(byId(fc, carbonId)?.carbonReplacedOn).toBeNull();
  });

  it('2023-06-15: the 2023-07-02 replacement has not happened yet: 本轮未更换', async () => {
    const fc = await layer('enterprises', '2023-06-15T12:00');
    expect(byId(fc, carbonId)).toMatchObject({ carbonReplacedOn: null });
    expect(byId(fc, carbonId)?.problems).toContain('activated-carbon-late');
    const hit = (await hits('2023-06-15T12:00')).find(
      (h) => h.rule === 'activated-carbon-late' && h.entityId === carbonId,
    );
    expect(hit?.detail.zh).toBe('本轮未更换');
  });

  it('2023-07-10: replaced, but late: the hit stays and says when', async () => {
    const fc = await layer('enterprises', '2023-07-10T12:00');
    expect(byId(fc, carbonId)).toMatchObject({ carbonReplacedOn: '2023-07-02' });
    expect(byId(fc, carbonId)?.problems).toContain('activated-carbon-late');
    const hit = (await hits('2023-07-10T12:00')).find(
      (h) => h.rule === 'activated-carbon-late' && h.entityId === carbonId,
    );
    expect(hit?.detail.zh).toBe('2023-07-02 更换，晚于期限');
  });
});

describe('task 3: 评估监测完成 and 禹王’s obligation in the seeded demo', () => {
  const named = async (asOf: string) => {
    const fc = await layer('enterprises', asOf);
    const find = (name: string) => fc.features.find((f) => f.properties.name === name)?.properties;
    return {
      tieniu: find('忻州市铁牛水泥粉磨有限公司'),
      wufengshan: find('忻州市五峰山水泥有限公司'),
      yuwang: find('山西禹王煤炭气化有限公司'),
    };
  };

  it('铁牛 finished its monitoring (monitoring-done) and passes; 五峰山 misses the date', async () => {
    const { tieniu, wufengshan } = await named('2023-07-15T11:00');
    expect(tieniu).toMatchObject({ uleStatus: 'monitoring-done', planRequirement: 'T3.2' });
    expect(tieniu?.problems).not.toContain('ule-assessment-overdue');
    expect(wufengshan?.problems).toContain('ule-assessment-overdue');
  });

  it('禹王 (T3.3) is unverified before its test of 2023-10-20 and verified at the end of the year', async () => {
    const july = (await named('2023-07-15T11:00')).yuwang;
    expect(july).toMatchObject({ planRequirement: 'T3.3', emissionTestOn: null, emissionTestResult: null });
    expect(july?.problems).toContain('emission-standard-unverified');
    const hit = (await hits('2023-07-15T11:00')).find((h) => h.rule === 'emission-standard-unverified');
    expect(hit).toMatchObject({ task: 3, severity: 'warning', detail: { zh: '近一季度无监测记录' } });

    const december = (await named('2023-12-31T23:00')).yuwang;
    expect(december).toMatchObject({ emissionTestOn: '2023-10-20', emissionTestResult: 'pass' });
    expect(december?.problems).not.toContain('emission-standard-unverified');
  });
});
