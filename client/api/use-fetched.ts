import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../state/app-state.ts';
import { failureText } from './failure-text.ts';
import { fetchJson } from './fetch-json.ts';

/**
 * GETs `path` whenever it (or a reload) changes, cancelling the request it replaces; nothing while `path` is null.
 * The last value stays shown while the next one loads.
 *
 * @example
 * const schedule = useFetched<ScheduleResponse>(`/api/roads/schedule${at}`, lang);
 * schedule.error ?? schedule.value?.segments.length;
 */
export function useFetched<T>(path: string | null, lang: Language) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setError(null);
    void fetchJson<T>(path, controller.signal).then((r) => {
      if (controller.signal.aborted) return;
      if (r.ok) setValue(r.value);
      else setError(failureText(lang, r.error));
    });
    return () => controller.abort();
  }, [path, attempt]);
  return { value, error, reload: () => setAttempt((n) => n + 1) };
}
