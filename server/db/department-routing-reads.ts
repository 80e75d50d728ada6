import type { AlertRouting, RoutedDepartment } from '../departments/alert-routing.ts';
import type { Db } from './open-database.ts';

interface DepartmentNameRow {
  id: string;
  name: string;
  name_en: string;
}

/**
 * What alert routing needs (see `routeAlert`): every department's names and each task's default department (the
 * first lead unit by department position; a task with no lead unit: its first responsible unit). Empty maps
 * before the departments are seeded.
 */
export function readAlertRouting(db: Db): AlertRouting {
  const byId = new Map<string, RoutedDepartment>();
  for (const row of db.prepare('SELECT id, name, name_en FROM departments').all() as DepartmentNameRow[]) {
    byId.set(row.id, { id: row.id, name: row.name, nameEn: row.name_en });
  }
  const defaultByTask = new Map<number, RoutedDepartment>();
  const rows = db
    .prepare(
      `SELECT td.task, td.department_id AS id FROM task_departments td JOIN departments d ON d.id = td.department_id
       WHERE td.role IN ('lead', 'responsible') ORDER BY td.task, td.role = 'lead' DESC, d.position`,
    )
    .all() as { task: number; id: string }[];
  for (const row of rows) {
    const department = byId.get(row.id);
    if (department && !defaultByTask.has(row.task)) defaultByTask.set(row.task, department);
  }
  return { byId, defaultByTask };
}

/** Whether a department with `id` exists. */
export function departmentExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM departments WHERE id = ?').get(id) !== undefined;
}
