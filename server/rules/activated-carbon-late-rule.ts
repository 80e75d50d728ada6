import { planBasis } from '../schema/basis.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';
import { deadlinePassed } from './seasonal-controls.ts';

/**
 * The first day of task 13's round (「5月底前完成一轮活性炭更换」, a 2023 plan): only a replacement on or
 * after it counts as this round (a convention, stated in the rule's basis).
 */
export const ACTIVATED_CARBON_ROUND_FROM = '2023-01-01';

/**
 * Task 13: an operating enterprise with activated-carbon adsorption that did not replace the carbon
 * in this round (on or after {@link ACTIVATED_CARBON_ROUND_FROM}) by the deadline, as known at as-of
 * (a replacement dated after as-of's day has not happened yet). A replacement after the deadline
 * does not clear the hit (the plan asks for the round by the end of May): the hit stays, same
 * severity, and says when it was done.
 *
 * @example
 * activatedCarbonLateRule.evaluate(facts, context)[0]?.detail.zh; // '2023-07-02 更换，晚于期限'
 */
export const activatedCarbonLateRule: RuleDefinition = {
  id: 'activated-carbon-late',
  task: 13,
  severity: 'violation',
  layer: 'enterprises',
  basis: [
    planBasis('T13.3'),
    {
      kind: 'convention',
      note: {
        zh: '「一轮」按2023年1月1日以后的更换计；期限后更换仍列为未按期',
        en: 'the round counts replacements from 1 January 2023; one after the deadline stays late',
      },
    },
  ],
  evaluate: (facts, { asOf, deadlines }) => {
    const due = deadlines.activatedCarbon;
    if (!deadlinePassed(due, asOf)) return [];
    const day = asOf.slice(0, 10);
    return operatingEnterprises(facts).flatMap((e) => {
      if (!e.activatedCarbon) return [];
      const replaced = e.carbonReplacedOn !== null && e.carbonReplacedOn <= day ? e.carbonReplacedOn : null;
      if (replaced !== null && replaced >= ACTIVATED_CARBON_ROUND_FROM && replaced <= due) return [];
      const detail =
        replaced === null
          ? { zh: '本轮未更换', en: 'not replaced this round' }
          : replaced >= ACTIVATED_CARBON_ROUND_FROM
            ? { zh: `${replaced} 更换，晚于期限`, en: `replaced ${replaced}, after the deadline` }
            : { zh: `本轮未更换（上次 ${replaced}）`, en: `not replaced this round (last ${replaced})` };
      return [{ entityId: e.id, township: e.township, since: due, detail }];
    });
  },
};
