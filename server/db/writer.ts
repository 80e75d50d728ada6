import type { Db } from './open-database.ts';

/** What `afterCommit` learns about the transaction that just committed. */
export interface CommittedBatch {
  /** Jobs that committed in it (failed jobs, rolled back to their savepoint, are not counted). */
  jobs: number;
}

/** Options of {@link createWriter}. */
export interface WriterOptions {
  /**
   * Runs after each commit, once per transaction (the change feed polls here). It may throw: the
   * error is logged, the batch's writes stay committed and their promises resolved.
   */
  afterCommit?: (batch: CommittedBatch) => void;
  /** Most jobs in one transaction; the rest wait for the next one. Default 64. */
  maxBatch?: number;
}

/** The single writer of the main thread's connection (see {@link createWriter}). */
export interface Writer {
  /**
   * Queues `work` and resolves with what it returns once its transaction has committed, or
   * rejects with what it threw (its writes rolled back, the batch's other jobs unaffected).
   * `work` is synchronous: it runs inside the transaction and must not await.
   */
  write<T>(work: (tx: Db) => T): Promise<T>;
  /**
   * Runs an asynchronous unit of work alone in its own transaction. It may await only what
   * settles without I/O (the SQLite store's own calls, which run synchronously): when it has not
   * settled by the next macrotask it is rolled back and rejected, so no I/O-driven request runs
   * while it is open. Other requests' microtasks may still interleave: their reads see the unit's
   * uncommitted rows, and a synchronous write that bypasses the writer would join the unit; that
   * is why every main-thread write goes through the writer. `isOpen()` tells the unit's helpers
   * whether it is still live.
   */
  unit<T>(work: (tx: Db, isOpen: () => boolean) => Promise<T>): Promise<T>;
  /** Resolves once every job queued so far has settled. */
  drained(): Promise<void>;
}

interface Job {
  kind: 'write' | 'unit';
  work: (tx: Db, isOpen: () => boolean) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** The next macrotask: every microtask queued before it (all awaits on settled promises) has run by then. */
const nextMacrotask = () => new Promise<'timeout'>((resolve) => setImmediate(() => resolve('timeout')));

/**
 * The one writer of a connection: every main-thread write goes through it, so no request's
 * statements interleave with another's transaction and an async caller can await a write.
 *
 * Jobs queue in order. The jobs queued during one tick run together in one `BEGIN IMMEDIATE …
 * COMMIT` (at most `maxBatch`), each inside its own SAVEPOINT: a job that throws is rolled back
 * to it and rejects alone, the others commit. `afterCommit` runs after each commit. A unit of
 * work (`unit`) runs alone in its own transaction. Existing repository functions that open
 * `db.transaction()` work inside a job (better-sqlite3 nests them as savepoints).
 *
 * Not through the writer: import commits and the alert ledger's advance run in worker threads on
 * their own read-write connections (`server/workers/`). SQLite serialises those with this
 * writer's transactions (WAL, one writer at a time; `busy_timeout` 5 s makes either side wait).
 *
 * @example
 * const writer = createWriter(db, { afterCommit: () => feed.poll() });
 * const user = await writer.write((tx) => insertUser(tx, newUser, at));
 */
export function createWriter(db: Db, options: WriterOptions = {}): Writer {
  const maxBatch = options.maxBatch ?? 64;
  const queue: Job[] = [];
  let scheduled = false;
  let running = false;
  let idleWaiters: (() => void)[] = [];

  const committed = (jobs: number) => {
    try {
      options.afterCommit?.({ jobs });
    } catch (error) {
      console.error('writer: afterCommit failed (the writes are committed):', error);
    }
  };

  const runBatch = (batch: Job[]) => {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    for (const job of batch) {
      try {
        db.exec('SAVEPOINT writer_job');
        const value = job.work(db, () => false);
        if (isThenable(value)) {
          throw new Error('writer.write: the work returned a promise; use writer.unit for async work');
        }
        db.exec('RELEASE writer_job');
        outcomes.push({ ok: true, value });
      } catch (error) {
        if (!db.inTransaction) {
          // SQLite rolled the whole transaction back itself (disk full, I/O error): nothing of the batch landed
          for (const failed of batch) failed.reject(error);
          return;
        }
        db.exec('ROLLBACK TO writer_job');
        db.exec('RELEASE writer_job');
        outcomes.push({ ok: false, error });
      }
    }
    try {
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.error);
    });
    const landed = outcomes.filter((o) => o.ok).length;
    if (landed > 0) committed(landed);
  };

  const runUnit = async (job: Job) => {
    let open = true;
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      job.reject(error);
      return;
    }
    try {
      const settled = Promise.resolve(job.work(db, () => open));
      const first = await Promise.race([settled, nextMacrotask()]);
      if (first === 'timeout') {
        settled.catch(() => undefined);
        throw new Error('writer.unit: the unit of work awaited I/O; it may await only the store');
      }
      open = false;
      db.exec('COMMIT');
      job.resolve(first);
      committed(1);
    } catch (error) {
      open = false;
      if (db.inTransaction) db.exec('ROLLBACK');
      job.reject(error);
    }
  };

  const flush = async () => {
    scheduled = false;
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) {
        const head = queue[0];
        if (head?.kind === 'unit') {
          queue.shift();
          await runUnit(head);
          continue;
        }
        const end = queue.findIndex((job, i) => job.kind === 'unit' || i >= maxBatch);
        runBatch(queue.splice(0, end === -1 ? queue.length : end));
      }
    } finally {
      running = false;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const enqueue = <T>(kind: Job['kind'], work: Job['work']) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ kind, work, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled && !running) {
        scheduled = true;
        // the jobs queued during this tick join one transaction
        setImmediate(() => void flush());
      }
    });

  return {
    write: <T>(work: (tx: Db) => T) => enqueue<T>('write', (tx) => work(tx)),
    unit: <T>(work: (tx: Db, isOpen: () => boolean) => Promise<T>) => enqueue<T>('unit', work),
    drained: () =>
      queue.length === 0 && !running && !scheduled ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r)),
  };
}
