import { planBasis } from '../schema/basis.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';
import { deadlinePassed } from './seasonal-controls.ts';

/**
 * Task 3: an enterprise the plan names for ultra-low-emission retrofit whose assessment monitoring
 * is not accepted by the deadline.
 *
 * @example
 * uleAssessmentOverdueRule.evaluate(facts, { ...context, asOf: '2023-06-30T23:59' }); // [] (not yet due)
 */
export const uleAssessmentOverdueRule: RuleDefinition = {
  id: 'ule-assessment-overdue',
  task: 3,
  severity: 'overdue',
  layer: 'enterprises',
  basis: [planBasis('T3.2')],
  evaluate: (facts, { asOf, deadlines }) => {
    const due = deadlines.uleAssessment;
    if (!deadlinePassed(due, asOf)) return [];
    return operatingEnterprises(facts)
      .filter((e) => e.planTask === 3 && e.uleStatus !== 'accepted' && e.uleStatus !== 'not-applicable')
      .map((e) => ({
        entityId: e.id,
        township: e.township,
        since: due,
        detail: { zh: `时限 ${due}`, en: `due ${due}` },
      }));
  },
};
