import { useState } from 'preact/hooks';
import type { Device, OutletLimits, StackPollutantKey } from '../../../server/schema/devices.ts';
import { deviceKindLabels, deviceKinds, type DeviceKind } from '../../../server/schema/enums/device-kind.ts';
import { emissionStandards } from '../../../server/monitoring/emission-standards.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { devicesMessages } from '../../i18n/devices.ts';
import type { Language } from '../../state/app-state.ts';

/** An entity the form can bind a device to: a station (code) or an enterprise (id), with its name. */
export interface EntityOption {
  id: string;
  name: string;
}

const pollutants: readonly StackPollutantKey[] = ['pm', 'so2', 'nox'];
type LimitDraft = Record<StackPollutantKey, string>;

interface Draft {
  mn: string;
  password: string;
  kind: DeviceKind;
  interval: string;
  station: string;
  machine: string;
  enterprise: string;
  code: string;
  name: string;
  standard: string;
  referenceO2: string;
  limits: LimitDraft;
  ule: LimitDraft;
}

const limitDraft = (limits: OutletLimits | null): LimitDraft => ({
  pm: limits?.pm === undefined ? '' : String(limits.pm),
  so2: limits?.so2 === undefined ? '' : String(limits.so2),
  nox: limits?.nox === undefined ? '' : String(limits.nox),
});

const firstStandard = emissionStandards[0];
const emptyDraft = (): Draft => ({
  mn: '',
  password: '',
  kind: 'ambient',
  interval: '',
  station: '',
  machine: '',
  enterprise: '',
  code: '',
  name: '',
  standard: firstStandard?.id ?? '',
  referenceO2: firstStandard?.referenceO2 === null ? '' : String(firstStandard?.referenceO2 ?? ''),
  limits: limitDraft(firstStandard?.limits ?? null),
  ule: limitDraft(null),
});

