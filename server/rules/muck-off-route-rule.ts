import { planBasis } from '../schema/basis.ts';
import { muckTrackConvention } from './muck-basis.ts';
import { muckRuleFindings } from './muck-rule-findings.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 11 (T11.4): a muck truck that drove off its approved route in the 24 h up to as-of: a fix farther than the
 * permit's buffer from the route of every permit in force (exactly at the buffer is on the route), or moving with no
 * permit in force (无有效准运证); fixes at its base, its construction site or a disposal site never offend.
 *
 * @example
 * muckOffRouteRule.evaluate(facts, context)[0]?.entityId; // the truck's id
 */
export const muckOffRouteRule: RuleDefinition = {
  id: 'muck-off-route',
  task: 11,
  severity: 'violation',
  layer: 'muck-trucks',
  basis: [planBasis('T11.4'), muckTrackConvention],
  evaluate: (facts) => muckRuleFindings(facts.muck, 'off-route'),
};
