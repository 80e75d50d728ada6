import { Hono } from 'hono';
import type { StatsRepository } from '../db/stats-repository.ts';
import { ApiError } from '../http/api-error.ts';
import { parseWith } from '../http/parse-with.ts';
import { areaStatsRequestSchema, townshipStatsQuerySchema } from '../schema/stats.ts';

/** Parses a request body as JSON; malformed JSON is a 400 that quotes the parser. */
async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') throw new ApiError(400, 'invalid_request', 'body: expected a JSON object, got an empty body');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError(400, 'invalid_request', `body: malformed JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * GET /stats/townships (18 township rows and the district) and POST /stats/area (a drawn
 * polygon, multipolygon or circle). The index behind both is built on the first request.
 */
export function statsRoutes(stats: StatsRepository) {
  return new Hono()
    .get('/townships', (c) => c.json(stats.townshipTable(parseWith(townshipStatsQuerySchema, c.req.query(), 'query parameter'))))
    .post('/area', async (c) => {
      const request = parseWith(areaStatsRequestSchema, await readJsonBody(c.req.raw), 'body');
      const outcome = stats.areaStatistics(request);
      return outcome.ok ? c.json(outcome.value, 200) : c.json(outcome.body, outcome.status);
    });
}
