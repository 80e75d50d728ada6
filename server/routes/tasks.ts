import { Hono } from 'hono';
import type { Db } from '../db/open-database.ts';
import { readPlan } from '../db/plan-repository.ts';
import type { CoreStore } from '../db/store.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { taskPatchSchema, tasksQuerySchema } from '../schema/alerts.ts';
import type { TasksResponse } from '../schema/tasks.ts';
import { updateTask } from '../services/update-task.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/**
 * GET /tasks: the 17 tasks with status, progress note, overdue flag (a deadline passed and the
 * task not done) and the alerts citing each at `at`, with the history of updates;
 * PATCH /tasks/:n: set status and/or progress note, recorded with who (the signed-in user) and
 * when in the task's history and the audit log.
 */
export function taskRoutes(db: Db, store: CoreStore, pool: TaskPool, now: () => number) {
  return (
    new Hono<AuthEnv>()
      // read-only, as GET /alerts, in the task pool (readTasksAt)
      .get('/', async (c) => {
        const body: TasksResponse = await pool.run(
          'tasks.at',
          parseWith(tasksQuerySchema, c.req.query(), 'query parameter'),
        );
        return c.json(body);
      })
      .patch('/:n', async (c) => {
        const n = parseIdParam(c.req.param('n'), 'task number');
        if (n > 17)
          throw new ApiError(404, 'not_found', {
            zh: `没有第 ${n} 项任务，任务编号为 1–17`,
            en: `no task ${c.req.param('n')}; tasks are 1–17`,
          });
        const user = currentUser(c);
        const body = parseWith(taskPatchSchema, await readJsonBody(c), 'body');
        await updateTask(store, user, n, body, new Date(now()).toISOString());
        return c.json(readPlan(db).tasks.find((t) => t.number === n));
      })
  );
}
