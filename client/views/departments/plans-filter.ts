import type { PlanItemStatus } from '../../../server/schema/enums/department.ts';
import type { PlanItem } from './department-types.ts';

/** The 年度计划 tab's filters: department ('' = all), year, status ('' = all), overdue only. */
export interface PlanFilter {
  department: string;
  year: number;
  status: PlanItemStatus | '';
  overdueOnly: boolean;
}

/**
 * The items the filter keeps, by department then due date; and their count, done and overdue.
 *
 * @example
 * filterPlanItems(items, { department: 'eco-env', year: 2023, status: '', overdueOnly: true }).overdue;
 */
export function filterPlanItems(items: readonly PlanItem[], filter: PlanFilter) {
  const shown = items
    .filter(
      (i) =>
        i.year === filter.year &&
        (!filter.department || i.departmentId === filter.department) &&
        (!filter.status || i.status === filter.status) &&
        (!filter.overdueOnly || i.overdue),
    )
    .sort((a, b) => a.departmentId.localeCompare(b.departmentId) || a.dueOn.localeCompare(b.dueOn));
  return {
    shown,
    done: shown.filter((i) => i.status === 'done').length,
    overdue: shown.filter((i) => i.overdue).length,
  };
}

/** The years the items cover, newest first; `fallback` when there are none. */
export function planYears(items: readonly PlanItem[], fallback: number): number[] {
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => b - a);
  return years.length ? years : [fallback];
}
