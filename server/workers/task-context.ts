import { openDatabase, openReadOnlyDatabase, type Db } from '../db/open-database.ts';
import { createStatsRepository, type StatsRepository } from '../services/stats/stats-repository.ts';

/**
 * What a heavy task runs against: the connection it reads through, the statistics repository
 * over that connection (index built on first use, then kept current through the change log: see
 * services/stats/stats-index.ts) and, for the one task that writes (an import commit), a read-write
 * connection.
 */
export interface TaskContext {
  /** The connection to read through: read-only in a worker, the server's own connection inline. */
  readonly db: Db;
  /** The statistics repository over `db`, created on first use and kept. */
  stats(): StatsRepository;
  /** A read-write connection: opened on first use in a worker (5 s busy timeout), the server's own inline. */
  writer(): Db;
  /** Closes the connections this context opened (a worker's; never the server's own). */
  close(): void;
}

/**
 * A context over the server's own connection, for tasks run inline on the main thread (the pool
 * with 0 workers, or a ':memory:' database that workers cannot open).
 *
 * @example
 * const ctx = createInlineContext(db);
 * ctx.stats().townshipTable({}).townships.length; // 18
 */
export function createInlineContext(db: Db): TaskContext {
  let stats: StatsRepository | null = null;
  return {
    db,
    stats: () => (stats ??= createStatsRepository(db)),
    writer: () => db,
    close: () => undefined,
  };
}

/**
 * A worker's context over the SQLite file `file`: its own read-only connection (WAL lets it read
 * while another connection writes), its own statistics index, and a read-write connection opened
 * only if the worker is asked to commit an import.
 *
 * @example
 * const ctx = createWorkerContext('/data/lantian.db');
 * ctx.db.readonly; // true
 */
export function createWorkerContext(file: string): TaskContext {
  const db = openReadOnlyDatabase(file);
  let stats: StatsRepository | null = null;
  let writer: Db | null = null;
  return {
    db,
    stats: () => (stats ??= createStatsRepository(db)),
    writer: () => (writer ??= openDatabase(file)),
    close: () => {
      writer?.close();
      db.close();
    },
  };
}
