import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { dustRoadsMessages } from '../../i18n/dust-roads.ts';
import type { Language } from '../../state/app-state.ts';
import { cleaningKindLabels, cleaningKinds, type CleaningKind } from '../../../server/schema/enums/road-segment.ts';
import type { Cleaning } from '../../../server/schema/roads.ts';

/**
 * The form that records one line of the sanitation log for a segment (POST /api/roads/cleanings): the kind, the
 * time (CST, `YYYY-MM-DDTHH:mm`, default the console's as-of) and the vehicle plate.
 */
export function RoadCleaningForm(props: {
  lang: Language;
  segment: { id: string; name: string };
  defaultAt: string;
  onSaved: (cleaning: Cleaning) => void;
}) {
  const { lang, segment, defaultAt, onSaved } = props;
  const m = dustRoadsMessages(lang);
  const [kind, setKind] = useState<CleaningKind>('wet-sweep');
  const [at, setAt] = useState(defaultAt);
  const [plate, setPlate] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const body = { segmentId: segment.id, doneAt: at, kind, plate: plate.trim() === '' ? null : plate.trim() };
    const result = await sendJson<Cleaning>('POST', '/api/roads/cleanings', body);
    if (!result.ok) {
      setState({ kind: 'failed', text: failureText(lang, result.error) });
      return;
    }
    setState({ kind: 'saved' });
    onSaved(result.value);
  };
  return (
    <form class="road-cleaning-form" data-road-cleaning-form={segment.id} onSubmit={submit}>
      <h4>{m.formTitle(segment.name)}</h4>
      <label>
        {m.formKind}
        <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as CleaningKind)}>
          {cleaningKinds.map((k) => (
            <option key={k} value={k}>
              {cleaningKindLabels[k][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.formAt}
        <input type="datetime-local" name="doneAt" required value={at} onInput={(e) => setAt(e.currentTarget.value)} />
      </label>
      <label>
        {m.formPlate}
        <input type="text" name="plate" maxLength={16} value={plate} onInput={(e) => setPlate(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.formSaving : m.formSave}
      </button>
      {state.kind === 'saved' ? <p class="ok">{m.formSaved}</p> : null}
      {state.kind === 'failed' ? <p class="error">{m.formFailed(state.text)}</p> : null}
    </form>
  );
}
