import type { Db } from './open-database.ts';

/** The department an alert was routed to (null: its task's default), or undefined when there is no alert `id`. */
export function readAlertDepartmentId(db: Db, id: number): string | null | undefined {
  const row = db.prepare('SELECT department_id FROM alerts WHERE id = ?').get(id) as
    | { department_id: string | null }
    | undefined;
  return row ? row.department_id : undefined;
}

/** Routes alert `id` to a department (null: back to its task's default). */
export function writeAlertDepartmentId(db: Db, id: number, departmentId: string | null): void {
  db.prepare('UPDATE alerts SET department_id = ? WHERE id = ?').run(departmentId, id);
}

/**
 * Gives demo account `username` its department when the department exists and the account has none (the departments
 * exist once the demo data are seeded).
 */
export function assignDemoDepartment(db: Db, username: string, departmentId: string): void {
  db.prepare(
    `UPDATE users SET department_id = ? WHERE username = ? AND demo = 1 AND department_id IS NULL
       AND EXISTS (SELECT 1 FROM departments WHERE id = ?)`,
  ).run(departmentId, username, departmentId);
}
