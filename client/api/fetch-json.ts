import { apiFailure, type ApiResult } from './api-result.ts';
import { apiFetch } from './session.ts';

/**
 * GETs JSON from the API. Never throws: an error response (`{"error":{"code","message"}}`)
 * becomes its code, status and a message naming the path and status; a network failure
 * `network_error`, an abort `aborted` (status 0 for both).
 *
 * @example
 * const result = await fetchJson<TasksResponse>('/api/tasks', signal);
 * panel.textContent = result.ok ? `${result.value.tasks.length} tasks` : result.error.message;
 */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<ApiResult<T>> {
  try {
    const res = await apiFetch(path, { signal });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const failure = apiFailure(res.status, res.statusText, body);
      const message = failure.code === 'bad_response' ? failure.message : `${res.status} ${failure.message}`;
      return { ok: false, error: { ...failure, message: `${path}: ${message}` } };
    }
    return { ok: true, value: body as T };
  } catch (error) {
    const message = `${path}: ${error instanceof Error ? error.message : String(error)}`;
    const aborted = signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
    return { ok: false, error: { code: aborted ? 'aborted' : 'network_error', message, status: 0 } };
  }
}
