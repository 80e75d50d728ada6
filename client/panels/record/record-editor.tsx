import { type JSX, render } from 'preact';
import { useState } from 'preact/hooks';
import type { ImportTargetInfo, ImportTargetsResponse } from '../../../server/schema/imports.ts';
import type { RecordEdit } from '../../../server/schema/records.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { sendJson } from '../../api/send-json.ts';
import { recordMessages } from '../../i18n/records.ts';
import type { LayerFeature } from '../../layers/feature-filter.ts';
import type { Language } from '../../state/app-state.ts';
import { auditChanged } from '../audit/audit-events.ts';
import { apiValue, currentValue, type EditField, formValue, unitOf } from './record-fields.ts';

let targets: Promise<ImportTargetInfo[] | null> | null = null;
/** The editable layers and their fields (GET /api/imports/targets), loaded once. */
function loadTargets(): Promise<ImportTargetInfo[] | null> {
  targets ??= fetchJson<ImportTargetsResponse>('/api/imports/targets').then((r) => (r.ok ? r.value.targets : null));
  return targets;
}

type Value = string | boolean;
interface Props {
  layer: string;
  feature: LayerFeature;
  lang: Language;
  onSaved: () => Promise<void>;
}

/** The position fields of a point record, as the form shows them. */
const POSITION = ['lon', 'lat'] as const;

function initialValues(fields: readonly EditField[], feature: LayerFeature, lang: Language): Record<string, Value> {
  const properties = feature.properties;
  const values: Record<string, Value> = {};
  for (const field of fields) {
    const value = currentValue(field, properties);
    values[field.column] = field.kind === 'boolean' ? value === true : formValue(field, value, lang);
  }
  if (feature.geometry.type === 'Point') {
    const [lon, lat] = feature.geometry.coordinates;
    values.lon = lon === undefined ? '' : String(lon);
    values.lat = lat === undefined ? '' : String(lat);
  }
  return values;
}

