import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../schema/common.ts';
import type { Localized } from '../schema/localized.ts';
import { ApiError } from './api-error.ts';

/**
 * Every problem code a `Result` may carry out of a route, with the HTTP status and API error code it is answered
 * with: the one table between expected failures (`server/result.ts`) and HTTP. A new problem code is added here
 * before a route may answer it.
 */
export const problemHttp = {
  /** The request is well-formed but a value in it is not usable. */
  invalid: { status: 400, code: 'invalid_request' },
  /** A write from an origin that is not allowed (or cannot be told). */
  'cross-origin': { status: 403, code: 'csrf_failed' },
  'not-found': { status: 404, code: 'not_found' },
  /** There is nothing to answer for what was asked (a report month without data). */
  'no-data': { status: 404, code: 'not_found' },
  'station-not-found': { status: 404, code: 'not_found' },
  /** The step is not allowed from the record's current state. */
  conflict: { status: 409, code: 'conflict' },
  'too-large': { status: 413, code: 'payload_too_large' },
  'unsupported-file-type': { status: 415, code: 'invalid_request' },
  /** Understood, but asks for something not supported (an unconfirmed standards edition). */
  unsupported: { status: 422, code: 'invalid_request' },
} as const satisfies Record<string, { status: ContentfulStatusCode; code: ErrorCode }>;

/** A problem code that routes answer over HTTP (a key of {@link problemHttp}). */
export type HttpProblemCode = keyof typeof problemHttp;

/**
 * The HTTP status a problem code is answered with.
 *
 * @example
 * statusOf('conflict'); // 409
 */
export function statusOf(code: HttpProblemCode): ContentfulStatusCode {
  return problemHttp[code].status;
}

/**
 * The ApiError (status, API error code, message) that answers a problem; throw it from a handler. The problem's
 * `text` (both languages) is the answer's text; without one, the Chinese is the code's meaning.
 *
 * @example
 * const outcome = actOnAlert(db, id, 'verify', input);
 * if (!outcome.ok) throw problemError(outcome.error); // 404 not_found or 409 conflict
 */
export function problemError(problem: {
  readonly code: HttpProblemCode;
  readonly message: string;
  readonly text?: Localized | undefined;
}): ApiError {
  const { status, code } = problemHttp[problem.code];
  return new ApiError(status, code, problem.text ? { zh: problem.text.zh, en: problem.message } : problem.message);
}
