import { Hono } from 'hono';
import { aqi } from '../aq/aqi.ts';
import { isUnsupported } from '../aq/standards-edition.ts';
import { toAqiReportDto } from '../services/aq/aq-dto.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import {
  aqDailyQuerySchema,
  aqEvaluationQuerySchema,
  aqiQuerySchema,
  aqiRequestSchema,
  type AqiResponse,
} from '../schema/aq.ts';
import { unsupportedError } from '../workers/aq-tasks.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/**
 * POST /aqi (AQI of given concentrations), GET /daily (daily values and AQI of a station or the
 * district), GET /evaluation (annual or year-to-date evaluation). Mounted at /api/aq. The daily
 * values and evaluations read a year of hourly readings: they run in the task pool.
 */
export function aqRoutes(pool: TaskPool) {
  return new Hono()
    .post('/aqi', async (c) => {
      const { edition } = parseWith(aqiQuerySchema, c.req.query(), 'query parameter');
      const { mode, concentrations } = parseWith(aqiRequestSchema, await readJsonBody(c), 'body field');
      const result = aqi(concentrations, mode, { edition });
      if (isUnsupported(result)) throw unsupportedError(result);
      const body: AqiResponse = { mode, edition, ...toAqiReportDto(result) };
      return c.json(body);
    })
    .get('/daily', async (c) =>
      c.json(await pool.run('aq.daily', parseWith(aqDailyQuerySchema, c.req.query(), 'query parameter'))),
    )
    .get('/evaluation', async (c) =>
      c.json(await pool.run('aq.evaluation', parseWith(aqEvaluationQuerySchema, c.req.query(), 'query parameter'))),
    );
}
