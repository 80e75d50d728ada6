import { Hono } from 'hono';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { routePlanRequestSchema } from '../schema/routes.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/**
 * POST /routes/plan: a day of inspections for a team, on the roads, within the shift, solved in
 * the task pool (see planInspectionRoutes); an inspector plans only in their townships.
 */
export function routePlanRoutes(pool: TaskPool) {
  return new Hono<AuthEnv>().post('/plan', async (c) => {
    const user = currentUser(c);
    const request = parseWith(routePlanRequestSchema, await readJsonBody(c), 'body');
    return c.json(await pool.run('routes.plan', { request, user }));
  });
}
