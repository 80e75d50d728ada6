import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { dustStockyardsMessages } from '../../i18n/dust-stockyards.ts';
import type { Language } from '../../state/app-state.ts';
import {
  stockyardControlLabels,
  stockyardControls,
  type StockyardControl,
} from '../../../server/schema/enums/stockyard.ts';
import type { StockyardInspection } from '../../../server/schema/stockyard.ts';

const allInPlace = (): Record<StockyardControl, boolean> =>
  Object.fromEntries(stockyardControls.map((c) => [c, true])) as Record<StockyardControl, boolean>;

/**
 * The inspection form of one stockyard (POST /api/stockyards/:id/inspections): the five controls (ticked = in
 * place), the date (default: the dataset's present day, left to the server) and a note.
 */
export function StockyardInspectionForm(props: {
  lang: Language;
  stockyard: { id: string; name: string };
  onSaved: (inspection: StockyardInspection) => void;
}) {
  const { lang, stockyard, onSaved } = props;
  const m = dustStockyardsMessages(lang);
  const [checks, setChecks] = useState(allInPlace);
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const body = { checks, note: note.trim() === '' ? null : note.trim(), ...(date ? { inspectedOn: date } : {}) };
    const result = await sendJson<StockyardInspection>(
      'POST',
      `/api/stockyards/${encodeURIComponent(stockyard.id)}/inspections`,
      body,
    );
    if (!result.ok) {
      setState({ kind: 'failed', text: failureText(lang, result.error) });
      return;
    }
    setState({ kind: 'saved' });
    setChecks(allInPlace());
    setNote('');
    onSaved(result.value);
  };
  return (
    <form class="stockyard-form" data-stockyard-form={stockyard.id} onSubmit={submit}>
      <h4>{m.formTitle(stockyard.name)}</h4>
      <fieldset>
        {stockyardControls.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              name={c}
              checked={checks[c]}
              onChange={(e) => setChecks({ ...checks, [c]: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {stockyardControlLabels[c][lang]}
          </label>
        ))}
      </fieldset>
      <label>
        {m.formDate}{' '}
        <input type="date" name="inspectedOn" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label>
        {m.formNote}{' '}
        <textarea name="note" maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.formSaving : m.formSave}
      </button>
      {state.kind === 'saved' ? (
        <p class="muted" data-stockyard-saved="">
          {m.formSaved}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p class="error" data-stockyard-error="">
          {m.formFailed(state.text)}
        </p>
      ) : null}
    </form>
  );
}
