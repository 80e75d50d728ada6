import type { PlanRow, TownshipRow } from '../reference/reference-rows.ts';
import type { Db } from './open-database.ts';

/** Township, plan-target and plan-task columns a reference row may carry (checked before they reach SQL). */
const COLUMN = /^[a-z][a-z0-9_]*$/;

function insertAll(db: Db, table: 'townships' | 'plan_targets' | 'plan_tasks', rows: readonly PlanRow[]): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const bad = columns.find((c) => !COLUMN.test(c));
  if (bad) throw new Error(`reference rows of ${table}: bad column name '${bad}'`);
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  for (const row of rows) insert.run(row);
}

/** How many townships the database holds (0: a new, empty database). */
export function countTownships(db: Db): number {
  return db.prepare('SELECT count(*) FROM townships').pluck().get() as number;
}

/** The reference data as rows: townships, the plan's targets and tasks, and dataset_meta entries. */
export interface ReferenceRows {
  townships: readonly TownshipRow[];
  targets: readonly PlanRow[];
  tasks: readonly PlanRow[];
  meta: Readonly<Record<string, string>>;
}

/**
 * Inserts the reference rows into a database that has no township yet, in one transaction;
 * false (nothing written) when it has some.
 *
 * @example
 * insertReferenceRows(db, { townships: townshipRows(ref.townships), ...planRows(ref.plan), meta: {} }); // true
 */
export function insertReferenceRows(db: Db, rows: ReferenceRows): boolean {
  return db.transaction(() => {
    if (countTownships(db) > 0) return false;
    insertAll(db, 'plan_targets', rows.targets);
    insertAll(db, 'plan_tasks', rows.tasks);
    insertAll(db, 'townships', rows.townships);
    writeDatasetMeta(db, rows.meta);
    return true;
  })();
}

/**
 * Sets dataset_meta entries (inserting or replacing each key).
 *
 * @example
 * writeDatasetMeta(tx, { demo_mode: 'true' });
 */
export function writeDatasetMeta(db: Db, entries: Readonly<Record<string, string>>): void {
  const upsert = db.prepare(
    'INSERT INTO dataset_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(entries)) upsert.run(key, value);
}
