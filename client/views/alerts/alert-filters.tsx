import { type Severity, severityLabels } from '../../../server/schema/enums/severity.ts';
import type { Basis } from '../../../server/schema/basis.ts';
import { type RuleId, ruleTitles } from '../../../server/schema/enums/rule-id.ts';
import { basisTitle } from '../../components/basis-note.tsx';
import { alertsMessages } from '../../i18n/alerts.ts';
import { type AlertLevel, alertLevels, type Language } from '../../state/app-state.ts';

/**
 * The heavy-pollution alert level previewed (the console's `alertLevel`, in the URL as `al=`), labelled with where
 * the levels and their triggers come from: Xinzhou's emergency plan, outside the action plan (its full 「依据」 in
 * the label's tooltip once the controls are read).
 */
export function AlertLevelSelect({
  lang,
  level,
  onChange,
  triggersBasis = [],
}: {
  lang: Language;
  level: AlertLevel;
  onChange(level: AlertLevel): void;
  triggersBasis?: readonly Basis[];
}) {
  const m = alertsMessages(lang);
  const label: Record<AlertLevel, string> = {
    issued: m.levelIssued,
    none: m.levelNone,
    yellow: m.levelYellow,
    orange: m.levelOrange,
    red: m.levelRed,
  };
  return (
    <>
      <label class="field">
        <span class="muted">{m.alertLevel}</span>
        <select
          data-alert-level=""
          value={level}
          onChange={(e) => {
            const next = alertLevels.find((l) => l === e.currentTarget.value);
            if (next) onChange(next);
          }}
        >
          {alertLevels.map((l) => (
            <option key={l} value={l}>
              {label[l]}
            </option>
          ))}
        </select>
      </label>
      <p class="muted basis-note" data-level-basis="" title={basisTitle(triggersBasis, lang)}>
        {m.levelBasis}
      </p>
    </>
  );
}

/** The severities shown, each with its count in the township filter. */
export function SeverityChips({
  lang,
  all,
  shown,
  counts,
  onChange,
}: {
  lang: Language;
  all: readonly Severity[];
  shown: readonly Severity[];
  counts: ReadonlyMap<Severity, number>;
  onChange(shown: Severity[]): void;
}) {
  return (
    <div class="chips">
      {all.map((s) => (
        <label key={s} class="chip">
          <input
            type="checkbox"
            value={s}
            checked={shown.includes(s)}
            onChange={(e) => onChange(all.filter((x) => (x === s ? e.currentTarget.checked : shown.includes(x))))}
          />
          {`${severityLabels[s][lang]} ${counts.get(s) ?? 0}`}
        </label>
      ))}
    </div>
  );
}

/** The rule the alerts are narrowed to (the console's `alertRule`, the URL's `ar=`): 「规则：<title> ×」; × clears. */
export function RuleChip({ lang, rule, onClear }: { lang: Language; rule: RuleId; onClear(): void }) {
  const m = alertsMessages(lang);
  return (
    <div class="chips" data-rule-filter={rule}>
      <span class="chip">
        {m.ruleChip(ruleTitles[rule][lang])}{' '}
        <button type="button" data-clear-rule="" title={m.clearRule} aria-label={m.clearRule} onClick={onClear}>
          ×
        </button>
      </span>
    </div>
  );
}
