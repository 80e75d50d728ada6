import { Hono } from 'hono';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { areaStatsRequestSchema, townshipStatsQuerySchema } from '../schema/stats.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/**
 * GET /stats/townships (18 township rows and the district) and POST /stats/area (a drawn
 * polygon, multipolygon or circle), computed in the task pool; the index behind both is built
 * (per worker) on the first request.
 */
export function statsRoutes(pool: TaskPool) {
  return new Hono()
    .get('/townships', async (c) =>
      c.json(await pool.run('stats.townships', parseWith(townshipStatsQuerySchema, c.req.query(), 'query parameter'))),
    )
    .post('/area', async (c) => {
      const request = parseWith(areaStatsRequestSchema, await readJsonBody(c), 'body');
      const outcome = await pool.run('stats.area', request);
      return outcome.ok ? c.json(outcome.value, 200) : c.json(outcome.body, outcome.status);
    });
}
