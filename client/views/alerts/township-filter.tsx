import { alertsMessages } from '../../i18n/alerts.ts';
import type { Language } from '../../state/app-state.ts';

/**
 * 乡镇: which townships the list is narrowed to (the console's `townships`, in the URL as `t=`), several at once;
 * none chosen = the whole district. An inspector gets a shortcut to his own townships.
 */
export function TownshipFilter({
  lang,
  townships,
  chosen,
  own,
  onChange,
}: {
  lang: Language;
  /** Every township, code and name, in display order. */
  townships: { code: string; name: string }[];
  chosen: string[];
  /** The signed-in inspector's townships ([] for other roles). */
  own: readonly string[];
  onChange(codes: string[]): void;
}) {
  const m = alertsMessages(lang);
  const nameOf = new Map(townships.map((t) => [t.code, t.name]));
  const toggle = (code: string, on: boolean) =>
    onChange(townships.map((t) => t.code).filter((c) => (c === code ? on : chosen.includes(c))));
  const sameAsOwn = own.length > 0 && own.length === chosen.length && own.every((c) => chosen.includes(c));
  return (
    <div class="township-filter" data-township-filter={chosen.join(',')}>
      <details>
        <summary>
          {m.townshipFilter}：{chosen.length ? chosen.map((c) => nameOf.get(c) ?? c).join('、') : m.wholeDistrict}
        </summary>
        <div class="chips">
          {townships.map((t) => (
            <label key={t.code} class="chip">
              <input
                type="checkbox"
                data-township={t.code}
                checked={chosen.includes(t.code)}
                onChange={(e) => toggle(t.code, e.currentTarget.checked)}
              />
              {t.name}
            </label>
          ))}
        </div>
      </details>
      {own.length > 0 && (
        <button type="button" class="tool" data-my-townships="" disabled={sameAsOwn} onClick={() => onChange([...own])}>
          {m.myTownships}
        </button>
      )}
      <button type="button" class="tool" data-all-townships="" disabled={!chosen.length} onClick={() => onChange([])}>
        {m.wholeDistrict}
      </button>
    </div>
  );
}
