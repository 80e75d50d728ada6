import type { Db } from './open-database.ts';

/** One row of the change log (migration 0005): a row of `topic` changed, identified by `key` (and `ts`). */
export interface ChangeRow {
  seq: number;
  topic: string;
  key: string | null;
  ts: string | null;
}

/** Prepared reads (and the trim) of the change log over one connection. */
export interface ChangeLogStore {
  /** The newest sequence number, 0 when the log is empty. */
  maxSeq(): number;
  /** At most `limit` rows after `seq`, oldest first. */
  since(seq: number, limit: number): ChangeRow[];
  /** Deletes every row but the newest `keep`; returns how many went. Needs a writable connection. */
  trim(keep: number): number;
}

/**
 * The change log's statements over `db`. Each read is a range scan on the rowid (`seq`): about a
 * microsecond when nothing is new. On a database not yet migrated to version 5 the log reads as
 * empty (and is looked for again on each call) until the table appears.
 *
 * @example
 * const log = createChangeLogStore(db);
 * const fresh = log.since(lastSeq, 10_000);
 */
export function createChangeLogStore(db: Db): ChangeLogStore {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log'").pluck();
  let statements: ReturnType<typeof prepare> | null = null;
  const ready = () => (statements ??= exists.get() === undefined ? null : prepare(db));
  return {
    maxSeq: () => (ready()?.maxSeq.get() as number | undefined) ?? 0,
    since: (seq, limit) => (ready()?.since.all(seq, limit) as ChangeRow[] | undefined) ?? [],
    trim: (keep) => {
      if (db.readonly) throw new Error('the change log is trimmed through a writable connection');
      return ready()?.trim.run(keep).changes ?? 0;
    },
  };
}

function prepare(db: Db) {
  return {
    maxSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck(),
    since: db.prepare('SELECT seq, topic, key, ts FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?'),
    trim: db.prepare('DELETE FROM change_log WHERE seq <= (SELECT max(seq) FROM change_log) - ?'),
  };
}
