import { planBasis } from '../schema/basis.ts';
import { muckRuleFindings } from './muck-rule-findings.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 11 (T11.4): a registered muck truck named by an open spill report (沿途抛洒) up to as-of; reports without a
 * known truck stay in the list, not in the rules.
 *
 * @example
 * muckSpillRule.evaluate(facts, context)[0]?.entityId; // the truck's id
 */
export const muckSpillRule: RuleDefinition = {
  id: 'muck-spill',
  task: 11,
  severity: 'violation',
  layer: 'muck-trucks',
  basis: [planBasis('T11.4')],
  evaluate: (facts) => muckRuleFindings(facts.muck, 'spill'),
};
