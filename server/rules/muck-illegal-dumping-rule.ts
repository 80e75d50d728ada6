import { planBasis } from '../schema/basis.ts';
import { muckTrackConvention } from './muck-basis.ts';
import { muckRuleFindings } from './muck-rule-findings.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 11 (T11.4): a muck truck that stopped (the convention's stop) in the 24 h up to as-of
 * away from every valid disposal site (its radius), its permit's construction site and its company's base: suspected
 * illegal dumping (随意倾倒).
 *
 * @example
 * muckIllegalDumpingRule.evaluate(facts, context)[0]?.entityId; // the truck's id
 */
export const muckIllegalDumpingRule: RuleDefinition = {
  id: 'muck-illegal-dumping',
  task: 11,
  severity: 'violation',
  layer: 'muck-trucks',
  basis: [planBasis('T11.4'), muckTrackConvention],
  evaluate: (facts) => muckRuleFindings(facts.muck, 'illegal-dumping'),
};
