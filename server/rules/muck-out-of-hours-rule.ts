import { planBasis } from '../schema/basis.ts';
import { muckTrackConvention } from './muck-basis.ts';
import { muckRuleFindings } from './muck-rule-findings.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 11 (T11.4): a muck truck that drove outside the approved hours of every permit in force in the 24 h up
 * to as-of (the window's end minute is inside; overnight windows such as 22:00–05:00 run past midnight).
 *
 * @example
 * muckOutOfHoursRule.evaluate(facts, context)[0]?.entityId; // the truck's id
 */
export const muckOutOfHoursRule: RuleDefinition = {
  id: 'muck-out-of-hours',
  task: 11,
  severity: 'violation',
  layer: 'muck-trucks',
  basis: [planBasis('T11.4'), muckTrackConvention],
  evaluate: (facts) => muckRuleFindings(facts.muck, 'out-of-hours'),
};