/** A typed figure: empty → undefined, a number → the number, anything else as typed (the server names it). */
function figure(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

function limitsOf(draft: LimitDraft): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const k of pollutants) {
    const v = figure(draft[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The body of `POST /api/devices` (figures as typed when not numbers: the server's Chinese 400 names them). */
export function deviceBody(d: Draft): Record<string, unknown> {
  const body: Record<string, unknown> = { mn: d.mn.trim(), password: d.password, kind: d.kind };
  const interval = figure(d.interval);
  if (interval !== undefined) body.intervalS = interval;
  if (d.kind === 'ambient' || d.kind === 'micro') body.entity = { layer: 'stations', id: d.station };
  else if (d.kind === 'nrmm') body.entity = { layer: 'machines', id: d.machine.trim() };
  else {
    const ule = limitsOf(d.ule);
    body.entity = { layer: 'outlets', id: 'new' };
    body.outlet = {
      enterpriseId: d.enterprise,
      code: d.code.trim(),
      name: d.name.trim(),
      standard: d.standard,
      referenceO2: figure(d.referenceO2) ?? null,
      limits: limitsOf(d.limits),
      uleLimits: Object.keys(ule).length ? ule : null,
    };
  }
  return body;
}

/**
 * 新增设备 (admins): MN, PW, kind, interval and what the device is bound to: a station (ambient, micro), an
 * enterprise's new outlet with its standard, reference O2 and limits (stack; the standard fills its figures), or a
 * machine (NRMM). Empty required fields are named here; every other problem is the server's Chinese 400.
 */
export function DeviceForm(props: {
  lang: Language;
  stations: readonly EntityOption[];
  enterprises: readonly EntityOption[];
  onCreated: (device: Device) => void;
  onCancel: () => void;
}) {
  const { lang } = props;
  const m = devicesMessages(lang);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [status, setStatus] = useState<{ kind: 'error' | 'busy'; text: string } | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const chooseStandard = (id: string) => {
    const standard = emissionStandards.find((s) => s.id === id);
    set({
      standard: id,
      referenceO2: standard?.referenceO2 === null || !standard ? '' : String(standard.referenceO2),
      limits: limitDraft(standard?.limits ?? null),
    });
  };
  const missing = (): string | null => {
    if (draft.mn.trim() === '') return m.missingMn;
    if (draft.password === '') return m.missingPassword;
    const entity =
      draft.kind === 'stack' ? draft.enterprise : draft.kind === 'nrmm' ? draft.machine.trim() : draft.station;
    return entity === '' ? m.missingEntity : null;
  };
  const submit = async () => {
    const problem = missing();
    if (problem) {
      setStatus({ kind: 'error', text: problem });
      return;
    }
    setStatus({ kind: 'busy', text: m.saving });
    const result = await sendJson<Device>('POST', '/api/devices', deviceBody(draft));
    if (!result.ok) {
      setStatus({ kind: 'error', text: failureText(lang, result.error) });
      return;
    }
    setStatus(null);
    setDraft(emptyDraft());
    props.onCreated(result.value);
  };

  const input = (label: string, key: string, value: string, onInput: (v: string) => void, type = 'text') => (
    <label class="field" key={key}>
      <span class="muted">{label}</span>
      <input
        type={type}
        data-device-field={key}
        value={value}
        autocomplete="off"
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </label>
  );
  const picker = (
    label: string,
    key: string,
    value: string,
    options: readonly EntityOption[],
    on: (v: string) => void,
  ) => (
    <label class="field">
      <span class="muted">{label}</span>
      <select data-device-field={key} value={value} onChange={(event) => on(event.currentTarget.value)}>
        <option value="">{m.choose}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>{`${o.name}（${o.id}）`}</option>
        ))}
      </select>
    </label>
  );
  const limitInputs = (which: 'limits' | 'ule') =>
    pollutants.map((k) =>
      input(m[k], `${which}.${k}`, draft[which][k], (v) => set({ [which]: { ...draft[which], [k]: v } })),
    );

  return (
    <form
      class="device-form"
      data-device-form=""
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h4>{m.add}</h4>
      {input(m.mn, 'mn', draft.mn, (v) => set({ mn: v }))}
      {input(m.password, 'password', draft.password, (v) => set({ password: v }), 'password')}
      <label class="field">
        <span class="muted">{m.kind}</span>
        <select
          data-device-field="kind"
          value={draft.kind}
          onChange={(event) => set({ kind: event.currentTarget.value as DeviceKind })}
        >
          {deviceKinds.map((k) => (
            <option key={k} value={k}>
              {deviceKindLabels[k][lang]}
            </option>
          ))}
        </select>
      </label>
      {input(m.interval, 'interval', draft.interval, (v) => set({ interval: v }))}
      {draft.kind === 'ambient' || draft.kind === 'micro'
        ? picker(m.station, 'station', draft.station, props.stations, (v) => set({ station: v }))
        : null}
      {draft.kind === 'nrmm' ? input(m.machineId, 'machine', draft.machine, (v) => set({ machine: v })) : null}
      {draft.kind === 'stack' ? (
        <fieldset>
          {picker(m.enterprise, 'enterprise', draft.enterprise, props.enterprises, (v) => set({ enterprise: v }))}
          {input(m.outletCode, 'code', draft.code, (v) => set({ code: v }))}
          {input(m.outletName, 'name', draft.name, (v) => set({ name: v }))}
          <label class="field">
            <span class="muted">{m.standard}</span>
            <select
              data-device-field="standard"
              value={draft.standard}
              onChange={(event) => chooseStandard(event.currentTarget.value)}
            >
              {emissionStandards.map((s) => (
                <option key={s.id} value={s.id}>{`${s.name[lang]} · ${s.scope[lang]}`}</option>
              ))}
            </select>
          </label>
          {input(m.referenceO2, 'referenceO2', draft.referenceO2, (v) => set({ referenceO2: v }))}
          <fieldset>
            <legend>{m.limitsLegend}</legend>
            {limitInputs('limits')}
          </fieldset>
          <fieldset>
            <legend>{m.uleLegend}</legend>
            {limitInputs('ule')}
          </fieldset>
        </fieldset>
      ) : null}
      <div class="alert-actions">
        <button type="submit" class="tool" data-device-create="" disabled={status?.kind === 'busy'}>
          {m.create}
        </button>
        <button type="button" class="tool" onClick={props.onCancel}>
          {m.cancel}
        </button>
      </div>
      {status ? (
        <p role="status" class={status.kind === 'error' ? 'error' : 'muted'} data-device-message={status.kind}>
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
