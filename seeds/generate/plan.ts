import { planRows, type TaskTracking } from '../../server/reference/reference-rows.ts';
import type { Plan } from '../../server/schema/plan.ts';

/**
 * Rows of plan_targets and plan_tasks from seeds/plan/plan.json. The text is the plan's
 * (official, the server's reference rows); the tracking status as at the end of the demo year is
 * synthetic: tasks whose deadline fell in the year are done, except task 3 (one cement grinder's
 * ultra-low-emission assessment not finished: still in progress; its 力争 date missed reads 未按期（力争）,
 * not 逾期), and task 7 is in progress (二十里铺村 not finished).
 */
export function generatePlanRows(plan: Plan) {
  const tracking = (task: Plan['tasks'][number]): TaskTracking => ({
    status: task.number === 3 || task.number === 7 ? 'in-progress' : task.deadlines.length > 0 ? 'done' : 'in-progress',
    provenance: 'synthetic',
  });
  return planRows(plan, tracking);
}
