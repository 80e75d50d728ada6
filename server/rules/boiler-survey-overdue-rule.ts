import { planBasis } from '../schema/basis.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';
import { deadlinePassed } from './seasonal-controls.ts';

/** The boiler fuels task 4 orders surveyed. */
const SURVEYED_FUELS: ReadonlySet<string> = new Set(['natural-gas', 'biomass', 'alcohol-based']);

/**
 * Task 4: an enterprise with a gas, biomass or alcohol-based boiler not surveyed by the deadline.
 *
 * @example
 * boilerSurveyOverdueRule.evaluate(facts, context)[0]?.detail.en; // '2 boiler(s)'
 */
export const boilerSurveyOverdueRule: RuleDefinition = {
  id: 'boiler-survey-overdue',
  task: 4,
  severity: 'overdue',
  layer: 'enterprises',
  basis: [planBasis('T4.5')],
  evaluate: (facts, { asOf, deadlines }) => {
    const due = deadlines.boilerSurvey;
    if (!deadlinePassed(due, asOf)) return [];
    return operatingEnterprises(facts).flatMap((e) => {
      const unsurveyed = e.kilnsBoilers.filter(
        (k) => k.kind === 'boiler' && SURVEYED_FUELS.has(k.fuel) && (k.surveyedOn === null || k.surveyedOn > due),
      );
      if (!unsurveyed.length) return [];
      return [
        {
          entityId: e.id,
          township: e.township,
          since: due,
          detail: { zh: `${unsurveyed.length} 台锅炉`, en: `${unsurveyed.length} boiler(s)` },
        },
      ];
    });
  },
};
