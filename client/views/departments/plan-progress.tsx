import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { departmentsPlansMessages } from '../../i18n/departments-plans.ts';
import type { Language } from '../../state/app-state.ts';
import type { PlanItem } from './department-types.ts';

/** Whether `text` is a whole percent 0–100. */
export function validProgress(text: string): boolean {
  return /^\d{1,3}$/.test(text) && Number(text) <= 100;
}

/**
 * An item's progress as a slider and a number with 保存 (PATCH /api/departments/plan-items/:id); the server sets the
 * status (100 = done). A value outside 0–100 is caught before sending.
 */
export function PlanProgress(props: { lang: Language; item: PlanItem; onSaved(): void }) {
  const { lang, item } = props;
  const m = departmentsPlansMessages(lang);
  const [value, setValue] = useState(String(item.progress));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!validProgress(value)) {
      setError(m.progressRange);
      return;
    }
    setBusy(true);
    const result = await sendJson<PlanItem>('PATCH', `/api/departments/plan-items/${item.id}`, {
      progress: Number(value),
    });
    setBusy(false);
    setError(result.ok ? null : m.failed(failureText(lang, result.error)));
    if (result.ok) props.onSaved();
  };
  return (
    <span class="plan-progress-edit" data-progress-edit={String(item.id)}>
      <input
        type="range"
        min={0}
        max={100}
        step={5}
        aria-label={m.progress}
        value={validProgress(value) ? value : item.progress}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <input
        type="number"
        class="inline-input"
        min={0}
        max={100}
        step={1}
        aria-label={m.progress}
        data-progress-input=""
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      %
      <button type="button" class="tool" data-progress-save="" disabled={busy} onClick={() => void save()}>
        {m.save}
      </button>
      {error && (
        <span class="error inline-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
