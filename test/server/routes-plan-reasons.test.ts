import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { routePlanResponseSchema } from '../../server/schema/routes.ts';
import { unassignedReasonCode } from '../../server/routing/unassigned-reason-code.ts';
import { DID_NOT_FIT } from '../../server/routing/vrptw/unservable-reason.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;
beforeAll(() => {
  seeded = createSeededDbFile();
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
});
afterAll(() => seeded.dispose());

async function plan(body: unknown) {
  const res = await app.request('/api/routes/plan', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('unassignedReasonCode', () => {
  it('codes every reason the solver gives', () => {
    expect(unassignedReasonCode(DID_NOT_FIT)).toBe('did-not-fit');
    expect(unassignedReasonCode('no vehicles available')).toBe('no-vehicles');
    expect(unassignedReasonCode('shift too short: back at the depot at 410, after the shift end 400')).toBe(
      'shift-too-short',
    );
    expect(unassignedReasonCode('shift too short: the visit takes 50 from depot to depot, more than')).toBe(
      'work-time-too-long',
    );
    expect(unassignedReasonCode('no inspector left: every inspector has a route fixed by hand')).toBe(
      'no-inspector-left',
    );
  });
});

describe('POST /api/routes/plan words what the console shows', () => {
  it('gives each unassigned stop a reason code, the plan its day, and each stop why it is visited', async () => {
    const sites = (await (await app.request('/api/layers/villages')).json()) as { features: { id: string }[] };
    const { status, body } = await plan({
      sites: sites.features.slice(0, 40).map((f) => ({ layer: 'villages', id: f.id })),
      inspectors: { count: 1, shift: ['09:00', '11:00'] },
      asOf: '2023-07-15T11:00',
    });
    expect(status, JSON.stringify(body)).toBe(200);
    const r = routePlanResponseSchema.parse(body);
    expect(r.asOf).toBe('2023-07-15T11:00');
    expect(r.unassigned.length).toBeGreaterThan(0);
    expect(r.unassigned.every((u) => u.reasonCode === 'did-not-fit' || u.reasonCode === 'shift-too-short')).toBe(true);
    const flagged = await plan({
      select: { layers: ['construction-sites'], onlyWithAlerts: true },
      inspectors: { count: 2, shift: ['08:30', '17:30'] },
    });
    const f = routePlanResponseSchema.parse(flagged.body);
    const stops = f.routes.flatMap((route) => route.stops);
    expect(stops.length).toBeGreaterThan(0);
    for (const stop of stops) {
      expect(stop.problems.length).toBeGreaterThan(0);
      expect(stop.problems[0]?.title.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says what a machine is (type and registration), not only its id', async () => {
    const machines = (await (await app.request('/api/layers/machines')).json()) as { features: { id: string }[] };
    const { body } = await plan({
      sites: machines.features.slice(0, 3).map((f) => ({ layer: 'machines', id: f.id })),
      inspectors: { count: 1, shift: ['08:00', '18:00'] },
    });
    const r = routePlanResponseSchema.parse(body);
    const stops = r.routes.flatMap((route) => route.stops);
    expect(stops.length).toBe(3);
    for (const stop of stops) expect(stop.detail?.zh).toMatch(/^[\u4e00-\u9fff]+ · (登记号 \S+|未登记)$/);
  });

  it('answers an empty selection in Chinese too', async () => {
    const { status, body } = await plan({
      select: { layers: ['stations'], townships: ['140902999'] },
      inspectors: { count: 1, shift: ['08:00', '18:00'] },
    });
    expect(status).toBe(400);
    expect((body as { error: { text: { zh: string } } }).error.text.zh).toMatch(/没有符合条件的点位/);
  });
});
