import { type Basis, planBasis } from '../schema/basis.ts';
import { staggerProductionLabels } from '../schema/enums/emergency.ts';
import { builtUpGround, polygonGroundNote } from './built-up-stricter.ts';
import type { RuleDefinition, RuleFinding } from './rule-definition.ts';

/**
 * What staggered production rests on: the plan's 错峰生产 of the high-emission industries (T15.1), stricter for
 * heavy polluters inside the built-up area (T2.2).
 */
export const STAGGER_BASIS: readonly Basis[] = [planBasis('T15.1'), planBasis('T2.2')];

/**
 * Task 15 (and task 2): each enterprise bound today by a staggered-production schedule of the season, with its
 * lines, what they may produce and until when; the built-up area's stricter schedules say so. Task 2's stricter
 * case applies when a schedule is marked stricter, or the enterprise is a heavy polluter (list) marked 建成区 or lying
 * inside the built-up area's polygon; the detail says when only the polygon puts it there.
 *
 * @example
 * staggerProductionRule.evaluate(facts, context)[0]?.detail.zh; // '1#窑停产至2024-03-15'
 */
export const staggerProductionRule: RuleDefinition = {
  id: 'stagger-production',
  task: 15,
  severity: 'control',
  layer: 'enterprises',
  basis: STAGGER_BASIS,
  evaluate: (facts) => {
    const schedules = facts.emergency?.stagger ?? [];
    const townships = new Map(facts.enterprises.map((e) => [e.id, e.township]));
    const byEnterprise = new Map<string, (typeof schedules)[number][]>();
    for (const s of schedules) byEnterprise.set(s.enterpriseId, [...(byEnterprise.get(s.enterpriseId) ?? []), s]);
    const entries = new Map((facts.emergency?.list?.entries ?? []).map((e) => [e.enterpriseId, e]));
    const findings: RuleFinding[] = [];
    for (const [enterpriseId, list] of byEnterprise) {
      const township = townships.get(enterpriseId);
      if (township === undefined) continue;
      const pct = (p: number | null) => (p === null ? '' : `${p}%`);
      const entry = entries.get(enterpriseId);
      const ground = entry ? builtUpGround(facts, enterpriseId, entry) : null;
      const marked = list.some((s) => s.stricterBuiltUp);
      const stricter = marked || ground !== null;
      const byPolygon = !marked && ground === 'polygon' ? polygonGroundNote(facts) : null;
      const zh = list.map((s) => `${s.line}${staggerProductionLabels[s.production].zh}${pct(s.limitPct)}至${s.to}`);
      const en = list.map((s) => {
        const share = s.limitPct === null ? '' : ` ${pct(s.limitPct)}`;
        return `${s.line}: ${staggerProductionLabels[s.production].en}${share} until ${s.to}`;
      });
      findings.push({
        entityId: enterpriseId,
        township,
        since: list.map((s) => s.from).sort()[0] ?? null,
        detail: {
          zh:
            `${zh.join('；')}${stricter ? '（建成区内重污染企业从严，任务2）' : ''}` +
            `${byPolygon ? `（${byPolygon.zh}）` : ''}`,
          en:
            `${en.join('; ')}${stricter ? ' (stricter: heavy polluter in the built-up area, task 2)' : ''}` +
            `${byPolygon ? ` (${byPolygon.en})` : ''}`,
        },
      });
    }
    return findings;
  },
};
