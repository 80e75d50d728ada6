import type { Unsupported } from '../aq/standards-edition.ts';
import { readDailyReport } from '../services/aq/read-daily-report.ts';
import { readEvaluation } from '../services/aq/read-evaluation.ts';
import type { AqOutcome } from '../services/aq/read-subject-days.ts';
import type { Db } from '../db/open-database.ts';
import type { ApiError } from '../http/api-error.ts';
import { problemError } from '../http/status-of.ts';
import type { AqDailyQuery, AqDailyResponse, AqEvaluationQuery, AqEvaluationResponse } from '../schema/aq.ts';

/** 422: the request is well-formed, but the chosen edition needs figures that are not confirmed. */
export function unsupportedError(unsupported: Unsupported): ApiError {
  return problemError({
    code: 'unsupported',
    message: `edition: ${unsupported.what} is not supported (${unsupported.reason}); use edition=2012`,
  });
}

/** The value of an outcome, or the ApiError its failure answers with (404 unknown station, 422 unsupported edition). */
function outcomeValue<T>(outcome: AqOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  const { error } = outcome;
  if (error.code === 'unsupported') throw unsupportedError(error.unsupported);
  throw problemError({ code: 'station-not-found', message: `station: no station has code '${error.station}'` });
}

/**
 * Daily values and AQI of a station or the district over a date range (GET /api/aq/daily).
 *
 * @example
 * const query = { subject: { scope: 'district' }, from: '2023-03-01', to: '2023-03-31', edition: '2012' } as const;
 * readAqDaily(db, query).days.length; // 31
 */
export function readAqDaily(db: Db, query: AqDailyQuery): AqDailyResponse {
  return outcomeValue(readDailyReport(db, query));
}

/**
 * Annual or year-to-date evaluation (HJ 663) of a station or the district (GET /api/aq/evaluation).
 *
 * @example
 * readAqEvaluation(db, { subject: { scope: 'district' }, year: 2023, edition: '2012' });
 */
export function readAqEvaluation(db: Db, query: AqEvaluationQuery): AqEvaluationResponse {
  return outcomeValue(readEvaluation(db, query));
}
