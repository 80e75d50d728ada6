import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { session } from '../../api/session.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { enforcementMessages } from '../../i18n/enforcement.ts';
import { enforcementFuelMessages } from '../../i18n/enforcement-fuel.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { Language } from '../../state/app-state.ts';
import {
  fuelProductLabels,
  sampleResultLabels,
  sampleResults,
  sampleSiteKindLabels,
  sampleSiteKinds,
  traceStatusLabels,
  type SampleResult,
  type SampleSiteKind,
} from '../../../server/schema/enums/fuel-sample.ts';
import type { FuelSample, FuelSamplesResponse, FuelSamplesSummary } from '../../../server/schema/fuel-samples.ts';
import type { EnforcementSectionProps } from './enforcement-view.tsx';

/** The failure rate as a percentage with one decimal, or the messages' dash without a known result. */
export function formatRate(rate: number | null, dash: string): string {
  return rate === null ? dash : `${(rate * 100).toFixed(1)}%`;
}

/**
 * 油品抽检 (task 17): the summary figures (samples, failure rate, traces not closed), the samples newest first with
 * their result badges, a row shows the site on the map and opens its detail: the failed items, the trace form (for
 * those who supervise) and 「立案」 (for those who may open cases) on a failed sample without a case.
 */
export function FuelSection({ context, lang, asOf }: EnforcementSectionProps) {
  const m = enforcementFuelMessages(lang);
  const shared = enforcementMessages(lang);
  const [result, setResult] = useState<SampleResult | ''>('');
  const [siteKind, setSiteKind] = useState<SampleSiteKind | ''>('');
  const [selected, setSelected] = useState<number | null>(null);
  const params = new URLSearchParams();
  if (asOf) params.set('asOf', asOf);
  const summaryQuery = params.toString();
  if (result) params.set('result', result);
  if (siteKind) params.set('siteKind', siteKind);
  const query = params.toString();
  const samples = useFetched<FuelSamplesResponse>(`/api/fuel-samples${query ? `?${query}` : ''}`, lang);
  const summary = useFetched<FuelSamplesSummary>(
    `/api/fuel-samples/summary${summaryQuery ? `?${summaryQuery}` : ''}`,
    lang,
  );
  const reload = () => {
    samples.reload();
    summary.reload();
  };
  const picked = samples.value?.samples.find((s) => s.id === selected) ?? null;
  return (
    <section data-enforcement-section="fuel" class="fuel-section">
      <h3>{m.title}</h3>
      {summary.value ? (
        <p data-fuel-figures="">
          {m.figures(
            summary.value.totals.samples,
            formatRate(summary.value.totals.failureRate, m.noRate),
            summary.value.totals.tracesOpen,
          )}
        </p>
      ) : null}
      <p class="muted">{m.limitsNote}</p>
      <div class="filters">
        <label>
          {m.resultFilter}{' '}
          <select
            name="result"
            value={result}
            onChange={(e) => setResult((e.currentTarget as HTMLSelectElement).value as SampleResult | '')}
          >
            <option value="">{m.all}</option>
            {sampleResults.map((r) => (
              <option key={r} value={r}>
                {sampleResultLabels[r][lang]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {m.siteFilter}{' '}
          <select
            name="siteKind"
            value={siteKind}
            onChange={(e) => setSiteKind((e.currentTarget as HTMLSelectElement).value as SampleSiteKind | '')}
          >
            <option value="">{m.all}</option>
            {sampleSiteKinds.map((k) => (
              <option key={k} value={k}>
                {sampleSiteKindLabels[k][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {samples.error ? (
        <p class="error">
          {shared.loadFailed(samples.error)}{' '}
          <button type="button" onClick={samples.reload}>
            {shared.retry}
          </button>
        </p>
      ) : null}
      {!samples.value && !samples.error ? <p class="muted">{shared.loading}</p> : null}
      {samples.value ? (
        <FuelSampleList
          lang={lang}
          response={samples.value}
          selectedId={selected}
          onSelect={(s) => {
            setSelected(s.id === selected ? null : s.id);
            showOnMap(context.store, context.map, 'fuel-samples', s.sampleNo, [s.lon, s.lat]);
          }}
        />
      ) : null}
      {picked ? <FuelSampleDetail key={picked.id} lang={lang} sample={picked} onSaved={reload} /> : null}
    </section>
  );
}

/** The samples as a table with result badges; a row selects the sample. */
export function FuelSampleList(props: {
  lang: Language;
  response: FuelSamplesResponse;
  selectedId: number | null;
  onSelect: (s: FuelSample) => void;
}) {
  const { lang, response, selectedId, onSelect } = props;
  const m = enforcementFuelMessages(lang);
  if (response.samples.length === 0) return <p class="muted">{m.empty}</p>;
  return (
    <div>
      <p class="muted">{m.count(response.samples.length, response.total)}</p>
      <table class="fuel-samples">
        <thead>
          <tr>
            <th>{m.colNo}</th>
            <th>{m.colDate}</th>
            <th>{m.colSite}</th>
            <th>{m.colProduct}</th>
            <th>{m.colResult}</th>
            <th>{m.colTrace}</th>
          </tr>
        </thead>
        <tbody>
          {response.samples.map((s) => (
            <tr
              key={s.id}
              data-sample={s.sampleNo}
              class={s.id === selectedId ? 'selected' : undefined}
              onClick={() => onSelect(s)}
            >
              <td>{s.sampleNo}</td>
              <td>{s.sampledAt.slice(0, 10)}</td>
              <td>
                <span class="muted">{sampleSiteKindLabels[s.siteKind][lang]}</span> {s.siteName}
              </td>
              <td>{fuelProductLabels[s.product][lang]}</td>
              <td>
                <span class={`badge result-${s.result}`} data-result={s.result}>
                  {sampleResultLabels[s.result][lang]}
                </span>
              </td>
              <td>{s.trace ? traceStatusLabels[s.trace.status][lang] : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A selected sample: its failed items, the trace form and 「立案」. */
function FuelSampleDetail({ lang, sample, onSaved }: { lang: Language; sample: FuelSample; onSaved: () => void }) {
  const m = enforcementFuelMessages(lang);
  const items = sample.failedItems.map((f) => m.item(f.item, f.value, f.limit, f.unit));
  return (
    <div class="fuel-detail" data-fuel-detail={sample.sampleNo}>
      <h4>
        {sample.sampleNo} · {sample.siteName} · {sample.standard}
      </h4>
      {items.length > 0 ? (
        <p>
          {m.failedItems}：{items.join('；')}
        </p>
      ) : null}
      {sample.trace && session.can('supervise') && sample.trace.status !== 'closed' ? (
        <TraceForm lang={lang} sample={sample} onSaved={onSaved} />
      ) : null}
      {sample.trace ? (
        <p class="muted">
          {m.traceStatus}：{traceStatusLabels[sample.trace.status][lang]}
          {sample.trace.supplier ? ` · ${m.supplier} ${sample.trace.supplier}` : ''}
          {sample.trace.origin ? ` · ${m.origin} ${sample.trace.origin}` : ''}
        </p>
      ) : null}
      {sample.result === 'fail' ? <FileCaseButton lang={lang} sample={sample} onSaved={onSaved} /> : null}
    </div>
  );
}

/** The trace form: supplier, transporter, origin, status and note → PATCH /api/fuel-samples/:id/trace. */
function TraceForm({ lang, sample, onSaved }: { lang: Language; sample: FuelSample; onSaved: () => void }) {
  const m = enforcementFuelMessages(lang);
  const trace = sample.trace;
  const [supplier, setSupplier] = useState(trace?.supplier ?? '');
  const [transporter, setTransporter] = useState(trace?.transporter ?? '');
  const [origin, setOrigin] = useState(trace?.origin ?? '');
  const [status, setStatus] = useState<'traced' | 'referred' | 'closed'>('traced');
  const [note, setNote] = useState(trace?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    const r = await sendJson<FuelSample>('PATCH', `/api/fuel-samples/${sample.id}/trace`, {
      supplier,
      transporter,
      origin,
      status,
      note,
    });
    setBusy(false);
    setMessage(r.ok ? m.saved : m.failed(failureText(lang, r.error)));
    if (r.ok) onSaved();
  };
  const field = (label: string, value: string, set: (v: string) => void, name: string) => (
    <label>
      {label}{' '}
      <input
        name={name}
        value={value}
        maxLength={120}
        onInput={(e) => set((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
  return (
    <form
      class="trace-form"
      data-trace-form=""
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h5>{m.traceTitle}</h5>
      {field(m.supplier, supplier, setSupplier, 'supplier')}
      {field(m.transporter, transporter, setTransporter, 'transporter')}
      {field(m.origin, origin, setOrigin, 'origin')}
      <label>
        {m.traceStatus}{' '}
        <select
          name="status"
          value={status}
          onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as typeof status)}
        >
          {(['traced', 'referred', 'closed'] as const).map((s) => (
            <option key={s} value={s}>
              {traceStatusLabels[s][lang]}
            </option>
          ))}
        </select>
      </label>
      {field(m.note, note, setNote, 'note')}
      <button type="submit" disabled={busy}>
        {m.saveTrace}
      </button>
      {message ? <span class="muted"> {message}</span> : null}
    </form>
  );
}

/** 「立案」 on a failed sample without a case → POST /api/cases {origin: 'fuel-sample', sampleId}. */
function FileCaseButton({ lang, sample, onSaved }: { lang: Language; sample: FuelSample; onSaved: () => void }) {
  const m = enforcementFuelMessages(lang);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const caseId = sample.trace?.caseId ?? null;
  if (caseId !== null) return <p class="muted">{m.caseLinked(caseId)}</p>;
  if (!session.can('cases')) return null;
  const file = async () => {
    setBusy(true);
    const items = sample.failedItems.map((f) => f.item).join('、');
    const r = await sendJson<{ id: number; number: string }>('POST', '/api/cases', {
      origin: 'fuel-sample',
      sampleId: sample.id,
      // the case is filed in Chinese whatever the console's language
      violation: enforcementFuelMessages('zh').violation(sample.siteName, fuelProductLabels[sample.product].zh, items),
    });
    setBusy(false);
    setMessage(r.ok ? m.caseFiled(r.value.number) : m.failed(failureText(lang, r.error)));
    if (r.ok) onSaved();
  };
  return (
    <p>
      <button type="button" data-file-fuel-case="" disabled={busy} onClick={() => void file()}>
        {m.fileCase}
      </button>
      {message ? <span class="muted"> {message}</span> : null}
    </p>
  );
}
