import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 17: a fuel sample whose failed result was known by as-of's day (result day ≤ as-of's day) and whose trace
 * (溯源) is not closed at as-of: the failed fuel's supplier, transporter and source are still to be run down (and a
 * case opened). Silent without the `fuelSamples` facts.
 *
 * @example
 * fuelSampleFailedRule.evaluate(facts, context)[0]?.since; // the result day, e.g. '2023-12-20'
 */
export const fuelSampleFailedRule: RuleDefinition = {
  id: 'fuel-sample-failed',
  task: 17,
  severity: 'violation',
  layer: 'fuel-samples',
  basis: [planBasis('T17.2'), planBasis('T17.3')],
  evaluate: (facts, { asOf }) =>
    (facts.fuelSamples ?? [])
      .filter(
        (s) =>
          s.result === 'fail' && s.resultOn !== null && s.resultOn <= asOf.slice(0, 10) && s.traceStatus !== 'closed',
      )
      .map((s) => ({
        entityId: s.id,
        township: s.township,
        since: s.resultOn ?? s.sampledAt.slice(0, 10),
        detail: {
          zh: `${s.siteName}：${s.failedItems.join('、') || '不合格'}`,
          en: `${s.siteName}: ${s.failedItems.join(', ') || 'failed'}`,
        },
      })),
};
