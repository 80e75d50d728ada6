import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { session } from '../../api/session.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { ledgersMessages } from '../../i18n/ledgers.ts';
import { ledgersEnergyMessages } from '../../i18n/ledgers-energy.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { Language } from '../../state/app-state.ts';
import { industryInfo } from '../../../server/schema/enums/industry.ts';
import type { EnergySummary, LedgerResponse, LedgerRow } from '../../../server/schema/energy.ts';
import type { RuleHitsResponse } from '../../../server/schema/rules.ts';
import type { LedgersSectionProps } from './ledgers-view.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

/** The rules of task 8 this tab lists as coal-fired furnaces. */
const furnaceRules: readonly string[] = ['coal-kiln-new', 'coal-kiln-conversion'];

/**
 * 能源煤炭 (tasks 1, 6, 8): the district's coal total and non-fossil share by year with their change, the
 * enterprise ledger of a year (sorted by coal or by name; a row shows the enterprise on the map, and an editor edits
 * it), and the coal-fired furnaces the task-8 rules find at as-of.
 */
export function EnergySection({ context, lang, asOf }: LedgersSectionProps) {
  const m = ledgersEnergyMessages(lang);
  const shared = ledgersMessages(lang);
  const summary = useFetched<EnergySummary>('/api/energy/summary', lang);
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? summary.value?.year ?? null;
  const ledger = useFetched<LedgerResponse>(shownYear === null ? null : `/api/energy/ledger?year=${shownYear}`, lang);
  const hits = useFetched<RuleHitsResponse>(`/api/rules${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`, lang);
  const [sort, setSort] = useState<'coal' | 'name'>('coal');
  const [selected, setSelected] = useState<string | null>(null);
  const rows = ledger.value?.rows ?? [];
  const picked = rows.find((r) => r.enterpriseId === selected) ?? null;
  const failure = loadFailure(shared);
  const show = (id: string, position: readonly [number, number] | null) => {
    setSelected(id);
    showOnMap(context.store, context.map, 'enterprises', id, position);
  };
  return (
    <section data-ledgers-section="energy" class="energy-ledger">
      <h3>{m.districtTitle}</h3>
      <p class="muted">
        {m.factorsNote} {shared.synthetic}
      </p>
      {summary.error ? failure(summary.error, summary.reload) : null}
      {!summary.value && !summary.error ? <p class="muted">{shared.loading}</p> : null}
      {summary.value ? <DistrictYears lang={lang} summary={summary.value} /> : null}
      <h4>{m.ledgerTitle}</h4>
      <div class="energy-filters">
        <label>
          {m.yearFilter}{' '}
          <select
            name="year"
            value={shownYear ?? ''}
            onChange={(e) => setYear(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {(summary.value?.years ?? []).map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {m.sortBy}{' '}
          <select
            name="sort"
            value={sort}
            onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as 'coal' | 'name')}
          >
            <option value="coal">{m.sortCoal}</option>
            <option value="name">{m.sortName}</option>
          </select>
        </label>
      </div>
      {ledger.error ? failure(ledger.error, ledger.reload) : null}
      {ledger.value?.truncated ? <p class="muted">{m.truncated}</p> : null}
      {ledger.value ? (
        <LedgerTable
          lang={lang}
          rows={rows}
          sort={sort}
          selectedId={selected}
          onSelect={(r) => show(r.enterpriseId, r.position)}
        />
      ) : null}
      {session.can('edit') ? (
        picked ? (
          <LedgerForm
            key={`${picked.enterpriseId}/${picked.year}`}
            lang={lang}
            row={picked}
            onSaved={() => {
              ledger.reload();
              summary.reload();
            }}
          />
        ) : (
          <p class="muted">{m.pickRow}</p>
        )
      ) : null}
      <h4>{m.furnacesTitle}</h4>
      <p class="muted">{m.furnacesNote}</p>
      {hits.error ? failure(hits.error, hits.reload) : null}
      {hits.value ? (
        <FurnaceList
          lang={lang}
          hits={hits.value.hits.filter((h) => furnaceRules.includes(h.rule))}
          rows={rows}
          onShow={(id, position) => show(id, position)}
        />
      ) : null}
    </section>
  );
}

/** The district by year: a bar of coal (relative to the largest year) and the figures with their change. */
export function DistrictYears({ lang, summary }: { lang: Language; summary: EnergySummary }) {
  const m = ledgersEnergyMessages(lang);
  const most = Math.max(1, ...summary.years.map((y) => y.quantities.coalT));
  return (
    <table class="energy-table" data-energy-years="">
      <thead>
        <tr>
          <th>{m.colYear}</th>
          <th>{m.colCoal}</th>
          <th>{m.colChange}</th>
          <th>{m.colTotal}</th>
          <th>{m.colCoalShare}</th>
          <th>{m.colNonFossil}</th>
        </tr>
      </thead>
      <tbody>
        {summary.years.map((y) => (
          <tr key={y.year} data-energy-year={y.year}>
            <td>{y.year}</td>
            <td>
              <span class="energy-bar" style={{ width: `${Math.round((y.quantities.coalT / most) * 80)}px` }} />{' '}
              {m.number(y.quantities.coalT)}
            </td>
            <td class={y.coalChange && y.coalChange.delta > 0 ? 'energy-up' : ''}>
              {m.change(y.coalChange?.ratio ?? null)}
            </td>
            <td>{m.number(y.tce.total)}</td>
            <td>{m.pct(y.coalShare)}</td>
            <td>{m.pct(y.nonFossilShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The ledger rows of a year, sorted by coal (largest first) or by enterprise name. */
export function LedgerTable(props: {
  lang: Language;
  rows: readonly LedgerRow[];
  sort: 'coal' | 'name';
  selectedId: string | null;
  onSelect: (row: LedgerRow) => void;
}) {
  const { lang, rows, sort, selectedId, onSelect } = props;
  const m = ledgersEnergyMessages(lang);
  if (rows.length === 0) return <p class="muted">{m.noRows}</p>;
  const sorted = [...rows].sort((a, b) =>
    sort === 'coal'
      ? b.coalT - a.coalT || a.enterpriseId.localeCompare(b.enterpriseId)
      : a.enterpriseName.localeCompare(b.enterpriseName, 'zh'),
  );
  return (
    <table class="energy-table" data-energy-ledger="">
      <thead>
        <tr>
          <th>{m.colEnterprise}</th>
          <th>{m.colIndustry}</th>
          <th>{m.colCoal}</th>
          <th>{m.colChange}</th>
          <th>{m.colGas}</th>
          <th>{m.colElectricity}</th>
          <th>{m.colBiomass}</th>
          <th>{m.colTotal}</th>
          <th>{m.colNonFossil}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => {
          const rise = r.previousCoalT !== null && r.coalT > r.previousCoalT;
          const ratio = r.previousCoalT ? (r.coalT - r.previousCoalT) / r.previousCoalT : null;
          return (
            <tr
              key={r.enterpriseId}
              data-energy-row={r.enterpriseId}
              class={r.enterpriseId === selectedId ? 'selected' : ''}
              onClick={() => onSelect(r)}
              title={m.showOnMap}
            >
              <td>{r.enterpriseName}</td>
              <td>{industryInfo[r.industry][lang]}</td>
              <td>{m.number(r.coalT)}</td>
              <td class={rise ? 'energy-up' : ''}>{m.change(ratio)}</td>
              <td>{m.number(r.gas10kM3, 1)}</td>
              <td>{m.number(r.electricityMwh)}</td>
              <td>{m.number(r.biomassT)}</td>
              <td>{m.number(r.tce.total)}</td>
              <td>{m.pct(r.nonFossilShare)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The coal-fired furnaces the task-8 rules hit, with their enterprise (named from the ledger when it is there). */
export function FurnaceList(props: {
  lang: Language;
  hits: readonly RuleHitsResponse['hits'][number][];
  rows: readonly LedgerRow[];
  onShow: (id: string, position: readonly [number, number] | null) => void;
}) {
  const { lang, hits, rows, onShow } = props;
  const m = ledgersEnergyMessages(lang);
  if (hits.length === 0) return <p class="muted">{m.noFurnaces}</p>;
  const byId = new Map(rows.map((r) => [r.enterpriseId, r]));
  return (
    <ul class="energy-furnaces">
      {hits.map((h) => {
        const row = byId.get(h.entityId);
        return (
          <li key={`${h.rule}/${h.entityId}`} data-furnace-hit={h.rule}>
            <span class={h.severity === 'violation' ? 'badge bad' : 'badge'}>{h.title[lang]}</span>{' '}
            <strong>{row?.enterpriseName ?? h.entityId}</strong> {h.detail[lang]}{' '}
            <button type="button" onClick={() => onShow(h.entityId, row?.position ?? null)}>
              {m.showOnMap}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Edits one ledger row (PUT, `edit` holders). */
function LedgerForm({ lang, row, onSaved }: { lang: Language; row: LedgerRow; onSaved: () => void }) {
  const m = ledgersEnergyMessages(lang);
  const [fields, setFields] = useState({
    coalT: String(row.coalT),
    gas10kM3: String(row.gas10kM3),
    electricityMwh: String(row.electricityMwh),
    biomassT: String(row.biomassT),
    nonFossilMwh: String(row.nonFossilMwh),
    source: '',
  });
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  const set = (key: keyof typeof fields) => (e: Event) =>
    setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const result = await sendJson<LedgerRow>('PUT', `/api/energy/ledger/${row.enterpriseId}/${row.year}`, {
      coalT: Number(fields.coalT),
      gas10kM3: Number(fields.gas10kM3),
      electricityMwh: Number(fields.electricityMwh),
      biomassT: Number(fields.biomassT),
      nonFossilMwh: Number(fields.nonFossilMwh),
      source: fields.source.trim(),
    });
    if (!result.ok) return setState({ kind: 'failed', text: failureText(lang, result.error) });
    setState({ kind: 'saved' });
    onSaved();
  };
  const input = (key: Exclude<keyof typeof fields, 'source'>, label: string) => (
    <label>
      {label} <input type="number" name={key} min="0" step="any" required value={fields[key]} onInput={set(key)} />
    </label>
  );
  return (
    <form class="energy-form" data-energy-form={row.enterpriseId} onSubmit={submit}>
      <h4>{m.editTitle(row.enterpriseName, row.year)}</h4>
      {input('coalT', m.colCoal)}
      {input('gas10kM3', m.colGas)}
      {input('electricityMwh', m.colElectricity)}
      {input('biomassT', m.colBiomass)}
      {input('nonFossilMwh', m.nonFossilMwh)}
      <label>
        {m.source} <input name="source" maxLength={200} required value={fields.source} onInput={set('source')} />
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.saving : m.save}
      </button>
      {state.kind === 'saved' ? <span class="muted"> {m.saved}</span> : null}
      {state.kind === 'failed' ? <p class="error">{m.saveFailed(state.text)}</p> : null}
    </form>
  );
}
