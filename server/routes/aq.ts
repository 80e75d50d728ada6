import { Hono } from 'hono';
import { aqi } from '../aq/aqi.ts';
import { isUnsupported, type Unsupported } from '../aq/standards-edition.ts';
import { readDailyReport } from '../db/aq/daily-report.ts';
import { toAqiReportDto } from '../db/aq/dto.ts';
import { readEvaluation } from '../db/aq/evaluation-report.ts';
import type { AqOutcome } from '../db/aq/subject-days.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { parseWith } from '../http/parse-with.ts';
import {
  aqDailyQuerySchema,
  aqEvaluationQuerySchema,
  aqiQuerySchema,
  aqiRequestSchema,
  type AqDailyResponse,
  type AqEvaluationResponse,
  type AqiResponse,
} from '../schema/aq.ts';

/** 422: the request is well-formed, but the chosen edition needs figures that are not confirmed. */
function unsupportedError(unsupported: Unsupported): ApiError {
  return new ApiError(
    422,
    'invalid_request',
    `edition: ${unsupported.what} is not supported (${unsupported.reason}); use edition=2012`,
  );
}

/** The value of an outcome, or the ApiError its failure answers with (404 / 422). */
function valueOf<T>(outcome: AqOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  const { error } = outcome;
  if (error.code === 'unsupported') throw unsupportedError(error.unsupported);
  throw new ApiError(404, 'not_found', `station: no station has code '${error.station}'`);
}

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ApiError(400, 'invalid_request', 'body: must be a JSON object {"mode":"hourly"|"daily","concentrations":{…}}');
  }
}

/**
 * POST /aqi (AQI of given concentrations), GET /daily (daily values and AQI of a station or the
 * district), GET /evaluation (annual or year-to-date evaluation). Mounted at /api/aq.
 */
export function aqRoutes(db: Db) {
  return new Hono()
    .post('/aqi', async (c) => {
      const { edition } = parseWith(aqiQuerySchema, c.req.query(), 'query parameter');
      const { mode, concentrations } = parseWith(aqiRequestSchema, await jsonBody(c.req.raw), 'body field');
      const result = aqi(concentrations, mode, { edition });
      if (isUnsupported(result)) throw unsupportedError(result);
      const body: AqiResponse = { mode, edition, ...toAqiReportDto(result) };
      return c.json(body);
    })
    .get('/daily', (c) => {
      const query = parseWith(aqDailyQuerySchema, c.req.query(), 'query parameter');
      const body: AqDailyResponse = valueOf(readDailyReport(db, query));
      return c.json(body);
    })
    .get('/evaluation', (c) => {
      const query = parseWith(aqEvaluationQuerySchema, c.req.query(), 'query parameter');
      const body: AqEvaluationResponse = valueOf(readEvaluation(db, query));
      return c.json(body);
    });
}
