import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readRuleFacts } from '../../server/db/rule-facts.ts';
import { advanceAlertLedger, refreshAlerts } from '../../server/services/refresh-alerts.ts';
import { alertSchema, alertsResponseSchema, assigneesResponseSchema } from '../../server/schema/alerts.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { ruleHitsResponseSchema } from '../../server/schema/rules.ts';
import { townshipStatsResponseSchema } from '../../server/schema/stats.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/** The demo's present (its default as-of), and a moment whose month's district dustfall (April: 8.66) is above 7. */
const PRESENT = '2023-12-31T23:00';
const APRIL = '2023-04-30T23:00';
const NEW_RULES = ['boiler-noncompliant', 'site-never-inspected', 'district-dustfall-over-limit'];

let seeded: ReturnType<typeof createSeededDbFile>;
let server: ReturnType<typeof createApp>;
let admin: Caller;
let inspector: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.5 });
  server = createApp({ db: seeded.db });
  advanceAlertLedger(seeded.db, Date.now());
  admin = asUser(server, seeded.db, 'admin', { username: 'district-admin' });
  inspector = asUser(server, seeded.db, 'inspector', { username: 'district-inspector', townships: ['140902005'] });
});
afterAll(() => seeded.dispose());

const json = async (as: Caller, path: string, init?: RequestInit) => {
  const res = await as.request(path, init);
  return { status: res.status, body: (await res.json()) as unknown };
};
const post = (as: Caller, path: string, body: unknown) =>
  json(as, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const rulesAt = async (asOf: string) =>
  ruleHitsResponseSchema.parse((await json(admin, `/api/rules?asOf=${asOf}`)).body);
const newHits = (hits: readonly { rule: string; entityId: string }[]) =>
  hits.filter((h) => NEW_RULES.includes(h.rule)).map((h) => `${h.rule}|${h.entityId}`);

describe('the three rules on the seeded demo', () => {
  it('at the present: the failed boilers and the never-inspected sites; the district is within 7', async () => {
    const r = await rulesAt(PRESENT);
    expect(newHits(r.hits)).toEqual([
      'site-never-inspected|C0014',
      'site-never-inspected|C0044',
      'boiler-noncompliant|E0088',
      'boiler-noncompliant|E0098',
      'boiler-noncompliant|E0133',
    ]);
    const site = r.hits.find((h) => h.rule === 'site-never-inspected');
    expect(site?.detail.zh).toMatch(/^开工于\d{4}-\d{2}-\d{2}，至今无巡查记录$/);
    expect(r.hits.find((h) => h.rule === 'boiler-noncompliant')?.detail.zh).toMatch(/号锅炉（.+）：排查不达标$/);
    expect(r.counts['district-dustfall-over-limit'] ?? 0).toBe(0);
  });

  it('the ledger holds them as alerts at the present', async () => {
    const r = alertsResponseSchema.parse((await json(admin, '/api/alerts')).body);
    expect(r.at).toBe(PRESENT);
    expect(newHits(r.alerts).sort()).toEqual(newHits((await rulesAt(PRESENT)).hits).sort());
    expect(r.alerts.filter((a) => NEW_RULES.includes(a.rule)).every((a) => !a.provisional && a.id > 0)).toBe(true);
  });

  it('in April the district average is above 7: one hit on the district, the statistics’ value', async () => {
    const r = await rulesAt(APRIL);
    const district = r.hits.filter((h) => h.rule === 'district-dustfall-over-limit');
    expect(district).toMatchObject([
      { entityId: '140902', township: '140902', layer: 'townships', severity: 'violation', task: 12, since: '2023-04' },
    ]);
    const stats = townshipStatsResponseSchema.parse((await json(admin, `/api/stats/townships?asOf=${APRIL}`)).body);
    expect(stats.month).toBe('2023-04');
    const value = stats.district.dustfall.value as number;
    expect(value).toBeGreaterThan(7);
    expect(district[0]?.detail.zh).toBe(`2023-04：全区平均 ${value.toFixed(2)}（限值 7）`);
  });

  it('the rule facts’ district dustfall is the statistics’ district value, month by month', async () => {
    for (let month = 1; month <= 12; month++) {
      const asOf = `2023-${String(month).padStart(2, '0')}-28T12:00`;
      const stats = townshipStatsResponseSchema.parse((await json(admin, `/api/stats/townships?asOf=${asOf}`)).body);
      const [facts] = readRuleFacts(seeded.db, asOf).districtDustfall;
      expect(facts?.month, asOf).toBe(stats.month);
      expect(facts?.value, asOf).toBeCloseTo(stats.district.dustfall.value as number, 5);
    }
  });
});

describe('a district-level alert', () => {
  it('an inspector sees it (read-only preview, then from the ledger) without error', async () => {
    const preview = alertsResponseSchema.parse((await json(inspector, `/api/alerts?asOf=${APRIL}`)).body);
    expect(preview.alerts.filter((a) => a.rule === 'district-dustfall-over-limit')).toMatchObject([
      { entityId: '140902', township: '140902', provisional: true },
    ]);

    refreshAlerts(seeded.db, APRIL, 'none', Date.now());
    const r = alertsResponseSchema.parse((await json(inspector, `/api/alerts?asOf=${APRIL}`)).body);
    const alert = r.alerts.find((a) => a.rule === 'district-dustfall-over-limit');
    expect(alert).toMatchObject({ provisional: false, township: '140902', status: 'open' });
    expect(r.countsByTownship['140902']).toBe(1);
    expect(Object.values(r.countsByTownship).reduce((a, b) => a + b, 0)).toBe(r.alerts.length);
    if (!alert || alert.provisional) throw new Error('no ledger alert');
    const one = await json(inspector, `/api/alerts/${alert.id}`);
    expect(one.status).toBe(200);
    expect(alertSchema.parse(one.body).rule).toBe('district-dustfall-over-limit');
  });

  it('inspectors may not act on it (403 in Chinese); admins are its assignees and run its loop', async () => {
    const r = alertsResponseSchema.parse((await json(admin, `/api/alerts?asOf=${APRIL}`)).body);
    const alert = r.alerts.find((a) => a.rule === 'district-dustfall-over-limit');
    if (!alert || alert.provisional) throw new Error('no ledger alert');

    const refused = await post(inspector, `/api/alerts/${alert.id}/assign`, { assignee: 'district-inspector' });
    expect(refused.status).toBe(403);
    expect(errorBodySchema.parse(refused.body).error.text.zh).toContain('全区');

    const assignees = assigneesResponseSchema.parse((await json(admin, `/api/alerts/${alert.id}/assignees`)).body);
    expect(assignees.assignees.map((a) => a.username)).toContain('district-admin');
    expect(assignees.assignees.map((a) => a.username)).not.toContain('district-inspector');
    const refusedAssignee = await post(admin, `/api/alerts/${alert.id}/assign`, { assignee: 'district-inspector' });
    expect(refusedAssignee.status).toBe(400);

    const assigned = await post(admin, `/api/alerts/${alert.id}/assign`, { assignee: 'district-admin' });
    expect(assigned.status).toBe(200);
    expect(alertSchema.parse(assigned.body)).toMatchObject({ status: 'assigned', assignee: 'district-admin' });
    const resolved = await post(admin, `/api/alerts/${alert.id}/resolve`, { note: '已督促各乡镇加强扬尘管控' });
    expect(alertSchema.parse(resolved.body).status).toBe('resolved');
  });
});
