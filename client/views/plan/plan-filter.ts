import type { CoverageStatus, Requirement } from '../../../server/schema/plan-requirements.ts';
import type { AppState, PlanTaskFilter } from '../../state/app-state.ts';

/** The 计划 view's filters, as the URL holds them (null = no filter). */
export type PlanFilters = Pick<AppState, 'planTask' | 'planUnit' | 'planStatus'>;

/** Every unit a requirement names: its lead, cooperating and responsible units. */
export function unitsOf(requirement: Requirement): string[] {
  const { lead, cooperating, responsible } = requirement.units;
  return [...lead, ...cooperating, ...responsible];
}

/** Every unit named by any requirement, once each, in the order the plan first names them. */
export function allUnits(requirements: readonly Requirement[]): string[] {
  return [...new Set(requirements.flatMap(unitsOf))];
}

/** Whether a requirement belongs to a task filter: its task number, the targets (G…) or the safeguards (S…). */
export function inTask(requirement: Requirement, task: PlanTaskFilter): boolean {
  if (task === 'goals') return requirement.id.startsWith('G');
  if (task === 'safeguards') return requirement.id.startsWith('S');
  return requirement.task === Number(task);
}

/** Whether a requirement passes the task and unit filters (the status filter aside). */
export function matchesScope(requirement: Requirement, filters: PlanFilters): boolean {
  if (filters.planTask !== null && !inTask(requirement, filters.planTask)) return false;
  if (filters.planUnit !== null && !unitsOf(requirement).includes(filters.planUnit)) return false;
  return true;
}

/** Whether a requirement passes every filter: shown plain, not dimmed. */
export function matchesFilters(requirement: Requirement, filters: PlanFilters): boolean {
  return (
    matchesScope(requirement, filters) && (filters.planStatus === null || requirement.status === filters.planStatus)
  );
}

/** How many requirements have each status. */
export function countByStatus(requirements: readonly Requirement[]): Record<CoverageStatus, number> {
  const counts: Record<CoverageStatus, number> = { covered: 0, partial: 0, missing: 0 };
  for (const r of requirements) counts[r.status] += 1;
  return counts;
}

/** The task filter's choices, in the plan's order: the targets, tasks 1–17, the safeguards. */
export const taskChoices: readonly PlanTaskFilter[] = [
  'goals',
  ...Array.from({ length: 17 }, (_, i) => String(i + 1) as PlanTaskFilter),
  'safeguards',
];
