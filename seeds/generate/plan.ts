import type { Plan } from '../../server/schema/plan.ts';

/**
 * Rows of plan_targets and plan_tasks from seeds/plan/plan.json. The text is the plan's
 * (official); the tracking status as at the end of the demo year is synthetic: tasks whose
 * deadline fell in the year are done, except task 3 (one cement grinder's ultra-low-emission
 * assessment not finished: overdue), and task 7 is in progress (二十里铺村 not finished).
 */
export function generatePlanRows(plan: Plan) {
  const targets = plan.targets.map((t, position) => ({
    id: t.id,
    position,
    subject: t.subject,
    statistic: t.statistic,
    limit_value: t.limit,
    unit: t.unit,
    basis: t.basis,
    standard: t.standard,
    strength: t.strength,
    name_zh: t.nameZh,
    name_en: t.nameEn,
    quote: t.quote,
  }));
  const statusOf = (number: number, hasDeadline: boolean) =>
    number === 3 ? 'overdue' : number === 7 ? 'in-progress' : hasDeadline ? 'done' : 'in-progress';
  const tasks = plan.tasks.map((t) => ({
    number: t.number,
    part: t.part,
    section: t.section,
    title: t.title,
    title_en: t.titleEn,
    requirement: t.requirement,
    lead_units: JSON.stringify(t.leadUnits),
    cooperating_units: JSON.stringify(t.cooperatingUnits),
    responsible_units: JSON.stringify(t.responsibleUnits),
    deadlines: JSON.stringify(t.deadlines),
    schedule: t.schedule ? JSON.stringify(t.schedule) : null,
    period: t.period ? JSON.stringify(t.period) : null,
    status: statusOf(t.number, t.deadlines.length > 0),
    progress_note: null,
    status_provenance: 'synthetic',
  }));
  return { targets, tasks };
}
