import { apiFailure, type ApiFailure, type ApiResult } from './api-result.ts';
import { apiFetch } from './session.ts';

/** The methods that send a JSON body. */
export type WriteMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The failure of a response with an error status (its body may not be JSON: a proxy's page). */
async function failureOf(res: Response): Promise<ApiFailure> {
  const text = await res.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return apiFailure(res.status, res.statusText, body);
}

/**
 * Sends `body` as JSON with `method` to the API (with the session's CSRF token, see apiFetch)
 * and reads the JSON answer. Never throws: an error status becomes the server's code and
 * message, a network failure `network_error`, an abort `aborted` (status 0 for both).
 *
 * @example
 * const result = await sendJson<Alert>('POST', `/api/alerts/${id}/assign`, { assignee: '张三' });
 * if (!result.ok) showError(result.error.message);
 */
export async function sendJson<T>(
  method: WriteMethod,
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<ApiResult<T>> {
  const headers = { 'content-type': 'application/json' };
  try {
    const res = await apiFetch(path, { method, headers, body: JSON.stringify(body), signal });
    if (!res.ok) return { ok: false, error: await failureOf(res) };
    const value = (await res.json().catch(() => undefined)) as T | undefined;
    if (value === undefined) {
      const message = `${path}: the answer is not JSON`;
      return { ok: false, error: { code: 'bad_response', message, status: res.status } };
    }
    return { ok: true, value };
  } catch (error) {
    if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
      return { ok: false, error: { code: 'aborted', message: `${path}: aborted`, status: 0 } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'network_error', message: `${path}: ${message}`, status: 0 } };
  }
}
