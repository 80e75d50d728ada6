import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 17: an illegal-fuel report made by as-of and not closed.
 *
 * @example
 * illegalFuelOpenRule.evaluate(facts, context)[0]?.since; // '2023-04-02'
 */
export const illegalFuelOpenRule: RuleDefinition = {
  id: 'illegal-fuel-open',
  task: 17,
  severity: 'warning',
  layer: 'fuel-points',
  basis: [planBasis('T17.1'), planBasis('T17.3')],
  evaluate: (facts, { asOf }) =>
    facts.fuelPoints
      .filter((f) => f.status !== 'closed' && f.reportedOn <= asOf.slice(0, 10))
      .map((f) => ({ entityId: f.id, township: f.township, since: f.reportedOn, detail: { zh: f.name, en: f.name } })),
};