/** The form of one loaded target: its fields with labels and units, the position of a point, 保存. */
function EditForm({ target, props }: { target: ImportTargetInfo; props: Props }) {
  const { feature, lang, layer, onSaved } = props;
  const m = recordMessages(lang);
  const fields = target.fields.filter((f) => f.column !== target.key);
  const point = feature.geometry.type === 'Point';
  const [initial] = useState(() => initialValues(fields, feature, lang));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const set = (column: string, value: Value) => setValues((v) => ({ ...v, [column]: value }));

  function submit(event: Event): void {
    event.preventDefault();
    const changes: Record<string, string | number | boolean> = {};
    const problems: Record<string, string> = {};
    for (const field of fields) {
      const value = values[field.column];
      if (value === undefined || value === initial[field.column]) continue;
      const name = field.names[0] ?? field.column;
      if (typeof value === 'boolean') changes[name] = value;
      else if (value.trim() === '' && field.required) problems[field.column] = m.required;
      else if (field.kind === 'number' && value.trim() !== '' && !Number.isFinite(Number(value)))
        problems[field.column] = m.notANumber;
      else changes[name] = apiValue(field, value);
    }
    if (point && POSITION.some((p) => values[p] !== initial[p])) {
      const [lon, lat] = POSITION.map((p) => Number(values[p]));
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || values.lon === '' || values.lat === '')
        problems.lat = m.positionBoth;
      else Object.assign(changes, { lon, lat });
    }
    setErrors(problems);
    if (Object.keys(problems).length) return;
    if (Object.keys(changes).length === 0) {
      setMessage(m.nothingChanged);
      return;
    }
    setSaving(true);
    void sendJson<RecordEdit>('PATCH', `/api/records/${layer}/${encodeURIComponent(String(feature.id))}`, changes).then(
      (result) => {
        setSaving(false);
        if (!result.ok) {
          setMessage(failureText(lang, result.error));
          return;
        }
        setMessage(m.saved);
        auditChanged();
        return onSaved();
      },
    );
  }

  const fieldError = (column: string) =>
    errors[column] ? (
      <span class="error" data-edit-error={column}>
        {errors[column]}
      </span>
    ) : null;
  return (
    <form class="record-editor" data-edit-form="" onSubmit={submit}>
      {fields.map((field) => {
        const data = field.names[0] ?? field.column;
        const value = values[field.column];
        const unit = unitOf(field, lang);
        let input: JSX.Element;
        if (field.kind === 'enum' && field.values)
          input = (
            <select
              id={`edit-${field.column}`}
              data-edit-field={data}
              value={String(value)}
              onChange={(e) => set(field.column, e.currentTarget.value)}
            >
              {field.values.map((v) => (
                <option key={v} value={v}>
                  {field.labels?.[v]?.[lang] ?? v}
                </option>
              ))}
            </select>
          );
        else if (field.kind === 'boolean')
          input = (
            <input
              type="checkbox"
              id={`edit-${field.column}`}
              data-edit-field={data}
              checked={value === true}
              onChange={(e) => set(field.column, e.currentTarget.checked)}
            />
          );
        else
          input = (
            <input
              id={`edit-${field.column}`}
              data-edit-field={data}
              type={field.kind === 'number' ? 'number' : field.kind === 'date' ? 'date' : 'text'}
              step={field.kind === 'number' ? 'any' : undefined}
              placeholder={field.kind === 'enum-list' ? m.listHint : undefined}
              value={String(value ?? '')}
              onInput={(e) => set(field.column, e.currentTarget.value)}
            />
          );
        return (
          <div class="field" key={field.column}>
            <label class="muted" for={`edit-${field.column}`}>
              {field.label[lang]}
              {unit && (lang === 'zh' ? `（${unit}）` : ` (${unit})`)}
            </label>
            {input}
            {fieldError(field.column)}
          </div>
        );
      })}
      {point && (
        <div class="field-row">
          {POSITION.map((p) => (
            <label class="field" key={p}>
              <span class="muted">{p === 'lon' ? m.lon : m.lat}</span>
              <input
                type="number"
                step="any"
                data-edit-field={p}
                value={String(values[p] ?? '')}
                onInput={(e) => set(p, e.currentTarget.value)}
              />
              {fieldError(p)}
            </label>
          ))}
        </div>
      )}
      <p class="muted">{point ? m.pointHint : m.polygonHint}</p>
      <button type="submit" class="tool primary-tool" data-edit-save="" disabled={saving}>
        {m.save}
      </button>
      <p class={message === m.saved ? 'import-done' : 'error'} role="alert" data-edit-message="">
        {message}
      </p>
    </form>
  );
}

/**
 * The admin's 编辑 form in the details drawer: the record's fields as the import reads them, labelled in the UI's
 * language (lists of values by their labels, 年货运量 in 万吨/年 as the drawer shows it), a point's longitude and
 * latitude; only changed fields are sent (PATCH /api/records/:layer/:key); the server's refusal in the UI's
 * language; `onSaved` reloads the layers.
 */
export function RecordEditor(props: Props) {
  const m = recordMessages(props.lang);
  const [state, setState] = useState<'closed' | 'loading' | 'failed' | ImportTargetInfo>('closed');
  if (state === 'closed' || state === 'loading')
    return (
      <button
        type="button"
        class="tool"
        data-edit-open=""
        disabled={state === 'loading'}
        onClick={() => {
          setState('loading');
          void loadTargets().then((list) => setState(list?.find((t) => t.id === props.layer) ?? 'failed'));
        }}
      >
        {m.edit}
      </button>
    );
  if (state === 'failed') return <p class="error">{m.loadFailed}</p>;
  return <EditForm target={state} props={props} />;
}

/** Renders the 编辑 button (and, once pressed, the form) into `container`. */
export function renderRecordEditor(
  container: HTMLElement,
  layer: string,
  feature: LayerFeature,
  lang: Language,
  onSaved: () => Promise<void>,
): void {
  render(<RecordEditor layer={layer} feature={feature} lang={lang} onSaved={onSaved} />, container);
}
