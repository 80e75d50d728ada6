import { useState } from 'preact/hooks';
import {
  type WarningBasis,
  type WarningLevel,
  warningBases,
  warningBasisLabels,
  warningLevels,
} from '../../../server/schema/enums/emergency.ts';
import type { Warning, WarningIssueBody } from '../../../server/schema/emergency-warnings.ts';
import { deriveAlertLevel } from '../../../server/rules/alert-level.ts';
import { addMinutes } from '../../../server/time/cst.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import type { Language } from '../../state/app-state.ts';
import { levelText } from './warning-banner.tsx';

/** The next whole hour after a CST moment `YYYY-MM-DDTHH:mm` ('2023-12-05T08:20' → '2023-12-05T09:00'). */
export function nextHour(at: string): string {
  return addMinutes(`${at.slice(0, 13)}:00`, 60);
}

/** What the form holds (as typed). */
export interface IssueFormValues {
  level: WarningLevel;
  start: string;
  plannedEnd: string;
  basis: WarningBasis;
  forecast: string;
  document: string;
  note: string;
}

/** The forecast's values, or null when a part is not a whole number 0–500 (or more than 10). */
export function parseForecast(text: string): number[] | null {
  const parts = text
    .split(/[,，、\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length > 10 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 500)) return null;
  return parts.map(Number);
}

/** The body to send, or the first problem in words (the same checks the server makes, said before sending). */
export function issueBody(
  lang: Language,
  v: IssueFormValues,
): { ok: true; body: WarningIssueBody } | { ok: false; error: string } {
  const m = emergencyMessages(lang);
  if (!v.start) return { ok: false, error: m.needStart };
  if (v.plannedEnd && v.plannedEnd <= v.start) return { ok: false, error: m.endBeforeStart };
  const forecast = parseForecast(v.forecast);
  if (forecast === null) return { ok: false, error: m.badForecast(v.forecast) };
  if (v.basis === 'forecast' && forecast.length === 0) return { ok: false, error: m.needForecast };
  const body: WarningIssueBody = { level: v.level, start: v.start, basis: v.basis };
  if (v.plannedEnd) body.plannedEnd = v.plannedEnd;
  if (forecast.length > 0) body.forecast = forecast;
  if (v.document.trim()) body.document = v.document.trim();
  if (v.note.trim()) body.note = v.note.trim();
  return { ok: true, body };
}

/**
 * 「发布预警」: level, start (default the next hour after the as-of), planned end, basis, forecast (with the level
 * Xinzhou's triggers derive, shown as typed), document, note; published at the as-of when one is chosen.
 */
export function WarningIssueForm(props: {
  lang: Language;
  at: string;
  /** The console's as-of when one is chosen: the warning is published then (else the server's present). */
  issuedAt: string | null;
  onIssued: (w: Warning) => void;
}) {
  const { lang } = props;
  const m = emergencyMessages(lang);
  const [v, setV] = useState<IssueFormValues>(() => ({
    level: 'orange',
    start: nextHour(props.at),
    plannedEnd: '',
    basis: 'forecast',
    forecast: '',
    document: '',
    note: '',
  }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<IssueFormValues>) => setV({ ...v, ...patch });
  const parsed = parseForecast(v.forecast);
  const derived = parsed && parsed.length > 0 ? deriveAlertLevel(parsed) : null;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const checked = issueBody(lang, v);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    const body = props.issuedAt ? { ...checked.body, issuedAt: props.issuedAt } : checked.body;
    const result = await sendJson<Warning>('POST', '/api/emergency/warnings', body);
    setBusy(false);
    if (!result.ok) {
      setError(failureText(lang, result.error));
      return;
    }
    setError(null);
    props.onIssued(result.value);
  }

  return (
    <form class="emergency-form" data-issue-form="" onSubmit={(e) => void submit(e)}>
      <label>
        {m.level}
        <select name="level" value={v.level} onChange={(e) => set({ level: e.currentTarget.value as WarningLevel })}>
          {warningLevels.map((l) => (
            <option key={l} value={l}>
              {levelText(lang, l)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.start}
        <input
          type="datetime-local"
          name="start"
          step="3600"
          value={v.start}
          onInput={(e) => set({ start: e.currentTarget.value })}
        />
      </label>
      <label>
        {m.plannedEnd}
        <input
          type="datetime-local"
          name="plannedEnd"
          step="3600"
          value={v.plannedEnd}
          onInput={(e) => set({ plannedEnd: e.currentTarget.value })}
        />
      </label>
      <label>
        {m.basis}
        <select name="basis" value={v.basis} onChange={(e) => set({ basis: e.currentTarget.value as WarningBasis })}>
          {warningBases.map((b) => (
            <option key={b} value={b}>
              {warningBasisLabels[b][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.forecastValues}
        <input
          name="forecast"
          inputMode="numeric"
          value={v.forecast}
          onInput={(e) => set({ forecast: e.currentTarget.value })}
        />
      </label>
      {derived ? (
        <p class="muted" data-derived-level={derived}>
          {m.derivedLevel(derived === 'none' ? m.levelNone : levelText(lang, derived))} · {m.forecastExternal}
        </p>
      ) : null}
      <label>
        {m.document}
        <input
          name="document"
          maxLength={120}
          value={v.document}
          onInput={(e) => set({ document: e.currentTarget.value })}
        />
      </label>
      <label>
        {m.note}
        <textarea name="note" maxLength={2000} value={v.note} onInput={(e) => set({ note: e.currentTarget.value })} />
      </label>
      {error ? (
        <p class="error" role="alert" data-form-error="">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy} data-action="issue-warning">
        {m.issueSubmit}
      </button>
    </form>
  );
}
