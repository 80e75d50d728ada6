import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { dustMuckMessages } from '../../i18n/dust-muck.ts';
import type { Language } from '../../state/app-state.ts';
import { spillReporterLabels, spillReporters, type SpillReporter } from '../../../server/schema/enums/muck-truck.ts';
import type { Spill } from '../../../server/schema/muck.ts';

/**
 * The spill report form (POST /api/muck/spills): position (`lon`, `lat` degrees), optional plate, who reported it and
 * what was seen; the time defaults to the dataset's present (left to the server).
 */
export function SpillReportForm(props: { lang: Language; onSaved: (spill: Spill) => void }) {
  const { lang, onSaved } = props;
  const m = dustMuckMessages(lang);
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  const [plate, setPlate] = useState('');
  const [reporter, setReporter] = useState<SpillReporter>('inspector');
  const [description, setDescription] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    const position = [Number(lon), Number(lat)];
    if (lon.trim() === '' || lat.trim() === '' || position.some((n) => !Number.isFinite(n))) {
      setState({ kind: 'failed', text: m.formBadPosition });
      return;
    }
    setState({ kind: 'saving' });
    const body = {
      lon: position[0],
      lat: position[1],
      reporter,
      description: description.trim(),
      ...(plate.trim() ? { plate: plate.trim() } : {}),
    };
    const result = await sendJson<Spill>('POST', '/api/muck/spills', body);
    if (!result.ok) {
      setState({ kind: 'failed', text: failureText(lang, result.error) });
      return;
    }
    setState({ kind: 'saved' });
    setDescription('');
    onSaved(result.value);
  };
  return (
    <form class="spill-form" data-spill-form="" onSubmit={submit}>
      <h4>{m.formTitle}</h4>
      <label>
        {m.formLon} <input name="lon" inputMode="decimal" value={lon} onInput={(e) => setLon(e.currentTarget.value)} />
      </label>
      <label>
        {m.formLat} <input name="lat" inputMode="decimal" value={lat} onInput={(e) => setLat(e.currentTarget.value)} />
      </label>
      <label>
        {m.formPlate}{' '}
        <input name="plate" maxLength={16} value={plate} onInput={(e) => setPlate(e.currentTarget.value)} />
      </label>
      <label>
        {m.formReporter}{' '}
        <select name="reporter" value={reporter} onChange={(e) => setReporter(e.currentTarget.value as SpillReporter)}>
          {spillReporters.map((r) => (
            <option key={r} value={r}>
              {spillReporterLabels[r][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.formDescription}{' '}
        <textarea
          name="description"
          maxLength={500}
          required
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.formSaving : m.formSave}
      </button>
      {state.kind === 'saved' ? (
        <p class="muted" data-spill-saved="">
          {m.formSaved}
        </p>
      ) : null}
      {state.kind === 'failed' ? <p class="error">{m.formFailed(state.text)}</p> : null}
    </form>
  );
}
