/**
 * The in-process change feed (issue 19): reads the database's change log (migration 0005, written
 * by triggers in the same transaction as the change) and tells subscribers which topics moved.
 *
 * Topics: `positions`, `readings`, `dustfall`, `layer:<layerId>`, `townships`, `meta`, `plan`,
 * `alerts`, `accounts` and `reset` ("rebuild everything": a bulk seed, or rows this feed missed
 * because the log was trimmed past them). Sessions and the audit log write no rows.
 *
 * **When to poll.** Through the change log the feed sees every connection's commits alike (this
 * thread's, a worker's import commit or ledger advance, `npm run seed -- --replace` in another
 * process), so one check covers them all: `poll()` first reads `max(seq)` (one rowid seek, about a
 * microsecond; `PRAGMA data_version` costs the same but misses this connection's own commits) and
 * returns when it has not moved. The server calls it at the start of every API request (so no cache
 * answers from data older than the request), after its own writes (the writer's `afterCommit`), and
 * from `watch(ms)`, a short unref'd timer, so that subscribers with no request to wait for (the
 * alert scheduler) hear of writes by other processes within a second.
 *
 * **Trim.** After a poll that saw new rows, a feed on a writable connection keeps the newest
 * {@link CHANGE_LOG_KEEP} rows and deletes the rest (once 10 % over, so not on every poll).
 *
 * @module
 */
import { createChangeLogStore, type ChangeRow } from '../db/change-log.ts';
import type { Db } from '../db/open-database.ts';

/** Change-log rows kept by the trim (the newest). */
export const CHANGE_LOG_KEEP = 200_000;
/** Rows read per batch by one poll. */
const BATCH = 10_000;

/** What one poll found for one topic: the distinct keys that changed (null for keyless rows) and the newest seq. */
export interface Change {
  topic: string;
  keys: Array<string | null>;
  seq: number;
}

/** A listener of one topic, or of every topic ('*'). */
export type ChangeListener = (change: Change) => void;

/** The feed of one database, polled on the main thread. */
export interface ChangeFeed {
  /** Reads the log rows committed since the last poll and publishes them, grouped by topic, in seq order. */
  poll(): void;
  /** The newest seq seen for `topic` by this feed (0 before any). */
  revision(topic: string): number;
  /** Calls `fn` for each change of `topic` ('*': of every topic); returns the unsubscribe. */
  subscribe(topic: string, fn: ChangeListener): () => void;
  /** Polls every `intervalMs` on an unref'd timer; returns the stop. */
  watch(intervalMs: number): () => void;
}

/** Options of {@link createChangeFeed}. */
export interface ChangeFeedOptions {
  /** Rows kept when trimming; default {@link CHANGE_LOG_KEEP}. 0: never trim (and never write). */
  keep?: number;
}

/**
 * Creates the change feed of `db`, starting after the log's newest row (earlier changes are history).
 *
 * @example
 * const feed = createChangeFeed(db);
 * feed.subscribe('readings', ({ keys }) => console.log('stations with new readings:', keys));
 * db.prepare('INSERT INTO station_readings (station_code, ts, pm25) VALUES (?, ?, ?)')
 *   .run('S01', '2024-01-01T01:00', 35);
 * feed.poll(); // logs ['S01']
 */
export function createChangeFeed(db: Db, options: ChangeFeedOptions = {}): ChangeFeed {
  const keep = options.keep ?? (db.readonly ? 0 : CHANGE_LOG_KEEP);
  const log = createChangeLogStore(db);
  let last = log.maxSeq();
  let trimmedTo = 0;
  const revisions = new Map<string, number>();
  const listeners = new Map<string, Set<ChangeListener>>();

  const publish = (change: Change) => {
    revisions.set(change.topic, change.seq);
    for (const topic of [change.topic, '*']) for (const fn of listeners.get(topic) ?? []) fn(change);
  };

  const publishBatch = (rows: ChangeRow[]) => {
    const byTopic = new Map<string, { keys: Set<string | null>; seq: number }>();
    for (const row of rows) {
      const group = byTopic.get(row.topic) ?? { keys: new Set(), seq: row.seq };
      group.keys.add(row.key);
      group.seq = row.seq;
      byTopic.set(row.topic, group);
    }
    const ordered = [...byTopic].sort(([, a], [, b]) => a.seq - b.seq);
    for (const [topic, group] of ordered) publish({ topic, keys: [...group.keys], seq: group.seq });
  };

  const poll = () => {
    const newest = log.maxSeq();
    if (newest === last) return;
    if (newest < last) {
      // the log was recreated (a restored file): nothing to compare with
      last = newest;
      publish({ topic: 'reset', keys: [null], seq: newest });
      return;
    }
    for (;;) {
      const rows = log.since(last, BATCH);
      if (rows.length === 0) break;
      if ((rows[0] as ChangeRow).seq !== last + 1 && last > 0) {
        // rows between were trimmed before this feed read them
        last = (rows.at(-1) as ChangeRow).seq;
        publish({ topic: 'reset', keys: [null], seq: last });
        continue;
      }
      last = (rows.at(-1) as ChangeRow).seq;
      publishBatch(rows);
      if (rows.length < BATCH) break;
    }
    if (keep > 0 && last - keep - trimmedTo > keep / 10) {
      log.trim(keep);
      trimmedTo = last - keep;
    }
  };

  return {
    poll,
    revision: (topic) => revisions.get(topic) ?? 0,
    subscribe(topic, fn) {
      const set = listeners.get(topic) ?? new Set<ChangeListener>();
      set.add(fn);
      listeners.set(topic, set);
      return () => void set.delete(fn);
    },
    watch(intervalMs) {
      const timer = setInterval(poll, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
