import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { session } from '../../api/session.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { ledgersMessages } from '../../i18n/ledgers.ts';
import { ledgersVocMessages } from '../../i18n/ledgers-voc.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { Language } from '../../state/app-state.ts';
import { industryInfo, type Industry } from '../../../server/schema/enums/industry.ts';
import {
  vocMaterialLabels,
  vocMaterials,
  vocUnits,
  type VocMaterial,
  type VocUnit,
} from '../../../server/schema/enums/voc-material.ts';
import type { MaterialLedger, MaterialsResponse, VocSummary } from '../../../server/schema/voc-ledger.ts';
import type { LedgersSectionProps } from './ledgers-view.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

/** The three key VOC industries of task 13 (as server/schema/voc-ledger.ts lists them; that module imports zod). */
const keyIndustries = ['industrial-coating', 'packaging-printing', 'wood-panel'] as const satisfies readonly Industry[];

const industryName = (industry: string, lang: Language) =>
  industry in industryInfo ? industryInfo[industry as Industry][lang] : industry;

/**
 * 低VOCs原辅材料 (task 13, T13.5): the district's and each key industry's share of compliant (low-VOC) materials by
 * year, and each enterprise's materials of the latest year with its share and the items over their declared limit;
 * a row shows the enterprise on the map and its items; admins record a material for it.
 */
