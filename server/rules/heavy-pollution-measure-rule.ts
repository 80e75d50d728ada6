import { planBasis } from '../schema/basis.ts';
import {
  emergencyMeasure,
  emergencyMeasureLabels,
  MEASURES_BASIS,
  REDUCTION_BASIS,
  REQUIRED_REDUCTION,
} from './alert-level.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';

/**
 * Task 15: under a heavy-pollution alert, every operating enterprise takes the measure its
 * performance grade sets.
 *
 * @example
 * heavyPollutionMeasureRule.evaluate(facts, { ...context, alertLevel: 'none' }); // []
 */
export const heavyPollutionMeasureRule: RuleDefinition = {
  id: 'heavy-pollution-measure',
  task: 15,
  severity: 'control',
  layer: 'enterprises',
  basis: [planBasis('T15.3'), ...REDUCTION_BASIS, ...MEASURES_BASIS],
  evaluate: (facts, { alertLevel }) => {
    if (alertLevel === 'none') return [];
    const cut = REQUIRED_REDUCTION[alertLevel] * 100;
    return operatingEnterprises(facts).map((e) => {
      const measure = emergencyMeasureLabels[emergencyMeasure(e.grade, alertLevel)];
      return {
        entityId: e.id,
        township: e.township,
        since: null,
        detail: {
          zh: `${e.grade}级：${measure.zh}（全社会减排≥${cut}%）`,
          en: `grade ${e.grade}: ${measure.en} (area-wide cut ≥ ${cut}%)`,
        },
      };
    });
  },
};
