import { apiFetch } from './session.ts';

/** Outcome of a request: the parsed body, or what went wrong in words a user can read. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * GETs JSON from the API. Network failures and error responses (`{"error":{"code","message"}}`)
 * become `{ ok: false }` with a message; aborts are reported as such.
 */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<Result<T>> {
  try {
    const res = await apiFetch(path, { signal });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const message = (body as { error?: { message?: string } } | null)?.error?.message ?? res.statusText;
      return { ok: false, error: `${path}: ${res.status} ${message}` };
    }
    return { ok: true, value: body as T };
  } catch (error) {
    return { ok: false, error: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