export function MaterialsSection({ context, lang, asOf }: LedgersSectionProps) {
  const m = ledgersVocMessages(lang);
  const shared = ledgersMessages(lang);
  const [industry, setIndustry] = useState('');
  const at = asOf ? `asOf=${encodeURIComponent(asOf)}` : '';
  const summary = useFetched<VocSummary>(`/api/voc/summary${at ? `?${at}` : ''}`, lang);
  const query = [at, industry ? `industry=${industry}` : ''].filter(Boolean).join('&');
  const materials = useFetched<MaterialsResponse>(`/api/voc/materials${query ? `?${query}` : ''}`, lang);
  const [selected, setSelected] = useState<string | null>(null);
  const picked = materials.value?.ledgers.find((l) => l.enterpriseId === selected) ?? null;
  const failure = loadFailure(shared);
  return (
    <section data-ledgers-section="materials" class="voc-ledger">
      <h3>{m.materialsTitle}</h3>
      <p class="muted">{m.materialsNote}</p>
      <h4>{m.sharesTitle}</h4>
      {summary.error ? failure(summary.error, summary.reload) : null}
      {!summary.value && !summary.error ? <p class="muted">{shared.loading}</p> : null}
      {summary.value ? <ShareTable lang={lang} summary={summary.value} /> : null}
      <label>
        {m.industryFilter}{' '}
        <select
          name="industry"
          value={industry}
          onChange={(e) => setIndustry((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{m.allIndustries}</option>
          {keyIndustries.map((i) => (
            <option key={i} value={i}>
              {industryName(i, lang)}
            </option>
          ))}
        </select>
      </label>
      {materials.error ? failure(materials.error, materials.reload) : null}
      {!materials.value && !materials.error ? <p class="muted">{shared.loading}</p> : null}
      {materials.value ? (
        <MaterialList
          lang={lang}
          ledgers={materials.value.ledgers}
          selectedId={selected}
          onSelect={(l) => {
            setSelected(l.enterpriseId);
            showOnMap(context.store, context.map, 'enterprises', l.enterpriseId, l.position);
          }}
        />
      ) : null}
      {session.can('edit') ? (
        picked ? (
          <MaterialForm
            key={picked.enterpriseId}
            lang={lang}
            ledger={picked}
            onSaved={() => {
              materials.reload();
              summary.reload();
            }}
          />
        ) : (
          <p class="muted">{m.pickEnterprise}</p>
        )
      ) : null}
    </section>
  );
}

/** The compliant shares by year: the district and each key industry. */
export function ShareTable({ lang, summary }: { lang: Language; summary: VocSummary }) {
  const m = ledgersVocMessages(lang);
  return (
    <table class="voc-table" data-voc-shares="">
      <thead>
        <tr>
          <th>{m.colYear}</th>
          <th>{m.colDistrict}</th>
          {keyIndustries.map((i) => (
            <th key={i}>{industryName(i, lang)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.years.map((y) => (
          <tr key={y.year} data-voc-share-year={y.year}>
            <td>{y.year}</td>
            <td>{m.share(y.district.compliantShare, y.district.enterprises)}</td>
            {keyIndustries.map((i) => {
              const row = y.industries.find((r) => r.industry === i);
              return <td key={i}>{row ? m.share(row.compliantShare, row.enterprises) : '—'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each enterprise's materials: quantity, compliant share, items over the declared limit; a row expands. */
export function MaterialList(props: {
  lang: Language;
  ledgers: readonly MaterialLedger[];
  selectedId: string | null;
  onSelect: (l: MaterialLedger) => void;
}) {
  const { lang, ledgers, selectedId, onSelect } = props;
  const m = ledgersVocMessages(lang);
  const shared = ledgersMessages(lang);
  if (ledgers.length === 0) return <p class="muted">{m.noMaterials}</p>;
  return (
    <table class="voc-table">
      <thead>
        <tr>
          <th>{m.colEnterprise}</th>
          <th>{m.colIndustry}</th>
          <th>{m.colYear}</th>
          <th>{m.colQuantity}</th>
          <th>{m.colShare}</th>
          <th>{m.colOver}</th>
        </tr>
      </thead>
      <tbody>
        {ledgers.map((l) => (
          <Fragment key={l.enterpriseId}>
            <tr data-material-row={l.enterpriseId} class={l.enterpriseId === selectedId ? 'selected' : ''}>
              <td>
                <button type="button" class="link" title={m.showOnMap} onClick={() => onSelect(l)}>
                  {l.name}
                </button>
                <div class="muted">
                  {l.townshipName}
                  {l.items.some((i) => i.provenance === 'synthetic') ? ` · ${shared.synthetic}` : ''}
                </div>
              </td>
              <td>{industryName(l.industry, lang)}</td>
              <td>{l.year}</td>
              <td>{l.quantityT}</td>
              <td>{l.compliantShare === null ? '—' : `${(l.compliantShare * 100).toFixed(1)}%`}</td>
              <td>{l.overLimit > 0 ? <span class="badge bad">{l.overLimit}</span> : '0'}</td>
            </tr>
            {l.enterpriseId === selectedId ? (
              <tr class="detail" data-material-detail={l.enterpriseId}>
                <td colSpan={6}>
                  <ul>
                    {l.items.map((i) => (
                      <li key={i.id}>
                        {m.materialLine(
                          vocMaterialLabels[i.material][lang],
                          i.product,
                          i.quantityT,
                          `${i.vocContent} ${i.vocUnit}`,
                          `${i.limitValue} ${i.vocUnit}`,
                          i.standard,
                        )}{' '}
                        {i.lowVoc ? <span class="badge ok">{m.lowVoc}</span> : null}
                        {i.overLimit ? <span class="badge bad">{m.overLimit}</span> : null}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** POST /api/voc/materials for one enterprise (admins: the annual declarations are a register). */
export function MaterialForm(props: { lang: Language; ledger: MaterialLedger; onSaved: () => void }) {
  const { lang, ledger, onSaved } = props;
  const m = ledgersVocMessages(lang);
  const [fields, setFields] = useState({
    year: String(ledger.year),
    material: 'coating' as VocMaterial,
    product: '',
    quantityT: '',
    vocContent: '',
    vocUnit: 'g/L' as VocUnit,
    limitValue: '',
    standard: '',
    lowVoc: false,
  });
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  const set = (key: keyof typeof fields) => (e: Event) =>
    setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const result = await sendJson<{ id: number }>('POST', '/api/voc/materials', {
      enterpriseId: ledger.enterpriseId,
      year: Number(fields.year),
      material: fields.material,
      product: fields.product,
      quantityT: Number(fields.quantityT),
      vocContent: Number(fields.vocContent),
      vocUnit: fields.vocUnit,
      limitValue: Number(fields.limitValue),
      ...(fields.standard.trim() ? { standard: fields.standard.trim() } : {}),
      lowVoc: fields.lowVoc,
    });
    if (!result.ok) return setState({ kind: 'failed', text: failureText(lang, result.error) });
    setState({ kind: 'saved' });
    onSaved();
  };
  return (
    <form class="voc-form" data-material-form={ledger.enterpriseId} onSubmit={submit}>
      <h4>{m.materialForm(ledger.name)}</h4>
      <label>
        {m.year}{' '}
        <input type="number" name="year" min="2000" max="2100" required value={fields.year} onInput={set('year')} />
      </label>
      <label>
        {m.material}{' '}
        <select name="material" value={fields.material} onChange={set('material')}>
          {vocMaterials.map((k) => (
            <option key={k} value={k}>
              {vocMaterialLabels[k][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.product} <input name="product" maxLength={80} required value={fields.product} onInput={set('product')} />
      </label>
      <label>
        {m.quantityT}{' '}
        <input
          type="number"
          name="quantityT"
          min="0"
          step="any"
          required
          value={fields.quantityT}
          onInput={set('quantityT')}
        />
      </label>
      <label>
        {m.vocContent}{' '}
        <input
          type="number"
          name="vocContent"
          min="0"
          step="any"
          required
          value={fields.vocContent}
          onInput={set('vocContent')}
        />
      </label>
      <label>
        {m.vocUnit}{' '}
        <select name="vocUnit" value={fields.vocUnit} onChange={set('vocUnit')}>
          {vocUnits.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.limitValue}{' '}
        <input
          type="number"
          name="limitValue"
          min="0"
          step="any"
          required
          value={fields.limitValue}
          onInput={set('limitValue')}
        />
      </label>
      <label>
        {m.standard} <input name="standard" maxLength={80} value={fields.standard} onInput={set('standard')} />
      </label>
      <label>
        <input
          type="checkbox"
          name="lowVoc"
          checked={fields.lowVoc}
          onChange={(e) => setFields({ ...fields, lowVoc: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {m.lowVocDeclared}
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.saving : m.save}
      </button>
      {state.kind === 'saved' ? (
        <p class="muted" data-voc-saved="">
          {m.saved}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p class="error" data-voc-error="">
          {m.saveFailed(state.text)}
        </p>
      ) : null}
    </form>
  );
}
