import { planBasis } from '../schema/basis.ts';
import type { UleStatus } from '../schema/enums/enterprise-status.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';
import { deadlinePassed } from './seasonal-controls.ts';

/** The statuses in which task 3's assessment monitoring is done (监测完成 or already accepted). */
export const uleMonitoringDone: ReadonlySet<UleStatus> = new Set<UleStatus>(['monitoring-done', 'accepted']);

/**
 * Task 3: an enterprise the plan names for ultra-low-emission retrofit whose assessment monitoring
 * is not done by the deadline: the plan's date is for 「评估监测工作」, so `monitoring-done`
 * (评估监测完成、待验收) passes as well as `accepted`. The plan only strives for the date
 * (「力争2023年6月底前完成」): the hit reads 未按期（力争）, not 逾期 (its severity stays `overdue`, the
 * category of deadline hits).
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
      .filter((e) => e.planTask === 3 && !uleMonitoringDone.has(e.uleStatus) && e.uleStatus !== 'not-applicable')
      .map((e) => ({
        entityId: e.id,
        township: e.township,
        since: due,
        detail: { zh: `力争 ${due} 前完成，未按期`, en: `strive-for date ${due} missed` },
      }));
  },
};
