/**
 * Lateness and progress of the departments' annual plan items (S3). Pure: no db.
 *
 * @module
 */
import type { PlanItemStatus } from '../schema/enums/department.ts';

/**
 * Whether a plan item is overdue on `asOfDay` (`YYYY-MM-DD`): not done or cancelled, and due before that day (the
 * due day itself is not late).
 *
 * @example
 * planItemOverdue({ status: 'in-progress', dueOn: '2023-12-31' }, '2023-12-31'); // false
 * planItemOverdue({ status: 'in-progress', dueOn: '2023-12-30' }, '2023-12-31'); // true
 */
export function planItemOverdue(item: { status: PlanItemStatus; dueOn: string }, asOfDay: string): boolean {
  return item.status !== 'done' && item.status !== 'cancelled' && item.dueOn < asOfDay;
}

/** Counts of a department's plan items: total, done, overdue, and the mean progress of those not cancelled. */
export interface PlanItemTally {
  total: number;
  done: number;
  overdue: number;
  /** Mean progress (percent, one decimal) of the items not cancelled; null when there are none. */
  meanProgress: number | null;
}

/**
 * @example
 * tallyPlanItems([{ status: 'done', dueOn: '2023-06-30', progress: 100 }], '2023-12-31');
 * // { total: 1, done: 1, overdue: 0, meanProgress: 100 }
 */
export function tallyPlanItems(
  items: readonly { status: PlanItemStatus; dueOn: string; progress: number }[],
  asOfDay: string,
): PlanItemTally {
  const live = items.filter((i) => i.status !== 'cancelled');
  const sum = live.reduce((s, i) => s + i.progress, 0);
  return {
    total: items.length,
    done: items.filter((i) => i.status === 'done').length,
    overdue: items.filter((i) => planItemOverdue(i, asOfDay)).length,
    meanProgress: live.length ? Math.round((sum / live.length) * 10) / 10 : null,
  };
}

/**
 * The status a progress update implies when no status is given: 100 → done, above 0 → in progress, 0 → not started;
 * a cancelled item stays cancelled.
 *
 * @example
 * statusForProgress(100, 'in-progress'); // 'done'
 */
export function statusForProgress(progress: number, current: PlanItemStatus): PlanItemStatus {
  if (current === 'cancelled') return current;
  if (progress >= 100) return 'done';
  return progress > 0 ? 'in-progress' : 'not-started';
}
