import type { Db } from '../db/open-database.ts';
import { insertReferenceRows } from '../db/reference-repository.ts';
import { loadReferenceData, type ReferenceData } from '../reference/load-reference-data.ts';
import { planRows, townshipRows } from '../reference/reference-rows.ts';
import { planDocumentSchema } from '../schema/plan.ts';

/**
 * Fills a new database with the official reference data and nothing else: the townships (codes
 * and names official, boundaries approximate), the plan's targets and 17 tasks (text official,
 * every task `not-started` until someone sets it) and the plan document. A database that already
 * has townships is left alone. One transaction; returns whether it wrote anything.
 *
 * This is what a real deployment starts from (`--no-seed`); the demo generator (seeds/, called
 * by the entry point or `npm run seed`) writes the same reference rows plus synthetic data.
 *
 * @example
 * migrate(db);
 * bootstrapReference(db); // true on a new database, false afterwards
 */
export function bootstrapReference(db: Db, ref: ReferenceData = loadReferenceData()): boolean {
  return insertReferenceRows(db, {
    townships: townshipRows(ref.townships),
    ...planRows(ref.plan),
    meta: {
      plan_document: JSON.stringify(planDocumentSchema.parse(ref.plan)),
      note: 'Reference data only: townships (codes official, boundaries approximate; geodata/README.md) and the plan.',
    },
  });
}
