import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  fuelSampleSchema,
  fuelSamplesResponseSchema,
  fuelSamplesSummarySchema,
} from '../../server/schema/fuel-samples.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('fuel samples API', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let official: Caller;
  let duty: Caller;
  let otherInspector: Caller;
  let point: { id: string; township: string; lon: number; lat: number };

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    const app = createApp({ db: seeded.db });
    point = seeded.db
      .prepare('SELECT id, township_code AS township, lon, lat FROM fuel_points ORDER BY id LIMIT 1')
      .get() as typeof point;
    const other = seeded.db.prepare('SELECT code FROM townships WHERE code <> ? LIMIT 1').pluck().get(point.township);
    official = asUser(app, seeded.db, 'official');
    duty = asUser(app, seeded.db, 'duty');
    otherInspector = asUser(app, seeded.db, 'inspector', { username: 'fuel-other', townships: [other as string] });
  });
  afterAll(() => seeded.dispose());

  const sample = (overrides: Record<string, unknown> = {}) => ({
    sampleNo: 'T-0001',
    sampledAt: '2023-12-10T10:00',
    siteKind: 'illegal-point',
    siteName: '流动加油车',
    siteRef: point.id,
    product: 'diesel-0',
    sampler: '赵六',
    ...overrides,
  });
  const post = (caller: Caller, body: unknown) => caller.request('/api/fuel-samples', json('POST', body));
  const ruleHits = () =>
    seeded.db
      .prepare("SELECT entity_id FROM alerts WHERE rule = 'fuel-sample-failed' AND cleared_at IS NULL")
      .pluck()
      .all() as string[];

  it('lists the seeded samples newest first with their standard, and filters by result', async () => {
    const body = fuelSamplesResponseSchema.parse(await (await official.request('/api/fuel-samples')).json());
    expect(body.total).toBeGreaterThan(0);
    expect(body.samples.every((s) => s.provenance === 'synthetic')).toBe(true);
    expect(body.samples.find((s) => s.product === 'diesel-0')?.standard ?? 'GB 19147-2016').toBe('GB 19147-2016');
    const failed = fuelSamplesResponseSchema.parse(
      await (await official.request('/api/fuel-samples?result=fail')).json(),
    );
    expect(failed.samples.every((s) => s.result === 'fail' && s.trace !== null && s.failedItems.length > 0)).toBe(true);
  });

  it('records a pending sample, then a failed result opening the trace; closing it ends the rule hit', async () => {
    const created = await post(duty, sample());
    expect(created.status).toBe(201);
    const pending = fuelSampleSchema.parse(await created.json());
    expect(pending).toMatchObject({
      result: 'pending',
      township: point.township,
      standard: 'GB 19147-2016',
      trace: null,
    });
    const result = await duty.request(
      `/api/fuel-samples/${pending.id}/result`,
      json('PATCH', { result: 'fail', resultOn: '2023-12-18', failedItems: [{ item: '硫含量', value: 86 }] }),
    );
    expect(result.status).toBe(200);
    const failed = fuelSampleSchema.parse(await result.json());
    expect(failed.failedItems).toEqual([{ item: '硫含量', value: 86, limit: 10, unit: 'mg/kg' }]);
    expect(failed.trace).toMatchObject({ status: 'open', openedAt: '2023-12-18T00:00' });
    expect(ruleHits()).toContain('T-0001');
    const again = await duty.request(`/api/fuel-samples/${pending.id}/result`, json('PATCH', { result: 'pass' }));
    expect(again.status).toBe(409);
    const traced = await duty.request(
      `/api/fuel-samples/${pending.id}/trace`,
      json('PATCH', { supplier: '某贸易公司', status: 'closed', note: '已移送公安', at: '2023-12-28T10:00' }),
    );
    expect(fuelSampleSchema.parse(await traced.json()).trace).toMatchObject({
      status: 'closed',
      supplier: '某贸易公司',
    });
    expect(ruleHits()).not.toContain('T-0001');
    // as of before the closing, the trace was open
    const earlier = fuelSamplesResponseSchema.parse(
      await (await official.request('/api/fuel-samples?asOf=2023-12-27&siteKind=illegal-point')).json(),
    );
    expect(earlier.samples.find((s) => s.sampleNo === 'T-0001')?.trace?.status).toBe('open');
    const actions = seeded.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'fuel_sample' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(String(pending.id));
    expect(actions).toEqual(['fuel-sample.create', 'fuel-sample.result', 'fuel-sample.trace']);
    expect(
      (await duty.request(`/api/fuel-samples/${pending.id}/trace`, json('PATCH', { status: 'traced' }))).status,
    ).toBe(409);
  });

  it('refuses a failed item within its limit, an unknown item, a fail without items, a pass with some', async () => {
    const within = await post(
      duty,
      sample({
        sampleNo: 'T-0002',
        result: 'fail',
        resultOn: '2023-12-15',
        failedItems: [{ item: '硫含量', value: 10 }],
      }),
    );
    expect(within.status).toBe(400);
    expect((await errorOf(within)).text.zh).toMatch(/符合限值/);
    const unknown = await post(
      duty,
      sample({ sampleNo: 'T-0002', result: 'fail', failedItems: [{ item: '颜色', value: 3 }] }),
    );
    expect(unknown.status).toBe(400);
    expect((await post(duty, sample({ sampleNo: 'T-0002', result: 'fail' }))).status).toBe(400);
    expect(
      (await post(duty, sample({ sampleNo: 'T-0002', result: 'pass', failedItems: [{ item: '硫含量', value: 20 }] })))
        .status,
    ).toBe(400);
    // the cetane number is a minimum: 50 under 51 fails
    const cetane = await post(
      duty,
      sample({
        sampleNo: 'T-0003',
        result: 'fail',
        resultOn: '2023-12-15',
        failedItems: [{ item: '十六烷值', value: 50 }],
      }),
    );
    expect(cetane.status).toBe(201);
  });

  it('refuses a taken number, an unknown site, a place outside the district, a future date, bad input', async () => {
    expect((await post(duty, sample({ sampleNo: 'T-0001' }))).status).toBe(409);
    expect((await post(duty, sample({ sampleNo: 'T-0004', siteRef: 'NO-SUCH' }))).status).toBe(404);
    expect((await post(duty, sample({ sampleNo: 'T-0004', siteRef: undefined, lon: 100, lat: 30 }))).status).toBe(400);
    expect((await post(duty, sample({ sampleNo: 'T-0004', siteRef: undefined }))).status).toBe(400);
    expect((await post(duty, sample({ sampleNo: 'T-0004', sampledAt: '2024-02-01T10:00' }))).status).toBe(422);
    expect((await post(duty, sample({ sampleNo: 'T 0004' }))).status).toBe(400);
    expect((await post(duty, sample({ sampleNo: 'T-0004', product: 'kerosene' }))).status).toBe(400);
    expect((await post(duty, sample({ sampleNo: 'T-0004', failedItems: 'x' }))).status).toBe(400);
    expect((await duty.request('/api/fuel-samples/999999/result', json('PATCH', { result: 'pass' }))).status).toBe(404);
    expect((await duty.request('/api/fuel-samples/abc/trace', json('PATCH', { status: 'closed' }))).status).toBe(400);
    expect((await official.request('/api/fuel-samples?limit=501')).status).toBe(400);
  });

  it('refuses an inspector outside the township and a reader', async () => {
    const res = await post(otherInspector, sample({ sampleNo: 'T-0005' }));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).text.zh).toMatch(/不在您负责的乡镇内/);
    expect((await post(official, sample({ sampleNo: 'T-0005' }))).status).toBe(403);
  });

  it('summarises samples and failures by month, site and product with the failure rate and open traces', async () => {
    const summary = fuelSamplesSummarySchema.parse(await (await official.request('/api/fuel-samples/summary')).json());
    expect(summary.totals.samples).toBe(summary.byMonth.reduce((n, m) => n + m.samples, 0));
    expect(summary.totals.failed).toBe(summary.bySiteKind.reduce((n, k) => n + k.failed, 0));
    expect(summary.totals.failureRate).toBeGreaterThan(0);
    expect(summary.totals.tracesOpen).toBeGreaterThanOrEqual(1);
  });
});
