import { toCstMinute } from '../schema/common.ts';
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
