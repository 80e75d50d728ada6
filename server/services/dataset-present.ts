import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';

/**
 * The dataset's present: the latest moment its data describe, `YYYY-MM-DDTHH:mm` CST. It is the
 * dataset's default as-of (`dataset_meta.default_as_of`: the end of the demo data, 2023-12-31T23:00),
 * which a live feed moves forward as readings arrive; the alert ledger is advanced to it
 * (`advanceAlertLedger`) and reads default to it. Without meta: now, in CST.
 *
 * @example
 * datasetPresent(db); // '2023-12-31T23:00' for the demo data
 */
export function datasetPresent(db: Db): string {
  return resolveAsOf(db, {});
}
