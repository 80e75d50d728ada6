import type { ErrorCode } from '../../server/schema/common.ts';

/**
 * Why an API call failed: the server's error code and message (`{"error":{"code","message"}}`)
 * with the HTTP status; or, with status 0, `network_error` (no answer) or `aborted` (the
 * caller's signal); `bad_response` for an error status whose body is not the API's JSON.
 */
export interface ApiFailure {
  code: ErrorCode | 'network_error' | 'aborted' | 'bad_response';
  message: string;
  status: number;
}

/**
 * Outcome of an API call: the parsed body, or what went wrong.
 *
 * @example
 * const result: ApiResult<TasksResponse> = await sendJson('PATCH', '/api/tasks/3', { status: 'done' });
 * if (!result.ok) line.textContent = result.error.message;
 */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

/** The API's error body `{"error":{"code","message"}}`, if `body` is one. */
function errorOf(body: unknown): { code: ErrorCode; message: string } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const { error } = body;
  if (typeof error !== 'object' || error === null || !('code' in error) || !('message' in error)) return null;
  const { code, message } = error;
  // the server answers only its own codes (errorCodeSchema); the client cannot load that zod schema
  return typeof code === 'string' && typeof message === 'string' ? { code: code as ErrorCode, message } : null;
}

/**
 * The failure an error response stands for: the server's code and message when `body` is its
 * error JSON, else `bad_response` with the status.
 *
 * @example
 * apiFailure(409, 'Conflict', { error: { code: 'conflict', message: 'taken' } });
 * // { code: 'conflict', message: 'taken', status: 409 }
 * apiFailure(502, 'Bad Gateway', null); // { code: 'bad_response', message: '502 Bad Gateway', status: 502 }
 */
export function apiFailure(status: number, statusText: string, body: unknown): ApiFailure {
  const error = errorOf(body);
  if (error) return { ...error, status };
  return { code: 'bad_response', message: `${status} ${statusText}`.trim(), status };
}
