/**
 * The pool of worker threads that runs the server's heavy work (statistics, route planning,
 * import checks and commits, the monthly report, AQ evaluations, statistics exports) off the
 * request loop, so /api/health and the layers keep answering in milliseconds meanwhile.
 *
 * @module
 */
import { resolve } from 'node:path';
import { Piscina } from 'piscina';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import type { TaskInput, TaskName, TaskOutput } from './heavy-tasks.ts';
import { runTask, type TaskReply } from './run-task.ts';
import { createInlineContext } from './task-context.ts';
import type { WorkerSetup } from './task-worker.ts';

/** How to create a task pool. */
export interface TaskPoolOptions {
  /** The server's connection: its file is what workers open; inline tasks run on it. */
  db: Db;
  /**
   * Worker threads, started one by one as heavy requests arrive (none before the first); 0 runs
   * every task inline on the main thread. A ':memory:' database always runs inline (workers
   * cannot open it).
   */
  workers: number;
  /** Allow the test tasks (test-tasks.ts); for the pool's own tests only. */
  testTasks?: boolean;
}

/** Runs named heavy tasks in worker threads (or inline) and answers as the routes need. */
export interface TaskPool {
  /** Worker threads the pool may run (0: inline on the main thread). */
  readonly workers: number;
  /** Worker threads alive now: none before the first task, nor inline. */
  threads(): number;
  /**
   * Runs task `name` on `input` and resolves to its value. Rejects with the task's ApiError
   * (status, code and message kept across the thread boundary); with a 500 `internal_error` for
   * a bug in the task (logged); with a 500 `worker_failed` when the worker died running it (the
   * pool starts a new one for the next task). `transfer` moves buffers to the worker instead of
   * copying them.
   */
  run<N extends TaskName>(name: N, input: TaskInput<N>, options?: { transfer?: ArrayBuffer[] }): Promise<TaskOutput<N>>;
  /** Ends the worker threads (tasks still running are answered `worker_failed`); idempotent. */
  close(): Promise<void>;
}

/** The value of a reply, or the ApiError it stands for. */
function unwrap(name: string, reply: TaskReply): unknown {
  if (reply.ok) return reply.value;
  if (reply.kind === 'api') throw new ApiError(reply.status, reply.code, reply.text);
  console.error(`task ${name} failed:`, reply.stack ?? reply.message);
  throw new ApiError(500, 'internal_error', 'internal server error');
}

/**
 * Creates the task pool of `db`. Nothing starts until the first task; idle workers do not keep
 * the process alive; a worker that dies is replaced by a new one on the next task. Each worker
 * opens its own read-only connection to the same SQLite file (WAL) and builds its own
 * statistics index and road router on first use.
 *
 * @example
 * const pool = createTaskPool({ db, workers: 2 });
 * const table = await pool.run('stats.townships', {});
 * await pool.close();
 */
export function createTaskPool({ db, workers, testTasks = false }: TaskPoolOptions): TaskPool {
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`workers must be a whole number ≥ 0, got ${workers}`);
  const inline = workers === 0 || db.memory;
  let closed = false;

  if (inline) {
    const context = createInlineContext(db);
    return {
      workers: 0,
      threads: () => 0,
      async run(name, input) {
        if (closed) throw new ApiError(500, 'worker_failed', `cannot run ${name}: the task pool is closed`);
        return unwrap(name, await runTask(context, { name, input }, testTasks)) as TaskOutput<typeof name>;
      },
      async close() {
        closed = true;
      },
    };
  }

  const setup: WorkerSetup = { dbFile: resolve(db.name), testTasks };
  let piscina: Piscina | null = null;
  const start = (): Piscina => {
    if (piscina) return piscina;
    piscina = new Piscina({
      filename: new URL('./task-worker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: workers,
      // keep a started worker (and the index it built) for the pool's lifetime
      idleTimeout: Infinity,
      workerData: setup,
    });
    // a worker that fails with no task running has nobody to answer: log it (it is replaced on demand)
    piscina.on('error', (error: unknown) => console.error('task pool: a worker failed:', error));
    return piscina;
  };

  return {
    workers,
    threads: () => piscina?.threads.length ?? 0,
    async run(name, input, options = {}) {
      if (closed) throw new ApiError(500, 'worker_failed', `cannot run ${name}: the task pool is closed`);
      let reply: TaskReply;
      try {
        reply = (await start().run({ name, input }, { transferList: options.transfer })) as TaskReply;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        console.error(`task ${name}: the worker running it failed:`, error);
        throw new ApiError(
          500,
          'worker_failed',
          `the worker running ${name} failed (${reason}); nothing was answered, try again`,
        );
      }
      return unwrap(name, reply) as TaskOutput<typeof name>;
    },
    async close() {
      closed = true;
      const running = piscina;
      piscina = null;
      await running?.destroy();
    },
  };
}
