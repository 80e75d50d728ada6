import { planBasis } from '../schema/basis.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';

/** Task 9: annual freight from which a rail spur is expected, tonnes per year. */
export const FREIGHT_RAIL_THRESHOLD_T = 1_500_000;

/**
 * Task 9: an operating enterprise moving at least 1.5 Mt a year without an operating rail spur.
 *
 * @example
 * freightNoRailRule.evaluate(facts, context)[0]?.detail.en; // '2.10 Mt/year'
 */
export const freightNoRailRule: RuleDefinition = {
  id: 'freight-no-rail',
  task: 9,
  severity: 'warning',
  layer: 'enterprises',
  basis: [planBasis('T9.4')],
  evaluate: (facts) =>
    operatingEnterprises(facts)
      .filter((e) => e.annualFreightT >= FREIGHT_RAIL_THRESHOLD_T && e.railSpur !== 'operating')
      .map((e) => ({
        entityId: e.id,
        township: e.township,
        since: null,
        detail: {
          zh: `年货运 ${(e.annualFreightT / 10_000).toFixed(0)} 万吨`,
          en: `${(e.annualFreightT / 1e6).toFixed(2)} Mt/year`,
        },
      })),
};
