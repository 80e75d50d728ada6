import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { REDUCTION_BASIS, requirementBasis } from '../../server/rules/alert-level.ts';
import { heavyPollutionBasis, outsidePlanBases } from '../../server/rules/rule-catalogue.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { alertSchema, alertsResponseSchema } from '../../server/schema/alerts.ts';
import { externalDocuments } from '../../server/schema/basis.ts';
import { controlsResponseSchema } from '../../server/schema/controls.ts';
import { ruleCatalogueResponseSchema, ruleHitsResponseSchema } from '../../server/schema/rules.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.3 });
  const server = createApp({ db: seeded.db });
  advanceAlertLedger(seeded.db, Date.now());
  app = asUser(server, seeded.db, 'admin', { username: 'wangjj' });
});
afterAll(() => seeded.dispose());

async function get(path: string): Promise<unknown> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.headers.get('content-type')?.includes('json') ? res.json() : res.text();
}
const basisOf = (rule: keyof typeof ruleRegistry) => JSON.parse(JSON.stringify(ruleRegistry[rule].basis)) as unknown;

describe('GET /api/rules/catalogue', () => {
  it('lists every rule once, in rule order, with its task, severity, layer, name and basis', async () => {
    const { rules } = ruleCatalogueResponseSchema.parse(await get('/api/rules/catalogue'));
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(ruleRegistry).sort());
    for (const r of rules) {
      expect(r).toMatchObject({ task: ruleRegistry[r.id].task, severity: ruleRegistry[r.id].severity });
      expect(r.basis).toEqual(basisOf(r.id));
    }
    const heavy = rules.find((r) => r.id === 'heavy-pollution-measure');
    expect(heavy?.title.zh).toBe('重污染天气应急减排措施');
    expect(heavy?.basis.slice(0, 3)).toEqual([
      { kind: 'plan', requirement: 'T15.2' },
      { kind: 'plan', requirement: 'T15.3' },
      { kind: 'plan', requirement: 'T2.2' },
    ]);
    expect(heavy?.basis.filter((b) => b.kind === 'external').map((b) => b.kind === 'external' && b.document)).toEqual([
      externalDocuments.reductionShares2019,
    ]);
  });
});

describe('the basis travels with hits, alerts and controls', () => {
  it('GET /api/rules: each hit carries its rule’s basis', async () => {
    const r = ruleHitsResponseSchema.parse(await get('/api/rules?asOf=2023-12-20T09:00&alertLevel=orange'));
    expect(r.hits.some((h) => h.rule === 'heavy-pollution-measure')).toBe(true);
    for (const h of r.hits) expect(h.basis, h.rule).toEqual(basisOf(h.rule));
  });

  it('GET /api/alerts and GET /api/alerts/:id: each alert carries its rule’s basis (joined at read time)', async () => {
    const r = alertsResponseSchema.parse(await get('/api/alerts'));
    expect(r.alerts.length).toBeGreaterThan(0);
    for (const a of r.alerts) expect(a.basis, a.rule).toEqual(basisOf(a.rule as keyof typeof ruleRegistry));
    const first = r.alerts.find((a) => a.id !== null);
    const one = alertSchema.parse(await get(`/api/alerts/${first?.id}`));
    expect(one.basis).toEqual(basisOf(one.rule as keyof typeof ruleRegistry));
    // stored without it: the ledger's table has no basis column
    const columns = seeded.db.prepare("SELECT name FROM pragma_table_info('alerts')").all() as { name: string }[];
    expect(columns.map((c) => c.name)).not.toContain('basis');
  });

  it('GET /api/alerts under a level: provisional heavy-pollution rows carry T15.2, T15.3, the shares', async () => {
    const r = alertsResponseSchema.parse(await get('/api/alerts?alertLevel=yellow&rule=heavy-pollution-measure'));
    expect(r.alerts.length).toBeGreaterThan(0);
    for (const a of r.alerts) {
      expect(a.provisional).toBe(true);
      expect(a.basis?.[0]).toEqual({ kind: 'plan', requirement: 'T15.2' });
      expect(a.basis?.some((b) => b.kind === 'external')).toBe(true);
    }
  });

  it('GET /api/controls: the triggers and shares say their document, the measures the plan’s list', async () => {
    // the requirement in force that day (entered as data with its document), else the 2019 guidance's shares
    const requirement = seeded.db
      .prepare(
        `SELECT document, source, yellow_share AS yellow, orange_share AS orange, red_share AS red
         FROM emergency_requirements WHERE effective_from <= '2023-12-20' ORDER BY effective_from DESC LIMIT 1`,
      )
      .get() as { document: string; source: string; yellow: number; orange: number; red: number } | undefined;
    const reduction = requirement
      ? requirementBasis({ document: requirement.document, source: requirement.source, shares: requirement })
      : REDUCTION_BASIS;
    for (const level of ['none', 'red'] as const) {
      const { heavyPollution } = controlsResponseSchema.parse(
        await get(`/api/controls?asOf=2023-12-20T09:00&alertLevel=${level}`),
      );
      expect(heavyPollution.basis).toEqual(JSON.parse(JSON.stringify({ ...heavyPollutionBasis, reduction })));
      expect(heavyPollution.basis.triggers[0]).toMatchObject({ document: externalDocuments.xinzhouPlan2020 });
      expect(heavyPollution.basis.reduction[0]?.kind).toBe('external');
      expect(heavyPollution.basis.measures).toEqual([
        { kind: 'plan', requirement: 'T15.2' },
        { kind: 'plan', requirement: 'T15.3' },
      ]);
    }
  });
});

describe('GET /api/reports/monthly: 「依据」', () => {
  it('lists each counted rule with its basis, and every document and convention outside the plan', async () => {
    const html = String(await get('/api/reports/monthly?month=2023-06'));
    const alerts = alertsResponseSchema.parse(
      await get('/api/alerts?at=2023-06-30T23:59&status=open,assigned,resolved'),
    ).alerts;
    const counted = new Set(alerts.map((a) => a.rule));
    const table = /<table id="alerts-by-rule">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr data-rule="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(new Set(rows.map((m) => m[1]))).toEqual(counted);
    for (const [, rule, row] of rows) {
      const count = /data-value="(\d+)"/.exec(row ?? '')?.[1];
      expect(Number(count), rule).toBe(alerts.filter((a) => a.rule === rule).length);
      for (const b of ruleRegistry[rule as keyof typeof ruleRegistry].basis)
        if (b.kind === 'plan') expect(row, rule).toContain(`规划 ${b.requirement}`);
    }
    if (counted.has('coal-reburning'))
      expect(rows.find((m) => m[1] === 'coal-reburning')?.[2]).toContain('本系统约定：近365天');

    const section = /<section id="outside-plan">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('规划外依据');
    const items = [...section.matchAll(/<li data-basis-kind="(external|convention)">/g)];
    expect(items.length).toBe(outsidePlanBases().length);
    // every document a rule or control cites (the AQ evaluation's, and the per-grade guide the list replaced, none)
    for (const doc of Object.values(externalDocuments).filter(
      (d) =>
        d !== externalDocuments.hj663 && d !== externalDocuments.gb3095 && d !== externalDocuments.gradeMeasures2020,
    ))
      expect(section).toContain(doc.zh);
    expect(section).toContain('旋风除尘列为低效工艺');
  });
});
