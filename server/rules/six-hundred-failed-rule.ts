import { planBasis, externalBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 11: an active construction site that failed any of the six 100% at its latest inspection.
 *
 * @example
 * sixHundredFailedRule.evaluate(facts, context)[0]?.detail.zh; // '未达标 2 项'
 */
export const sixHundredFailedRule: RuleDefinition = {
  id: 'six-hundred-failed',
  task: 11,
  severity: 'violation',
  layer: 'construction-sites',
  basis: [
    planBasis('T11.1'),
    planBasis('T12.1'),
    externalBasis('sixHundred', {
      zh: '六项内容（规划只写“六个百分之百”）',
      en: 'the six items (the plan names only “the six 100%”)',
    }),
  ],
  evaluate: (facts) =>
    facts.sites
      .filter((s) => s.active && s.compliant === false)
      .map((s) => ({
        entityId: s.id,
        township: s.township,
        since: s.lastInspection?.date ?? null,
        detail: { zh: `未达标 ${s.failedChecks.length} 项`, en: `${s.failedChecks.length} check(s) failed` },
      })),
};
