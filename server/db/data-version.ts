import type { Db } from './open-database.ts';

/**
 * A reader of `db`'s data version: a stamp that changes whenever the database may have changed.
 * It combines `PRAGMA data_version` (moves when **another** connection commits: a worker
 * thread's connection, `npm run seed -- --replace` against the running server's file) with
 * `total_changes()` (rows written through **this** connection: an import, a record edit, a
 * session touch). Equal stamps mean nothing was committed in between; a rolled-back write may
 * move it too, which only costs a needless rebuild. Two prepared reads, about a microsecond each.
 *
 * What caches derived data (the statistics index, the layer responses) compares the stamp it
 * was built at with the current one before each use.
 *
 * @example
 * const version = createDataVersion(db);
 * const built = version();
 * // … later
 * if (version() !== built) rebuild();
 */
export function createDataVersion(db: Db): () => string {
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  return () => `${String(dataVersion.get())}:${String(totalChanges.get())}`;
}
