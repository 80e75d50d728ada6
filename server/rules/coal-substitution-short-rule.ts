import { MIN_SUBSTITUTION_RATIO, substitutionShort } from '../energy/coal-substitution.ts';
import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition, RuleFinding } from './rule-definition.ts';

/**
 * Task 6 (T6.1): an approved or built coal-consuming project decided on or before as-of's day whose coal-reduction
 * substitution is below its new coal use (less than 1:1, the console's reading of 减量替代: at least 等量). One hit per
 * enterprise listing its projects; since = the earliest decision. Silent without energy facts.
 *
 * @example
 * coalSubstitutionShortRule.evaluate(facts, context)[0]?.detail.zh;
 * // '「2号焦炉」新增耗煤 5000 吨/年，替代 4000 吨/年（0.80:1）'
 */
export const coalSubstitutionShortRule: RuleDefinition = {
  id: 'coal-substitution-short',
  task: 6,
  severity: 'violation',
  layer: 'enterprises',
  basis: [
    planBasis('T6.1'),
    {
      kind: 'convention',
      note: {
        zh: `替代量不低于新增耗煤量的 ${MIN_SUBSTITUTION_RATIO} 倍（等量或减量替代）为本系统约定，规划未给出比例`,
        en:
          `substitution of at least ${MIN_SUBSTITUTION_RATIO}× the new coal use (equal or reduced) is a console ` +
          'convention; the plan gives no ratio',
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const today = asOf.slice(0, 10);
    const short = (facts.energy?.coalProjects ?? []).filter(
      (p) =>
        (p.status === 'approved' || p.status === 'built') &&
        p.decidedOn !== null &&
        p.decidedOn <= today &&
        substitutionShort(p.newCoalT, p.substitutionT),
    );
    const byEnterprise = new Map<string, typeof short>();
    for (const p of short) byEnterprise.set(p.enterpriseId, [...(byEnterprise.get(p.enterpriseId) ?? []), p]);
    return [...byEnterprise].map(([entityId, list]): RuleFinding => {
      const ratio = (p: (typeof list)[number]) => (p.substitutionT / p.newCoalT).toFixed(2);
      return {
        entityId,
        township: list[0]?.township ?? '',
        since: list.map((p) => p.decidedOn as string).sort()[0] ?? null,
        detail: {
          zh: list
            .map((p) => `「${p.name}」新增耗煤 ${p.newCoalT} 吨/年，替代 ${p.substitutionT} 吨/年（${ratio(p)}:1）`)
            .join('；'),
          en: list
            .map((p) => `${p.id}: ${p.newCoalT} t/yr new coal, ${p.substitutionT} t/yr substituted (${ratio(p)}:1)`)
            .join('; '),
        },
      };
    });
  },
};
