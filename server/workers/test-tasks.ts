import { isMainThread, threadId } from 'node:worker_threads';
import { ApiError } from '../http/api-error.ts';

/** How an armed worker dies. */
type Crash = 'exit' | 'throwOutside';

/** The crash this thread stages at the start of its next task, if armed. */
let armed: Crash | null = null;

/**
 * Ends this worker now: `process.exit` (in a worker it ends only the thread), or an exception
 * thrown from a timer, outside any handler.
 */
function crash(how: Crash): Promise<never> {
  if (how === 'exit') process.exit(3);
  return new Promise<never>(() => {
    setTimeout(() => {
      throw new Error('thrown outside the handler');
    }, 0);
  });
}

/**
 * Tasks for the worker pool's own tests, available only in a pool created with `testTasks: true`:
 * which thread runs a task, a worker that exits or throws outside any handler (a crash), a
 * handler that throws an ApiError or a plain Error.
 */
export const testTasks = {
  /** The thread id of the thread running the task (0 on the main thread). */
  'test.threadId': (): number => threadId,
  /**
   * Arms this worker to crash at the start of its next task, whatever it is (to fail a real
   * request); returns the thread id.
   */
  'test.armCrash': (how: Crash): number => {
    if (isMainThread)
      throw new Error('test.armCrash runs only in a worker: on the main thread it would end the process');
    armed = how;
    return threadId;
  },
  /** Throws an ApiError with the given status and message. */
  'test.apiError': (input: { status: 404 | 409; message: string }): never => {
    throw new ApiError(input.status, input.status === 409 ? 'conflict' : 'not_found', input.message);
  },
  /** Throws a plain Error: a bug, answered 500 internal_error. */
  'test.bug': (): never => {
    throw new TypeError('a bug in a handler');
  },
};

/** The crash armed by `test.armCrash`, started now (and disarmed), or null when none is armed. */
export function startArmedCrash(): Promise<never> | null {
  if (!armed) return null;
  const how = armed;
  armed = null;
  return crash(how);
}
