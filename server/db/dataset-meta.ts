import { toCstMinute } from '../time/cst.ts';
import type { Db } from './open-database.ts';

/** What the database says about its own data (written by the seeder or an import). */
export interface DatasetMeta {
  /** The moment views default to: the end of the demo data, `YYYY-MM-DDTHH:mm` CST. */
  defaultAsOf: string;
  values: Record<string, string>;
}

/** Fallback when a database has no meta (e.g. emptied by hand): now, in CST. */
function nowCst(): string {
  return toCstMinute(new Date());
}

/** Reads dataset_meta. */
export function readDatasetMeta(db: Db): DatasetMeta {
  const rows = db.prepare('SELECT key, value FROM dataset_meta ORDER BY key').all() as { key: string; value: string }[];
  const values = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { defaultAsOf: values.default_as_of ?? nowCst(), values };
}

/**
 * The as-of moment a request asks for, or the dataset's default (`dataset_meta.default_as_of`, the end of the
 * demo data): the one fallback every route and task uses. `query` is a validated query or body; only a string
 * `asOf` member counts (layers whose query has none read at the default).
 *
 * @example
 * resolveAsOf(db, { asOf: '2023-06-30T12:00' }); // '2023-06-30T12:00'
 * resolveAsOf(db, {}); // '2023-12-31T23:00' for the demo data
 */
export function resolveAsOf(db: Db, query: object): string {
  const asOf = 'asOf' in query ? query.asOf : undefined;
  return typeof asOf === 'string' ? asOf : readDatasetMeta(db).defaultAsOf;
}

/**
 * Sets `dataset_meta.<key>` to `value` (inserted or replaced).
 *
 * @example
 * writeDatasetMeta(db, 'demo_mode', 'true');
 */
export function writeDatasetMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO dataset_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
