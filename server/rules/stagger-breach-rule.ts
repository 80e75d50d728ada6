import { planBasis } from '../schema/basis.ts';
import { builtUpGround, polygonGroundNote } from './built-up-stricter.ts';
import type { RuleDefinition, RuleFinding } from './rule-definition.ts';

/**
 * Task 15 (and task 2): a staggered-production schedule breached in the last 24 h, by CEMS data: a stopped line's
 * outlet shows flow, or a limited line emits above its share (server/emergency/stagger-breaches.ts). Task 2's
 * stricter case is named when a breached schedule is marked stricter, or the enterprise is a heavy polluter (list)
 * marked 建成区 or lying inside the built-up area's polygon (the detail then says the polygon puts it there).
 *
 * @example
 * staggerBreachRule.evaluate(facts, context).map((f) => f.entityId); // the enterprises breaching
 */
export const staggerBreachRule: RuleDefinition = {
  id: 'stagger-breach',
  task: 15,
  severity: 'violation',
  layer: 'enterprises',
  basis: [planBasis('T15.1'), planBasis('T2.2')],
  evaluate: (facts) => {
    const emergency = facts.emergency;
    if (!emergency) return [];
    const townships = new Map(facts.enterprises.map((e) => [e.id, e.township]));
    const stricter = new Set(emergency.stagger.filter((s) => s.stricterBuiltUp).map((s) => s.id));
    const entries = new Map((emergency.list?.entries ?? []).map((e) => [e.enterpriseId, e]));
    const byEnterprise = new Map<string, (typeof emergency.staggerBreaches)[number][]>();
    for (const b of emergency.staggerBreaches)
      byEnterprise.set(b.enterpriseId, [...(byEnterprise.get(b.enterpriseId) ?? []), b]);
    const findings: RuleFinding[] = [];
    for (const [enterpriseId, breaches] of byEnterprise) {
      const township = townships.get(enterpriseId);
      if (township === undefined) continue;
      const entry = entries.get(enterpriseId);
      const ground = entry ? builtUpGround(facts, enterpriseId, entry) : null;
      const marked = breaches.some((b) => stricter.has(b.scheduleId));
      const builtUp = marked || ground !== null;
      const byPolygon = !marked && ground === 'polygon' ? polygonGroundNote(facts) : null;
      findings.push({
        entityId: enterpriseId,
        township,
        since: breaches.map((b) => b.since).sort()[0] ?? null,
        detail: {
          zh:
            `${breaches.map((b) => b.detail.zh).join('；')}${builtUp ? '；任务2：建成区内重污染企业从严' : ''}` +
            `${byPolygon ? `（${byPolygon.zh}）` : ''}`,
          en:
            `${breaches.map((b) => b.detail.en).join('; ')}` +
            `${builtUp ? '; task 2: stricter for heavy polluters in the built-up area' : ''}` +
            `${byPolygon ? ` (${byPolygon.en})` : ''}`,
        },
      });
    }
    return findings;
  },
};
