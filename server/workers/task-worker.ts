/**
 * The worker thread's entry (loaded through task-worker.mjs): runs the tasks posted by the pool
 * against this thread's own context, opened on the first task: a read-only connection to the
 * database file named in `workerData`, its own statistics index and road router.
 *
 * @module
 */
import { workerData } from 'node:worker_threads';
import { createWorkerContext, type TaskContext } from './task-context.ts';
import { runTask, type TaskReply, type TaskRequest } from './run-task.ts';

/** What the pool hands every worker it starts. */
export interface WorkerSetup {
  /** Absolute path of the SQLite file. */
  dbFile: string;
  /** Whether the test tasks may run. */
  testTasks: boolean;
}

function isWorkerSetup(value: unknown): value is WorkerSetup {
  const v = value as Partial<WorkerSetup> | null;
  return typeof v === 'object' && v !== null && typeof v.dbFile === 'string' && typeof v.testTasks === 'boolean';
}

if (!isWorkerSetup(workerData)) throw new Error('task-worker: workerData must be { dbFile, testTasks }');
const setup: WorkerSetup = workerData;
let context: TaskContext | null = null;

/** Runs one posted task; piscina calls this for every task. */
export default function runWorkerTask(request: TaskRequest): Promise<TaskReply> {
  context ??= createWorkerContext(setup.dbFile);
  return runTask(context, request, setup.testTasks);
}
