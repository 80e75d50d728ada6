import type { ErrorCode } from '../../server/schema/common.ts';
import type { Localized } from '../../server/schema/localized.ts';

/**
 * Why an API call failed: the server's error code and message (`{"error":{"code","message"}}`)
 * with the HTTP status; or, with status 0, `network_error` (no answer) or `aborted` (the
 * caller's signal); `bad_response` for an error status whose body is not the API's JSON.
 */
export interface ApiFailure {
  code: ErrorCode | 'network_error' | 'aborted' | 'bad_response';
  /** The server's message (English, for logs and API users). */
  message: string;
  /** The server's message in both languages (`error.text`), when it sent one; see failureText. */
  text?: Localized;
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
function errorOf(body: unknown): { code: ErrorCode; message: string; text?: Localized } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const { error } = body;
  if (typeof error !== 'object' || error === null || !('code' in error) || !('message' in error)) return null;
  const { code, message } = error;
  const text = 'text' in error ? localizedOf(error.text) : undefined;
  // the server answers only its own codes (errorCodeSchema); the client cannot load that zod schema
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  return text ? { code: code as ErrorCode, message, text } : { code: code as ErrorCode, message };
}

function localizedOf(value: unknown): Localized | undefined {
  if (typeof value !== 'object' || value === null || !('zh' in value) || !('en' in value)) return undefined;
  return typeof value.zh === 'string' && typeof value.en === 'string' ? { zh: value.zh, en: value.en } : undefined;
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
