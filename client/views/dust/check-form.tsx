import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { dustChecksMessages } from '../../i18n/dust-checks.ts';
import type { Language } from '../../state/app-state.ts';
import {
  checkAgencies,
  checkAgencyLabels,
  checkOutcomeLabels,
  checkOutcomes,
  deviceCheckLabels,
  deviceChecks,
  emissionTestMethodLabels,
  emissionTestMethods,
  emissionTestResultLabels,
  emissionTestResults,
  obdCheckLabels,
  obdChecks,
  type CheckAgency,
} from '../../../server/schema/enums/roadside-check.ts';
import {
  vehicleEmissionStageLabels,
  vehicleEmissionStages,
  vehicleFuelLabels,
  vehicleFuels,
} from '../../../server/schema/enums/vehicle.ts';
import type { RoadsideCheck } from '../../../server/schema/roadside-checks.ts';

/** One choice among `values` labelled in `lang`; `empty` adds a first, empty choice. */
function Choice(props: {
  name: string;
  label: string;
  values: readonly string[];
  labels: Readonly<Record<string, { zh: string; en: string }>>;
  lang: Language;
  value: string;
  onChange: (value: string) => void;
  empty?: string;
}) {
  return (
    <label>
      {props.label}{' '}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.empty === undefined ? null : <option value="">{props.empty}</option>}
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.labels[v]?.[props.lang] ?? v}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The roadside-check form (POST /api/checks, inspectors, duty officers and admins): checkpoint, time, plate,
 * fuel and stage (the register's when left empty), the three checks, the method and value of the emission test,
 * the outcome, the agencies and a note. The server validates the plate and the consistency of the outcome.
 */
export function CheckForm(props: {
  lang: Language;
  checkpoints: readonly { id: string; name: string }[];
  defaultAt: string;
  onSaved: (check: RoadsideCheck) => void;
}) {
  const { lang, checkpoints, onSaved } = props;
  const m = dustChecksMessages(lang);
  const [form, setForm] = useState({
    checkpointId: checkpoints[0]?.id ?? '',
    checkedAt: props.defaultAt,
    plate: '',
    fuel: '',
    emissionStage: '',
    devices: 'ok',
    obd: 'ok',
    emissionTest: 'pass',
    testMethod: 'free-acceleration',
    testValue: '',
    outcome: 'pass',
    note: '',
  });
  const [agencies, setAgencies] = useState<CheckAgency[]>(['ecology-environment', 'traffic-police']);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const tested = form.emissionTest !== 'not-tested';
  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const value = Number(form.testValue);
    const body = {
      checkpointId: form.checkpointId,
      checkedAt: form.checkedAt,
      plate: form.plate,
      ...(form.fuel ? { fuel: form.fuel } : {}),
      ...(form.emissionStage ? { emissionStage: form.emissionStage } : {}),
      devices: form.devices,
      obd: form.obd,
      emissionTest: form.emissionTest,
      testMethod: tested ? form.testMethod : null,
      testValue: tested && form.testValue.trim() !== '' && Number.isFinite(value) ? value : null,
      outcome: form.outcome,
      agencies,
      note: form.note.trim() === '' ? null : form.note.trim(),
    };
    const result = await sendJson<RoadsideCheck>('POST', '/api/checks', body);
    if (!result.ok) {
      setState({ kind: 'failed', text: failureText(lang, result.error) });
      return;
    }
    setState({ kind: 'saved' });
    setForm({ ...form, plate: '', note: '', testValue: '' });
    onSaved(result.value);
  };
  return (
    <form class="check-form" data-check-form="" onSubmit={submit}>
      <h4>{m.formTitle}</h4>
      <label>
        {m.formCheckpoint}{' '}
        <select
          name="checkpointId"
          value={form.checkpointId}
          onChange={(e) => set('checkpointId')(e.currentTarget.value)}
        >
          {checkpoints.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.formAt}{' '}
        <input
          type="datetime-local"
          name="checkedAt"
          required
          value={form.checkedAt}
          onInput={(e) => set('checkedAt')(e.currentTarget.value)}
        />
      </label>
      <label>
        {m.formPlate}{' '}
        <input
          name="plate"
          required
          maxLength={12}
          placeholder={m.formPlateHint}
          value={form.plate}
          onInput={(e) => set('plate')(e.currentTarget.value)}
        />
      </label>
      <Choice
        name="fuel"
        label={m.formFuel}
        values={vehicleFuels}
        labels={vehicleFuelLabels}
        lang={lang}
        value={form.fuel}
        onChange={set('fuel')}
        empty={m.formFromRegister}
      />
      <Choice
        name="emissionStage"
        label={m.formStage}
        values={vehicleEmissionStages}
        labels={vehicleEmissionStageLabels}
        lang={lang}
        value={form.emissionStage}
        onChange={set('emissionStage')}
        empty={m.formFromRegister}
      />
      <Choice
        name="devices"
        label={m.formDevices}
        values={deviceChecks}
        labels={deviceCheckLabels}
        lang={lang}
        value={form.devices}
        onChange={set('devices')}
      />
      <Choice
        name="obd"
        label={m.formObd}
        values={obdChecks}
        labels={obdCheckLabels}
        lang={lang}
        value={form.obd}
        onChange={set('obd')}
      />
      <Choice
        name="emissionTest"
        label={m.formTest}
        values={emissionTestResults}
        labels={emissionTestResultLabels}
        lang={lang}
        value={form.emissionTest}
        onChange={set('emissionTest')}
      />
      {tested ? (
        <>
          <Choice
            name="testMethod"
            label={m.formMethod}
            values={emissionTestMethods}
            labels={emissionTestMethodLabels}
            lang={lang}
            value={form.testMethod}
            onChange={set('testMethod')}
          />
          <label>
            {m.formValue}{' '}
            <input
              type="number"
              name="testValue"
              min={0}
              max={100}
              step={0.01}
              value={form.testValue}
              onInput={(e) => set('testValue')(e.currentTarget.value)}
            />
          </label>
        </>
      ) : null}
      <Choice
        name="outcome"
        label={m.formOutcome}
        values={checkOutcomes}
        labels={checkOutcomeLabels}
        lang={lang}
        value={form.outcome}
        onChange={set('outcome')}
      />
      <fieldset>
        <legend>{m.formAgencies}</legend>
        {checkAgencies.map((a) => (
          <label key={a}>
            <input
              type="checkbox"
              name={a}
              checked={agencies.includes(a)}
              onChange={(e) =>
                setAgencies(e.currentTarget.checked ? [...agencies, a] : agencies.filter((x) => x !== a))
              }
            />{' '}
            {checkAgencyLabels[a][lang]}
          </label>
        ))}
      </fieldset>
      <label>
        {m.formNote}{' '}
        <textarea name="note" maxLength={500} value={form.note} onInput={(e) => set('note')(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.formSaving : m.formSave}
      </button>
      {state.kind === 'saved' ? (
        <p class="muted" data-check-saved="">
          {m.formSaved}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p class="error" data-check-failed="">
          {m.formFailed(state.text)}
        </p>
      ) : null}
    </form>
  );
}
