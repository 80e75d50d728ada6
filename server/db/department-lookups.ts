import type { Db } from './open-database.ts';

/** Whether plan task `task` exists. */
export function planTaskExists(db: Db, task: number): boolean {
  return db.prepare('SELECT 1 FROM plan_tasks WHERE number = ?').get(task) !== undefined;
}

/** Whether township `code` exists. */
export function townshipExists(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM townships WHERE code = ?').get(code) !== undefined;
}

/** Township codes by township name (秀容街道 → 140902001). */
export function townshipCodesByName(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT name, code FROM townships').all() as { name: string; code: string }[];
  return new Map(rows.map((t) => [t.name, t.code]));
}
