import { Hono } from 'hono';
import { parseWith } from '../http/parse-with.ts';
import type { ControlsResponse } from '../schema/controls.ts';
import { controlsQuerySchema } from '../schema/rules.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/**
 * GET /controls: which seasonal and alert controls are in force at `at`, and on whom (evaluated in the task pool:
 * `readControls`).
 */
export function controlRoutes(pool: TaskPool) {
  return new Hono().get('/', async (c) => {
    const body: ControlsResponse = await pool.run(
      'rules.controls',
      parseWith(controlsQuerySchema, c.req.query(), 'query parameter'),
    );
    return c.json(body);
  });
}
