import { useState } from 'preact/hooks';
import { type WarningLevel, warningLevels } from '../../../server/schema/enums/emergency.ts';
import type { Warning, WarningChangeBody } from '../../../server/schema/emergency-warnings.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import type { Language } from '../../state/app-state.ts';
import { levelText } from './warning-banner.tsx';

type Kind = WarningChangeBody['kind'];

/** 升级 / 降级 / 延长 and 解除 (with a confirmation) of the warning shown. */
export function WarningChangeForm(props: { lang: Language; warning: Warning; at: string; onChanged: () => void }) {
  const { lang, warning: w } = props;
  const m = emergencyMessages(lang);
  const [kind, setKind] = useState<Kind>('upgrade');
  const higher = warningLevels.filter((l) => warningLevels.indexOf(l) > warningLevels.indexOf(w.level));
  const lower = warningLevels.filter((l) => warningLevels.indexOf(l) < warningLevels.indexOf(w.level));
  const choices = kind === 'upgrade' ? higher : kind === 'downgrade' ? lower : [];
  const [level, setLevel] = useState<WarningLevel | ''>('');
  const [effectiveAt, setEffectiveAt] = useState(props.at);
  const [plannedEnd, setPlannedEnd] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = level && (choices as readonly string[]).includes(level) ? level : (choices[0] ?? '');

  async function change(event: Event): Promise<void> {
    event.preventDefault();
    if (kind === 'extend' && !plannedEnd) {
      setError(m.needEnd);
      return;
    }
    const body: WarningChangeBody = { kind };
    if (kind !== 'extend' && chosen) body.level = chosen;
    if (effectiveAt) body.effectiveAt = effectiveAt;
    if (plannedEnd) body.plannedEnd = plannedEnd;
    if (note.trim()) body.note = note.trim();
    const result = await sendJson<Warning>('POST', `/api/emergency/warnings/${w.id}/change`, body);
    setError(result.ok ? null : failureText(lang, result.error));
    if (result.ok) props.onChanged();
  }

  async function lift(): Promise<void> {
    const body: { effectiveAt?: string; note?: string } = {};
    if (effectiveAt) body.effectiveAt = effectiveAt;
    if (note.trim()) body.note = note.trim();
    const result = await sendJson<Warning>('POST', `/api/emergency/warnings/${w.id}/lift`, body);
    setConfirming(false);
    setError(result.ok ? null : failureText(lang, result.error));
    if (result.ok) props.onChanged();
  }

  return (
    <form class="emergency-form" data-change-form="" onSubmit={(e) => void change(e)}>
      <label>
        {m.changeKind}
        <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
          <option value="upgrade" disabled={higher.length === 0}>
            {m.upgrade}
          </option>
          <option value="downgrade" disabled={lower.length === 0}>
            {m.downgrade}
          </option>
          <option value="extend">{m.extend}</option>
        </select>
      </label>
      {choices.length > 0 ? (
        <label>
          {m.newLevel}
          <select name="level" value={chosen} onChange={(e) => setLevel(e.currentTarget.value as WarningLevel)}>
            {choices.map((l) => (
              <option key={l} value={l}>
                {levelText(lang, l)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {m.effectiveAt}
        <input
          type="datetime-local"
          name="effectiveAt"
          step="3600"
          value={effectiveAt}
          onInput={(e) => setEffectiveAt(e.currentTarget.value)}
        />
      </label>
      <label>
        {kind === 'extend' ? m.newEnd : m.plannedEnd}
        <input
          type="datetime-local"
          name="plannedEnd"
          step="3600"
          value={plannedEnd}
          onInput={(e) => setPlannedEnd(e.currentTarget.value)}
        />
      </label>
      <label>
        {m.note}
        <input name="note" maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {error ? (
        <p class="error" role="alert" data-form-error="">
          {error}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit" data-action="change-warning">
          {m.changeSubmit}
        </button>
        {confirming ? (
          <span class="confirm" role="alertdialog" data-lift-confirm="">
            {m.liftConfirm}{' '}
            <button type="button" class="danger" data-action="confirm-lift" onClick={() => void lift()}>
              {m.confirm}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {m.cancel}
            </button>
          </span>
        ) : (
          <button type="button" class="danger" data-action="lift-warning" onClick={() => setConfirming(true)}>
            {m.lift}
          </button>
        )}
      </div>
    </form>
  );
}
