import { Hono } from 'hono';
import type { Db } from '../db/open-database.ts';
import { readPlan } from '../db/plan-repository.ts';
import type { CoreStore } from '../db/store.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { taskPatchSchema, tasksQuerySchema } from '../schema/alerts.ts';
import { ruleTitles } from '../schema/enums/rule-id.ts';
import type { TaskConflict } from '../schema/task-timing.ts';
import type { TasksResponse } from '../schema/tasks.ts';
import { updateTask } from '../services/update-task.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/** The 409 of setting 已完成 against open hits, naming each rule and its count. */
function conflictRefusal(n: number, conflicts: readonly TaskConflict[]): ApiError {
  const total = conflicts.reduce((sum, c) => sum + c.openHits, 0);
  const zh = conflicts.map((c) => `「${ruleTitles[c.rule].zh}」${c.openHits} 项`).join('、');
  const en = conflicts.map((c) => `${c.openHits} × '${c.rule}' (${ruleTitles[c.rule].en})`).join(', ');
  return new ApiError(409, 'conflict', {
    zh:
      `任务 ${n} 不能直接设为已完成：规则仍报告 ${total} 项未办结（${zh}）。` +
      '如确已完成，请填写冲突说明（至少 10 个字）。',
    en:
      `task ${n} cannot be set done: the rules still report ${total} open hit(s) (${en}); ` +
      'give a conflictNote (at least 10 characters) to close it regardless',
  });
}

/**
 * GET /tasks: the 17 tasks with status, progress note, lateness (逾期 when a firm deadline passed and the task is not
 * done, 未按期（力争） when only a 力争 one did), the conflicts of a 已完成 task with its deadline rules' open hits,
 * and the alerts citing each at `at`, with the history of updates;
 * PATCH /tasks/:n (`?asOf=` optional, default the dataset's present): set status and/or progress note, recorded with
 * who (the signed-in user) and when in the task's history and the audit log. Setting 已完成 while the task's deadline
 * rules report open hits at that moment is refused (409) unless the body carries a `conflictNote`, kept with it.
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
        const query = parseWith(tasksQuerySchema, c.req.query(), 'query parameter');
        const body = parseWith(taskPatchSchema, await readJsonBody(c), 'body');
        const conflicts =
          body.status === 'done' ? await pool.run('tasks.conflicts', { task: n, asOf: query.asOf }) : [];
        if (conflicts.length && !body.conflictNote) throw conflictRefusal(n, conflicts);
        await updateTask(store, user, n, body, new Date(now()).toISOString(), conflicts);
        return c.json(readPlan(db).tasks.find((t) => t.number === n));
      })
  );
}
