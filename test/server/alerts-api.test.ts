import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readLedgerSyncedTo } from '../../server/db/alerts-repository.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { alertsResponseSchema, alertSchema, type Alert } from '../../server/schema/alerts.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/** The demo dataset's present (its default as-of): where the server keeps the alert ledger. */
const PRESENT = '2023-12-31T23:00';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;
let server: ReturnType<typeof createApp>;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.5 });
  server = createApp({ db: seeded.db });
  advanceAlertLedger(seeded.db, Date.now()); // what the server's scheduler does at start
  app = asUser(server, seeded.db, 'admin', { username: 'wangjj' });
});
afterAll(() => seeded.dispose());

async function call(method: string, path: string, body?: unknown, as: Caller = app) {
  const res = await as.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}
const alertsAt = async (query: string) => alertsResponseSchema.parse((await call('GET', `/api/alerts?${query}`)).body);
const hitKeys = async (query: string) =>
  ((await call('GET', `/api/rules?${query}`)).body as { hits: { rule: string; entityId: string }[] }).hits
    .map((h) => `${h.rule}|${h.entityId}`)
    .sort();
const keys = (alerts: readonly { rule: string; entityId: string }[]) =>
  alerts.map((a) => `${a.rule}|${a.entityId}`).sort();

describe('alert routing to departments (issue 17)', () => {
  it('serves each alert with its department and routing, filters by the effective department', async () => {
    const all = await alertsAt('');
    expect(all.alerts.length).toBeGreaterThan(0);
    expect(all.alerts.filter((a) => a.task !== 16).every((a) => a.routed === 'default' && a.department)).toBe(true);
    const lead = all.alerts.find((a) => a.department)?.department?.id as string;
    const routed = await alertsAt(`department=${lead}`);
    expect(routed.alerts.length).toBe(all.alerts.filter((a) => a.department?.id === lead).length);
    expect((await call('GET', '/api/alerts?department=Bad%20Id')).status).toBe(400);
  });
});

describe('GET /api/alerts', () => {
  it('at the present (the default): the ledger, an alert with an id for every rule hit there', async () => {
    const r = await alertsAt('');
    expect(r).toMatchObject({ at: PRESENT, ledgerAt: PRESENT, alertLevel: 'none' });
    expect(keys(r.alerts)).toEqual(await hitKeys(`asOf=${PRESENT}`));
    expect(r.countsByRule['nrmm-banned-in-zone']).toBeGreaterThan(0);
    expect(r.countsByRule['ule-assessment-overdue']).toBe(1); // 五峰山; 铁牛 is monitoring-done
    expect(
      r.alerts.every(
        (a) =>
          !a.provisional &&
          a.id > 0 &&
          a.status === 'open' &&
          a.events[0]?.action === 'raised' &&
          a.raisedAt === PRESENT,
      ),
    ).toBe(true);
    expect(Object.values(r.countsByTownship).reduce((a, b) => a + b, 0)).toBe(r.alerts.length);
    expect((await alertsAt(`at=${PRESENT}`)).alerts).toEqual(r.alerts);
  });

  it(
    'at a past moment: the rule hits then, read-only, as provisional rows without an id, ' + 'and the ledger untouched',
    async () => {
      const alerts = seeded.db.prepare('SELECT count(*) FROM alerts').pluck().get();
      const r = await alertsAt('at=2023-07-15T11:00');
      expect(r).toMatchObject({ at: '2023-07-15T11:00', ledgerAt: PRESENT });
      expect(keys(r.alerts)).toEqual(await hitKeys('asOf=2023-07-15T11:00'));
      expect(r.countsByRule['ozone-voc-stagger']).toBeGreaterThan(0);
      // the ledger began at the present: it held nothing at 11:00
      expect(
        r.alerts.every((a) => a.provisional && a.id === null && a.events.length === 0 && a.status === 'open'),
      ).toBe(true);
      expect(seeded.db.prepare('SELECT count(*) FROM alerts').pluck().get()).toBe(alerts);
      expect(readLedgerSyncedTo(seeded.db)).toBe(PRESENT);
    },
  );

  it(
    'at a far-future moment: the ledger’s alerts whose condition still holds keep their ids; ' +
      'new hits are provisional',
    async () => {
      const present = await alertsAt('');
      const r = await alertsAt(`at=${encodeURIComponent('2100-12-31T23:59+08:00')}`);
      expect(r).toMatchObject({ at: '2100-12-31T23:59', ledgerAt: PRESENT });
      expect(keys(r.alerts)).toEqual(await hitKeys(`asOf=${encodeURIComponent('2100-12-31T23:59+08:00')}`));
      const ids = new Map(present.alerts.map((a) => [`${a.rule}|${a.entityId}`, a.id]));
      for (const a of r.alerts)
        expect(a.id, `${a.rule}|${a.entityId}`).toBe(ids.get(`${a.rule}|${a.entityId}`) ?? null);
      expect(r.alerts.filter((a) => a.provisional).length).toBeGreaterThan(0);
      expect(r.alerts.filter((a) => !a.provisional).length).toBeGreaterThan(0);
    },
  );

  it(
    'an alert level changes only the read-only evaluation: its measures are provisional, ' +
      'the ledger keeps level none',
    async () => {
      const before = (await alertsAt('')).alerts;
      const red = await alertsAt('alertLevel=red');
      const measures = red.alerts.filter((a) => a.rule === 'heavy-pollution-measure');
      expect(measures.length).toBeGreaterThan(0);
      expect(measures.every((a) => a.provisional && a.id === null)).toBe(true);
      expect(red.alerts.filter((a) => !a.provisional)).toEqual(before);
      expect((await alertsAt('')).alerts).toEqual(before);
    },
  );

  it('filters by township, status and severity', async () => {
    const all = await alertsAt('');
    const township = all.alerts[0]?.township ?? '';
    const one = await alertsAt(`township=${township}`);
    expect(one.alerts.length).toBe(all.alerts.filter((a) => a.township === township).length);
    const violations = await alertsAt('severity=violation');
    expect(violations.alerts.length).toBeGreaterThan(0);
    expect(violations.alerts.every((a) => a.severity === 'violation')).toBe(true);
    const pastOpen = await alertsAt(`at=2023-07-15T11:00&status=open&township=${township}`);
    expect(pastOpen.alerts.length).toBeGreaterThan(0);
    expect(pastOpen.alerts.every((a) => a.township === township && a.status === 'open')).toBe(true);
    expect((await call('GET', '/api/alerts?status=closed')).status).toBe(400);
  });
});

