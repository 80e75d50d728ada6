import { useEffect, useState } from 'preact/hooks';
import {
  type StaggerProduction,
  staggerIndustryGroups,
  staggerProductionLabels,
  staggerProductions,
} from '../../../server/schema/enums/emergency.ts';
import type { StaggerBody, StaggerSchedule } from '../../../server/schema/stagger.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { sendJson } from '../../api/send-json.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';

/** An enterprise the form offers: those of 建材、焦化、铸造、化工 (task 15's industries). */
interface EnterpriseOption {
  id: string;
  name: string;
}

interface LayerBody {
  features?: { properties?: { id?: unknown; name?: unknown; industryGroup?: unknown } }[];
}

const groups: readonly string[] = staggerIndustryGroups;

/** The enterprises of task 15's industries from the enterprises layer, by name. */
export function staggerEnterpriseOptions(body: LayerBody): EnterpriseOption[] {
  const options: EnterpriseOption[] = [];
  for (const f of body.features ?? []) {
    const p = f.properties;
    if (typeof p?.id === 'string' && typeof p.name === 'string' && groups.includes(String(p.industryGroup)))
      options.push({ id: p.id, name: p.name });
  }
  return options.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

type Draft = {
  enterpriseId: string;
  line: string;
  outletCode: string;
  from: string;
  to: string;
  production: StaggerProduction;
  limitPct: string;
  stricterBuiltUp: boolean;
  basis: string;
  note: string;
};

const draftOf = (s: StaggerSchedule | null, period: { from: string; to: string }): Draft => ({
  enterpriseId: s?.enterpriseId ?? '',
  line: s?.line ?? '',
  outletCode: s?.outletCode ?? '',
  from: s?.from ?? period.from,
  to: s?.to ?? period.to,
  production: s?.production ?? 'stop',
  limitPct: s?.limitPct === null || s?.limitPct === undefined ? '' : String(s.limitPct),
  stricterBuiltUp: s?.stricterBuiltUp ?? false,
  basis: s?.basis ?? '',
  note: s?.note ?? '',
});

/**
 * Adds (POST) or changes (PATCH, the whole body) a staggered-production schedule of `season`; missing fields are
 * named before sending, the server's refusals shown in the UI's language.
 */
export function StaggerForm(props: {
  lang: Language;
  season: string;
  period: { from: string; to: string };
  editing: StaggerSchedule | null;
  onSaved: (s: StaggerSchedule) => void;
  onCancel: () => void;
}) {
  const { lang, editing } = props;
  const m = emergencyListMessages(lang);
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing, props.period));
  const [options, setOptions] = useState<EnterpriseOption[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    void fetchJson<LayerBody>('/api/layers/enterprises', controller.signal).then((r) => {
      if (!controller.signal.aborted && r.ok) setOptions(staggerEnterpriseOptions(r.value));
    });
    return () => controller.abort();
  }, []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const problem = (): string | null => {
    if (!draft.enterpriseId) return m.chooseEnterprise;
    if (!draft.line.trim()) return m.fillField(m.fLine);
    if (!draft.from) return m.fillField(m.fFrom);
    if (!draft.to) return m.fillField(m.fTo);
    if (draft.to < draft.from) return m.toBeforeFrom;
    if (draft.production === 'limit') {
      const pct = Number(draft.limitPct);
      if (!draft.limitPct.trim() || !Number.isFinite(pct) || pct <= 0 || pct >= 100) return m.limitPctRange;
    }
    if (!draft.basis.trim()) return m.fillField(m.fBasis);
    return null;
  };
  const submit = async () => {
    const why = problem();
    if (why) {
      setMessage(why);
      return;
    }
    const body: StaggerBody = {
      season: props.season,
      enterpriseId: draft.enterpriseId,
      line: draft.line.trim(),
      outletCode: draft.outletCode.trim() || null,
      from: draft.from,
      to: draft.to,
      production: draft.production,
      limitPct: draft.production === 'limit' ? Number(draft.limitPct) : null,
      stricterBuiltUp: draft.stricterBuiltUp,
      basis: draft.basis.trim(),
      note: draft.note.trim() || null,
      provenance: editing?.provenance ?? 'official',
    };
    setBusy(true);
    const r = editing
      ? await sendJson<StaggerSchedule>('PATCH', `/api/emergency/stagger/${editing.id}`, body)
      : await sendJson<StaggerSchedule>('POST', '/api/emergency/stagger', body);
    setBusy(false);
    if (r.ok) props.onSaved(r.value);
    else setMessage(failureText(lang, r.error));
  };

  const known = options.some((o) => o.id === draft.enterpriseId);
  const text = (key: 'line' | 'outletCode' | 'basis', label: string) => (
    <label class="field">
      <span class="muted">{label}</span>
      <input
        type="text"
        style={{ width: '100%', maxWidth: '28em', boxSizing: 'border-box' }}
        data-stagger-field={key}
        value={draft[key]}
        onInput={(e) => set(key, e.currentTarget.value)}
      />
    </label>
  );
  return (
    <div class="record-editor" data-stagger-form={editing ? String(editing.id) : 'new'}>
      <label class="field">
        <span class="muted">{m.fEnterprise}</span>
        <select
          data-stagger-field="enterpriseId"
          value={draft.enterpriseId}
          onChange={(e) => set('enterpriseId', e.currentTarget.value)}
        >
          <option value="">{m.chooseEnterprise}</option>
          {!known && editing ? <option value={editing.enterpriseId}>{editing.enterpriseName}</option> : null}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {text('line', m.fLine)}
      {text('outletCode', m.fOutlet)}
      <div class="field-row">
        <label class="field">
          <span class="muted">{m.fFrom}</span>
          <input
            type="date"
            data-stagger-field="from"
            min={props.period.from}
            max={props.period.to}
            value={draft.from}
            onInput={(e) => set('from', e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="muted">{m.fTo}</span>
          <input
            type="date"
            data-stagger-field="to"
            min={props.period.from}
            max={props.period.to}
            value={draft.to}
            onInput={(e) => set('to', e.currentTarget.value)}
          />
        </label>
      </div>
      <div class="field-row">
        <label class="field">
          <span class="muted">{m.fProduction}</span>
          <select
            data-stagger-field="production"
            value={draft.production}
            onChange={(e) => set('production', e.currentTarget.value as StaggerProduction)}
          >
            {staggerProductions.map((p) => (
              <option key={p} value={p}>
                {staggerProductionLabels[p][lang]}
              </option>
            ))}
          </select>
        </label>
        {draft.production === 'limit' ? (
          <label class="field">
            <span class="muted">{m.fLimitPct}</span>
            <input
              type="number"
              min="1"
              max="99"
              class="inline-input"
              data-stagger-field="limitPct"
              value={draft.limitPct}
              onInput={(e) => set('limitPct', e.currentTarget.value)}
            />
          </label>
        ) : null}
      </div>
      <label class="field check">
        <input
          type="checkbox"
          data-stagger-field="stricterBuiltUp"
          checked={draft.stricterBuiltUp}
          onChange={(e) => set('stricterBuiltUp', e.currentTarget.checked)}
        />
        <span>{m.fStricter}</span>
      </label>
      {text('basis', m.fBasis)}
      <label class="field">
        <span class="muted">{m.fNote}</span>
        <textarea data-stagger-field="note" value={draft.note} onInput={(e) => set('note', e.currentTarget.value)} />
      </label>
      {message ? (
        <p class="error" role="alert" data-stagger-message="">
          {message}
        </p>
      ) : null}
      <div class="alert-actions">
        <button
          type="button"
          class="tool primary-tool"
          data-stagger-save=""
          disabled={busy}
          onClick={() => void submit()}
        >
          {m.save}
        </button>
        <button type="button" class="tool" data-stagger-cancel="" onClick={props.onCancel}>
          {m.cancel}
        </button>
      </div>
    </div>
  );
}
