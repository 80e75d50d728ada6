import { planBasis } from '../schema/basis.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';
import { deadlinePassed } from './seasonal-controls.ts';

/**
 * Task 13: an operating enterprise with activated-carbon adsorption that did not replace the
 * carbon by the deadline.
 *
 * @example
 * activatedCarbonLateRule.evaluate(facts, context)[0]?.detail.en; // 'replaced 2023-06-10'
 */
export const activatedCarbonLateRule: RuleDefinition = {
  id: 'activated-carbon-late',
  task: 13,
  severity: 'violation',
  layer: 'enterprises',
  basis: [planBasis('T13.3')],
  evaluate: (facts, { asOf, deadlines }) => {
    const due = deadlines.activatedCarbon;
    if (!deadlinePassed(due, asOf)) return [];
    return operatingEnterprises(facts)
      .filter((e) => e.activatedCarbon && (e.carbonReplacedOn === null || e.carbonReplacedOn > due))
      .map((e) => ({
        entityId: e.id,
        township: e.township,
        since: due,
        detail: e.carbonReplacedOn
          ? { zh: `更换于 ${e.carbonReplacedOn}`, en: `replaced ${e.carbonReplacedOn}` }
          : { zh: '未更换', en: 'not replaced' },
      }));
  },
};
