/**
 * The day the 2023 action plan took effect for the vehicle rules and progress figures (issue 16, tasks 9 and 10).
 *
 * @module
 */

/**
 * The plan's start: the day the district government issued it (印发, 2023-05-05; `issued` in seeds/plan/plan.json).
 * Task 10's "新增或更换的…市政公共领域车辆" can only bind vehicles added on or after the plan existed, and the
 * phase-out is measured from the fleet in use that day.
 *
 * @example
 * PLAN_START; // '2023-05-05'
 */
export const PLAN_START = '2023-05-05';
