import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { dustChecksMessages } from '../../i18n/dust-checks.ts';
import type { Language } from '../../state/app-state.ts';
import {
  repairInspectionOutcomeLabels,
  repairInspectionOutcomes,
  repairShopCategoryLabels,
} from '../../../server/schema/enums/repair-shop.ts';
import type { RepairInspection } from '../../../server/schema/repair-inspections.ts';
import type { RepairShopProperties } from '../../../server/schema/repair-shop.ts';

/** A `repair-shops` feature as GET /api/layers/repair-shops serves it. */
export interface RepairShopFeature {
  geometry: { coordinates: number[] };
  properties: RepairShopProperties;
}

/** The shops, open findings first, then never inspected, then by name; a row selects the shop. */
export function RepairShopList(props: {
  lang: Language;
  features: readonly RepairShopFeature[];
  selectedId: string | null;
  onSelect: (feature: RepairShopFeature) => void;
}) {
  const m = dustChecksMessages(props.lang);
  const rank = (p: RepairShopProperties) => (p.openFinding ? 0 : p.lastInspection === null ? 1 : 2);
  const shops = [...props.features].sort(
    (a, b) => rank(a.properties) - rank(b.properties) || a.properties.name.localeCompare(b.properties.name, 'zh'),
  );
  const open = shops.filter((f) => f.properties.openFinding).length;
  const never = shops.filter((f) => f.properties.lastInspection === null).length;
  return (
    <div class="repair-shops">
      <p>{m.shopsSummary(shops.length, open, never)}</p>
      <ul class="repair-shop-list">
        {shops.map((f) => {
          const p = f.properties;
          const last = p.lastInspection;
          return (
            <li key={p.id} data-repair-shop={p.id} class={p.id === props.selectedId ? 'selected' : undefined}>
              <button type="button" class="link" onClick={() => props.onSelect(f)}>
                {p.name}
              </button>{' '}
              <span class="muted">
                {repairShopCategoryLabels[p.category][props.lang]} · {p.townshipName}
              </span>{' '}
              {p.openFinding ? <strong class="badge bad">{m.shopOpen}</strong> : null}{' '}
              <span class="muted">
                {last ? m.shopLast(last.date, repairInspectionOutcomeLabels[last.outcome][props.lang]) : m.shopNever}
                {last?.rectifiedOn ? ` · ${m.shopRectified(last.rectifiedOn)}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * The inspection form of one repair shop (POST /api/repair-shops/:id/inspections): date, the three findings, the
 * outcome, the rectification date when already done, a note; and, for the latest open finding, the rectification
 * (PATCH).
 */
export function RepairInspectionForm(props: {
  lang: Language;
  shop: { id: string; name: string; openInspectionId: number | null };
  defaultDate: string;
  onSaved: (inspection: RepairInspection) => void;
}) {
  const { lang, shop, onSaved } = props;
  const m = dustChecksMessages(lang);
  const [date, setDate] = useState(props.defaultDate);
  const [removal, setRemoval] = useState(false);
  const [tampering, setTampering] = useState(false);
  const [ledger, setLedger] = useState(true);
  const [outcome, setOutcome] = useState('compliant');
  const [rectifiedOn, setRectifiedOn] = useState('');
  const [note, setNote] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  const path = `/api/repair-shops/${encodeURIComponent(shop.id)}/inspections`;
  const send = async (method: 'POST' | 'PATCH', url: string, body: unknown) => {
    setState({ kind: 'saving' });
    const result = await sendJson<RepairInspection>(method, url, body);
    if (!result.ok) {
      setState({ kind: 'failed', text: failureText(lang, result.error) });
      return;
    }
    setState({ kind: 'saved' });
    onSaved(result.value);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void send('POST', path, {
      inspectedOn: date,
      aftertreatmentRemoval: removal,
      obdTampering: tampering,
      ledgerComplete: ledger,
      outcome,
      rectifiedOn: rectifiedOn === '' ? null : rectifiedOn,
      note: note.trim() === '' ? null : note.trim(),
    });
  };
  const flag = (label: string, name: string, value: boolean, change: (v: boolean) => void) => (
    <label>
      <input type="checkbox" name={name} checked={value} onChange={(e) => change(e.currentTarget.checked)} /> {label}
    </label>
  );
  return (
    <form class="repair-inspection-form" data-repair-form={shop.id} onSubmit={submit}>
      <h4>{m.inspectionTitle(shop.name)}</h4>
      <label>
        {m.inspectionDate}{' '}
        <input type="date" name="inspectedOn" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <fieldset>
        {flag(m.inspectionRemoval, 'aftertreatmentRemoval', removal, setRemoval)}
        {flag(m.inspectionTampering, 'obdTampering', tampering, setTampering)}
        {flag(m.inspectionLedger, 'ledgerComplete', ledger, setLedger)}
      </fieldset>
      <label>
        {m.formOutcome}{' '}
        <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)}>
          {repairInspectionOutcomes.map((o) => (
            <option key={o} value={o}>
              {repairInspectionOutcomeLabels[o][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.inspectionRectified}{' '}
        <input
          type="date"
          name="rectifiedOn"
          value={rectifiedOn}
          onInput={(e) => setRectifiedOn(e.currentTarget.value)}
        />
      </label>
      <label>
        {m.formNote}{' '}
        <textarea name="note" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.formSaving : m.formSave}
      </button>
      {shop.openInspectionId !== null ? (
        <button
          type="button"
          data-rectify=""
          disabled={state.kind === 'saving' || rectifiedOn === ''}
          onClick={() => void send('PATCH', `${path}/${shop.openInspectionId}`, { rectifiedOn })}
        >
          {m.rectifyButton}
        </button>
      ) : null}
      {state.kind === 'saved' ? <p class="muted">{m.formSaved}</p> : null}
      {state.kind === 'failed' ? <p class="error">{m.formFailed(state.text)}</p> : null}
    </form>
  );
}
