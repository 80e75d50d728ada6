import { departmentsMessages } from '../../i18n/departments.ts';
import type { Language } from '../../state/app-state.ts';

/**
 * What a section shows while its data are not there: 正在加载…, or what failed with a 重试 button; null once loaded.
 *
 * @example
 * const waiting = loadState(lang, list.value, list.error, list.reload);
 * if (waiting) return waiting;
 */
export function loadState(lang: Language, value: unknown, error: string | null, retry: () => void) {
  const m = departmentsMessages(lang);
  if (error)
    return (
      <div data-load-error="">
        <p class="error" role="alert">
          {m.loadFailed(error)}
        </p>
        <button type="button" data-retry="" onClick={retry}>
          {m.retry}
        </button>
      </div>
    );
  if (value === null) return <p class="loading">{m.loading}</p>;
  return null;
}

/** 「演示数据（合成）」 after a synthetic record; nothing for official or approximate ones. */
export function SyntheticMark({ lang, provenance }: { lang: Language; provenance: string }) {
  if (provenance !== 'synthetic') return null;
  return (
    <span class="synthetic-mark" data-synthetic="">
      {departmentsMessages(lang).synthetic}
    </span>
  );
}

/** A number of 万元 as written: up to two decimals, no trailing zeros. */
export function formatWan(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}
