/**
 * Where an alert routes (issue 17, S2 管行业必须管环保): the department set on the alert, or else the task's default
 * department. Pure: no db.
 *
 * @module
 */

/** A department's id and names. */
export interface RoutedDepartment {
  id: string;
  name: string;
  nameEn: string;
}

/** What routing needs: the departments by id and each task's default department. */
export interface AlertRouting {
  byId: ReadonlyMap<string, RoutedDepartment>;
  /**
   * Each task's default department: its first lead unit (lowest department position); for a task whose table names
   * no lead unit (task 6), its first responsible unit (a console convention). Absent: the task names neither.
   */
  defaultByTask: ReadonlyMap<number, RoutedDepartment>;
}

/** An alert's effective department and whether it was set on the alert (`explicit`) or came from its task. */
export interface AlertRoute {
  department: RoutedDepartment | null;
  routed: 'explicit' | 'default' | null;
}

/**
 * @example
 * routeAlert(3, null, routing); // { department: { id: 'eco-env', … }, routed: 'default' }
 * routeAlert(3, 'housing', routing); // { department: { id: 'housing', … }, routed: 'explicit' }
 */
export function routeAlert(task: number, departmentId: string | null, routing: AlertRouting): AlertRoute {
  const explicit = departmentId === null ? undefined : routing.byId.get(departmentId);
  if (explicit) return { department: explicit, routed: 'explicit' };
  const fallback = routing.defaultByTask.get(task);
  return fallback ? { department: fallback, routed: 'default' } : { department: null, routed: null };
}

/** Whole days from `from` to `to` (CST minutes `YYYY-MM-DDTHH:mm` or dates), never negative. */
export function ageInDays(from: string, to: string): number {
  const ms = Date.parse(`${to.slice(0, 10)}T00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00Z`);
  return Number.isFinite(ms) ? Math.max(0, Math.round(ms / 86_400_000)) : 0;
}
