import { useState } from 'preact/hooks';
import { type StepKind, stepKindLabels, stepKinds } from '../../../server/schema/enums/emergency.ts';
import type { WarningDetail } from '../../../server/schema/emergency-warnings.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import type { Language } from '../../state/app-state.ts';
import { shownTime } from './warning-banner.tsx';

/** 工作机制: the six parts (done, when) and the dated steps, with an add-step form for `emergency` holders. */
export function WarningMechanism(props: {
  lang: Language;
  detail: WarningDetail;
  canEdit: boolean;
  at: string;
  onChanged: () => void;
}) {
  const { lang, detail } = props;
  const m = emergencyMessages(lang);
  const [kind, setKind] = useState<StepKind>('advance-response');
  const [at, setAt] = useState(props.at);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(event: Event): Promise<void> {
    event.preventDefault();
    if (!note.trim()) {
      setError(m.needNote);
      return;
    }
    const body = at ? { kind, at, note: note.trim() } : { kind, note: note.trim() };
    const r = await sendJson<unknown>('POST', `/api/emergency/warnings/${detail.warning.id}/steps`, body);
    setError(r.ok ? null : failureText(lang, r.error));
    if (r.ok) {
      setNote('');
      props.onChanged();
    }
  }

  return (
    <section class="emergency-mechanism" data-mechanism="">
      <h3>{m.mechanismTitle}</h3>
      <ul class="mechanism">
        {detail.mechanism.map((part) => (
          <li key={part.key} data-mechanism-part={part.key} data-done={String(part.done)}>
            <strong>{part.label[lang]}</strong> {part.done ? m.done : m.notDone}
            {part.at ? <span class="muted"> {shownTime(part.at)}</span> : null}
          </li>
        ))}
      </ul>
      <h4>{m.stepsTitle}</h4>
      {detail.steps.length === 0 ? <p class="muted">{m.noSteps}</p> : null}
      <ol class="steps">
        {detail.steps.map((s) => (
          <li key={s.id}>
            {shownTime(s.at)} · {stepKindLabels[s.kind][lang]} · {s.note} <span class="muted">{s.recordedBy}</span>
          </li>
        ))}
      </ol>
      {props.canEdit ? (
        <form class="emergency-form inline" data-step-form="" onSubmit={(e) => void add(e)}>
          <label>
            {m.stepKind}
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as StepKind)}>
              {stepKinds.map((k) => (
                <option key={k} value={k}>
                  {stepKindLabels[k][lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {m.stepAt}
            <input type="datetime-local" step="3600" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
          </label>
          <label>
            {m.note}
            <input maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit">{m.addStep}</button>
        </form>
      ) : null}
    </section>
  );
}
