import { isApiError, type ApiError } from '../http/api-error.ts';
import type { ErrorCode } from '../schema/common.ts';
import type { Localized } from '../schema/localized.ts';
import { taskHandler } from './heavy-tasks.ts';
import type { TaskContext } from './task-context.ts';
import { startArmedCrash } from './test-tasks.ts';

/** A task as posted to a worker (or run inline): its name and its structured-cloneable input. */
export interface TaskRequest {
  name: string;
  input: unknown;
}

/**
 * A task's outcome as it crosses the thread boundary: the value; an ApiError flattened to its
 * status, code and message (structured cloning keeps only an Error's message); or a bug, with
 * the error's message and stack for the log.
 */
export type TaskReply =
  | { ok: true; value: unknown }
  | { ok: false; kind: 'api'; status: ApiError['status']; code: ErrorCode; message: string; text: Localized }
  | { ok: false; kind: 'bug'; message: string; stack: string | null };

/**
 * Runs one task against `ctx` and never throws: whatever the handler throws comes back as a
 * reply. An unknown name is a bug.
 *
 * @example
 * await runTask(ctx, { name: 'stats.townships', input: {} }, false); // { ok: true, value: {...} }
 */
export async function runTask(ctx: TaskContext, request: TaskRequest, withTestTasks: boolean): Promise<TaskReply> {
  try {
    const armedCrash = withTestTasks ? startArmedCrash() : null;
    if (armedCrash) return await armedCrash;
    const handler = taskHandler(request.name, withTestTasks);
    if (!handler) throw new Error(`no task named '${request.name}'`);
    return { ok: true, value: await handler(ctx, request.input as never) };
  } catch (error) {
    if (isApiError(error))
      return {
        ok: false,
        kind: 'api',
        status: error.status,
        code: error.code,
        message: error.message,
        text: error.text,
      };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, kind: 'bug', message, stack: error instanceof Error ? (error.stack ?? null) : null };
  }
}
