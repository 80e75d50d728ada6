import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { repairInspectionSchema, repairInspectionsResponseSchema } from '../../server/schema/repair-inspections.ts';
import { checkSummarySchema, checksResponseSchema, roadsideCheckSchema } from '../../server/schema/roadside-checks.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('roadside checks (路检路查) and repair-shop inspections', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let admin: Caller;
  let localInspector: Caller;
  let otherInspector: Caller;
  let checkpoint: { id: string; township: string };
  let shop: { id: string; township: string };

  const validCheck = (extra: Record<string, unknown> = {}) => ({
    checkpointId: checkpoint.id,
    checkedAt: '2023-12-30T10:00',
    plate: '晋h·9z876',
    fuel: 'diesel',
    emissionStage: 'IV',
    devices: 'ok',
    obd: 'fault',
    emissionTest: 'fail',
    testMethod: 'free-acceleration',
    testValue: 2.1,
    outcome: 'repair-order',
    agencies: ['ecology-environment', 'traffic-police'],
    note: '现场检测不合格',
    ...extra,
  });

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    const app = createApp({ db: seeded.db });
    admin = asUser(app, seeded.db, 'admin');
    checkpoint = seeded.db
      .prepare("SELECT id, township_code AS township FROM checkpoints WHERE kind = 'entrance' ORDER BY id")
      .get() as { id: string; township: string };
    shop = seeded.db.prepare('SELECT id, township_code AS township FROM repair_shops ORDER BY id').get() as {
      id: string;
      township: string;
    };
    localInspector = asUser(app, seeded.db, 'inspector', {
      username: 'checks-local',
      townships: [checkpoint.township, shop.township],
    });
    otherInspector = asUser(app, seeded.db, 'inspector', { username: 'checks-other', townships: ['140902999'] });
  });
  afterAll(() => seeded.dispose());

  it('lists checks newest first with filters and a total', async () => {
    const res = await admin.request(`/api/checks?checkpoint=${checkpoint.id}&hit=true&limit=5`);
    expect(res.status).toBe(200);
    const body = checksResponseSchema.parse(await res.json());
    expect(body.checks.length).toBeLessThanOrEqual(5);
    expect(body.total).toBeGreaterThanOrEqual(body.checks.length);
    for (const c of body.checks) expect(c).toMatchObject({ checkpointId: checkpoint.id, hit: true });
    const times = body.checks.map((c) => c.checkedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('summarises a period: totals, rate, by checkpoint, problem, outcome and stage', async () => {
    const res = await admin.request('/api/checks/summary?from=2023-12-01&to=2023-12-31T23:59');
    const summary = checkSummarySchema.parse(await res.json());
    expect(summary.checks).toBe(summary.byCheckpoint.reduce((n, p) => n + p.checks, 0));
    expect(summary.hits).toBe(summary.byStage.reduce((n, s) => n + s.hits, 0));
    expect(summary.byOutcome.reduce((n, o) => n + o.count, 0)).toBe(summary.checks);
  });

  it('records a check by plate, links the register, and lists it', async () => {
    const registered = seeded.db.prepare('SELECT id, plate FROM vehicles ORDER BY id').get() as
      | { id: string; plate: string }
      | undefined;
    const res = await localInspector.request('/api/checks', json('POST', validCheck()));
    expect(res.status).toBe(201);
    const check = roadsideCheckSchema.parse(await res.json());
    expect(check).toMatchObject({ plate: '晋H9Z876', hit: true, problems: ['obd-fault', 'emission-failed'] });
    if (registered) {
      const linked = await admin.request(
        '/api/checks',
        json('POST', validCheck({ plate: registered.plate, fuel: undefined, emissionStage: undefined })),
      );
      expect(roadsideCheckSchema.parse(await linked.json()).vehicleId).toBe(registered.id);
    }
    const list = checksResponseSchema.parse(await (await admin.request('/api/checks?plate=9z876')).json());
    expect(list.checks.map((c) => c.id)).toContain(check.id);
  });

  it.each([
    ['a bad plate', { plate: '晋H1234' }, 'plate'],
    ['a pass that found a problem', { outcome: 'pass' }, 'outcome'],
    ['a test without its method', { testMethod: null }, 'testMethod'],
    ['an absurd value', { testValue: 1e9 }, 'testValue'],
    ['no agency', { agencies: [] }, 'agencies'],
    ['a repeated agency', { agencies: ['transport', 'transport'] }, 'agencies'],
    ['an unknown checkpoint', { checkpointId: 'NOPE' }, 'checkpointId'],
    ['an impossible date', { checkedAt: '2023-02-30T10:00' }, 'checkedAt'],
    ['a future check', { checkedAt: '2099-01-01T10:00' }, 'checkedAt'],
    ['an unknown field', { speed: 3 }, 'speed'],
    ['an unregistered plate without fuel', { fuel: undefined, plate: '蒙B12345' }, 'fuel'],
  ])('refuses %s naming the field', async (_name, extra, field) => {
    const res = await admin.request('/api/checks', json('POST', validCheck(extra)));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(field);
  });

  it('refuses an inspector at a checkpoint outside their townships', async () => {
    const res = await otherInspector.request('/api/checks', json('POST', validCheck()));
    expect(res.status).toBe(403);
  });

  it('refuses bad list queries', async () => {
    for (const query of ['limit=0', 'limit=5000', 'hit=maybe', 'from=2023-12-31&to=2023-01-01', 'x=1']) {
      expect((await admin.request(`/api/checks?${query}`)).status).toBe(400);
    }
  });

  it('records a repair-shop inspection, its rectification once, and lists them', async () => {
    const path = `/api/repair-shops/${shop.id}/inspections`;
    const res = await localInspector.request(
      path,
      json('POST', {
        inspectedOn: '2023-12-28',
        aftertreatmentRemoval: false,
        obdTampering: true,
        ledgerComplete: false,
        outcome: 'rectify',
        note: '发现 OBD 屏蔽器',
      }),
    );
    expect(res.status).toBe(201);
    const inspection = repairInspectionSchema.parse(await res.json());
    expect(inspection.rectifiedOn).toBeNull();
    const patch = (rectifiedOn: string) =>
      localInspector.request(`${path}/${inspection.id}`, json('PATCH', { rectifiedOn }));
    expect((await patch('2023-12-27')).status).toBe(400);
    const fixed = await patch('2023-12-30');
    expect(fixed.status).toBe(200);
    expect(repairInspectionSchema.parse(await fixed.json()).rectifiedOn).toBe('2023-12-30');
    expect((await patch('2023-12-31')).status).toBe(409);
    const list = repairInspectionsResponseSchema.parse(await (await admin.request(path)).json());
    expect(list[0]?.id).toBe(inspection.id);
  });

  it('refuses inconsistent inspections, unknown shops and inspections, and foreign inspectors', async () => {
    const path = `/api/repair-shops/${shop.id}/inspections`;
    const body = {
      inspectedOn: '2023-12-28',
      aftertreatmentRemoval: true,
      obdTampering: false,
      ledgerComplete: true,
      outcome: 'compliant',
    };
    expect((await admin.request(path, json('POST', body))).status).toBe(400);
    expect((await admin.request('/api/repair-shops/NOPE/inspections')).status).toBe(404);
    expect((await admin.request(`${path}/999999`, json('PATCH', { rectifiedOn: '2023-12-30' }))).status).toBe(404);
    expect((await admin.request(`${path}/0x1`, json('PATCH', { rectifiedOn: '2023-12-30' }))).status).toBe(400);
    const foreign = await otherInspector.request(path, json('POST', { ...body, outcome: 'rectify' }));
    expect(foreign.status).toBe(403);
  });
});