describe('the alert loop', () => {
  async function freshAlert(): Promise<Alert> {
    const r = await alertsAt('rule=nrmm-banned-in-zone&status=open');
    const alert = r.alerts[0];
    if (!alert || alert.provisional) throw new Error('no open ledger alert to work on');
    return alert;
  }

  it('assign → resolve → verify, each step recorded with who and when', async () => {
    const alert = await freshAlert();
    // the assignee is an inspector account of the alert's township
    const inspector = asUser(server, seeded.db, 'inspector', { username: 'lixd', townships: [alert.township] });
    const assigned = await call('POST', `/api/alerts/${alert.id}/assign`, { assignee: 'lixd', note: '今日核查' });
    expect(assigned.status).toBe(200);
    expect(alertSchema.parse(assigned.body)).toMatchObject({ status: 'assigned', assignee: 'lixd' });
    const resolved = await call(
      'POST',
      `/api/alerts/${alert.id}/resolve`,
      { note: '机械已撤出控制区', photo: 'data:image/png;base64,iVBORw0KGgo=' },
      inspector,
    );
    expect(alertSchema.parse(resolved.body).status).toBe('resolved');
    const verified = alertSchema.parse(
      (await call('POST', `/api/alerts/${alert.id}/verify`, { outcome: 'verified' })).body,
    );
    expect(verified.status).toBe('verified');
    expect(verified.events.map((e) => [e.action, e.actor])).toEqual([
      ['raised', 'system'],
      ['assigned', 'wangjj'],
      ['resolved', 'lixd'],
      ['verified', 'wangjj'],
    ]);
    expect(verified.events[2]?.hasPhoto).toBe(true);
    expect(verified.events.slice(1).every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it('reopens a resolution found wanting, back to its assignee', async () => {
    const alert = await freshAlert();
    asUser(server, seeded.db, 'inspector', { username: 'bb', townships: [alert.township] });
    await call('POST', `/api/alerts/${alert.id}/assign`, { assignee: 'bb' });
    await call('POST', `/api/alerts/${alert.id}/resolve`, { note: 'done' });
    const reopened = alertSchema.parse(
      (await call('POST', `/api/alerts/${alert.id}/verify`, { outcome: 'reopened', note: '仍在区内' })).body,
    );
    expect(reopened).toMatchObject({ status: 'assigned', assignee: 'bb' });
    expect(reopened.events.at(-1)).toMatchObject({ action: 'reopened', actor: 'wangjj', note: '仍在区内' });
  });

  it('rejects illegal steps with 409 and changes nothing', async () => {
    const alert = await freshAlert();
    const early = await call('POST', `/api/alerts/${alert.id}/resolve`, { note: 'n' });
    expect(early.status).toBe(409);
    expect(errorBodySchema.parse(early.body).error).toEqual({
      code: 'conflict',
      message: 'cannot resolve an alert that is open',
      text: expect.objectContaining({ zh: expect.any(String) }),
    });
    const verifyOpen = await call('POST', `/api/alerts/${alert.id}/verify`, { outcome: 'verified' });
    expect(verifyOpen.status).toBe(409);
    const after = alertSchema.parse((await call('GET', `/api/alerts/${alert.id}`)).body);
    expect(after.status).toBe('open');
    expect(after.events.map((e) => e.action)).toEqual(['raised']);
  });

  it('answers bad requests clearly', async () => {
    const alert = await freshAlert();
    expect((await call('POST', `/api/alerts/${alert.id}/assign`, { assignee: '' })).status).toBe(400);
    expect((await call('POST', `/api/alerts/${alert.id}/assign`, { assignee: 'b', by: 'someone else' })).status).toBe(
      400,
    );
    expect((await call('POST', `/api/alerts/${alert.id}/assign`, '{not json')).status).toBe(400);
    expect(
      (await call('POST', `/api/alerts/${alert.id}/resolve`, { note: 'n', photo: 'http://example.com/a.jpg' })).status,
    ).toBe(400);
    expect((await call('POST', '/api/alerts/999999/assign', { assignee: 'b' })).status).toBe(404);
    expect((await call('GET', '/api/alerts/abc')).status).toBe(400);
  });
});

describe('tasks and controls', () => {
  it('GET /api/tasks: 17 tasks with lateness and the alerts citing each; PATCH records who and when', async () => {
    const r = (await call('GET', '/api/tasks?at=2023-07-15T11:00')).body as {
      tasks: { number: number; lateness: string; status: string; alerts: unknown[]; history: unknown[] }[];
    };
    expect(r.tasks).toHaveLength(17);
    // task 3's date is one the plan strives for (力争): missed, not overdue
    expect(r.tasks.find((t) => t.number === 3)?.lateness).toBe('missed-strive');
    expect(r.tasks.find((t) => t.number === 1)?.lateness).toBe('none');
    expect(r.tasks.find((t) => t.number === 10)?.alerts.length).toBeGreaterThan(0);
    const patched = await call('PATCH', '/api/tasks/7', { status: 'done', progressNote: '二十里铺村改造完成' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      number: 7,
      status: 'done',
      progressNote: '二十里铺村改造完成',
      statusProvenance: 'official',
    });
    const after = (await call('GET', '/api/tasks')).body as {
      tasks: { number: number; history: { actor: string; status: string }[] }[];
    };
    expect(after.tasks.find((t) => t.number === 7)?.history).toEqual([
      expect.objectContaining({ actor: 'wangjj', status: 'done' }),
    ]);
    expect((await call('PATCH', '/api/tasks/18', { status: 'done' })).status).toBe(404);
    expect((await call('PATCH', '/api/tasks/7', {})).status).toBe(400);
  });

  it('GET /api/controls: the ozone window at its edges, and the measures under an alert', async () => {
    const inForce = (await call('GET', '/api/controls?at=2023-07-15T10:00')).body as {
      ozone: { inForce: boolean; enterprises: string[]; sites: string[] };
    };
    expect(inForce.ozone.inForce).toBe(true);
    expect(inForce.ozone.enterprises.length).toBeGreaterThan(0);
    const before = (await call('GET', '/api/controls?at=2023-07-15T09:59')).body as {
      ozone: { inForce: boolean; enterprises: string[] };
    };
    expect(before.ozone).toMatchObject({ inForce: false, enterprises: [] });
    const may31 = (await call('GET', '/api/controls?at=2023-05-31T10:00')).body as { ozone: { inForce: boolean } };
    expect(may31.ozone.inForce).toBe(true);
    const red = (await call('GET', '/api/controls?at=2023-12-20T09:00&alertLevel=red')).body as {
      heavyPollution: {
        level: string;
        source: string;
        requiredReduction: number;
        measures: { grade: string; measures: { kind: string; text: string }[] }[];
      };
    };
    // a level asked: the demo list's red measures for each listed enterprise, the demo requirement's red share
    expect(red.heavyPollution).toMatchObject({ level: 'red', source: 'asked', requiredReduction: 0.3 });
    expect(red.heavyPollution.measures.length).toBeGreaterThan(0);
    expect(red.heavyPollution.measures.every((m) => m.measures.length > 0)).toBe(true);
  });
});
