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
import { carbonFormLabels, carbonForms, type CarbonForm } from '../../../server/schema/enums/voc-material.ts';
import type { CarbonEnterprise, CarbonResponse } from '../../../server/schema/voc-ledger.ts';
import type { LedgersSectionProps } from './ledgers-view.tsx';

const statuses = ['', 'fill-short', 'untransferred', 'ok'] as const;
type StatusFilter = (typeof statuses)[number];

/**
 * 活性炭 (task 13, T13.2 and T13.4): each enterprise using adsorption with its latest fill against the design fill,
 * the iodine value against the console's floor, spent carbon against the transfers and the days since the
 * replacement; a row shows the enterprise on the map and its records; those who supervise record replacements and
 * transfers for it.
 */
export function CarbonSection({ context, lang, asOf }: LedgersSectionProps) {
  const m = ledgersVocMessages(lang);
  const shared = ledgersMessages(lang);
  const [status, setStatus] = useState<StatusFilter>('');
  const params = new URLSearchParams();
  if (asOf) params.set('asOf', asOf);
  if (status) params.set('status', status);
  const query = params.toString();
  const carbon = useFetched<CarbonResponse>(`/api/voc/carbon${query ? `?${query}` : ''}`, lang);
  const [selected, setSelected] = useState<string | null>(null);
  const picked = carbon.value?.enterprises.find((e) => e.enterpriseId === selected) ?? null;
  const statusLabel: Record<StatusFilter, string> = {
    '': m.statusAll,
    'fill-short': m.statusFillShort,
    untransferred: m.statusUntransferred,
    ok: m.statusOk,
  };
  return (
    <section data-ledgers-section="carbon" class="voc-ledger">
      <h3>{m.carbonTitle}</h3>
      <label>
        {m.statusFilter}{' '}
        <select
          name="status"
          value={status}
          onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as StatusFilter)}
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel[s]}
            </option>
          ))}
        </select>
      </label>
      {carbon.error ? (
        <p class="error">
          {shared.loadFailed(carbon.error)}{' '}
          <button type="button" onClick={carbon.reload}>
            {shared.retry}
          </button>
        </p>
      ) : null}
      {!carbon.value && !carbon.error ? <p class="muted">{shared.loading}</p> : null}
      {carbon.value ? (
        <CarbonList
          lang={lang}
          response={carbon.value}
          selectedId={selected}
          onSelect={(e) => {
            setSelected(e.enterpriseId);
            showOnMap(context.store, context.map, 'enterprises', e.enterpriseId, e.position);
          }}
        />
      ) : null}
      {session.can('supervise') ? (
        picked ? (
          <div class="voc-forms" key={picked.enterpriseId}>
            <CarbonReplacementForm lang={lang} enterprise={picked} onSaved={carbon.reload} />
            <CarbonTransferForm lang={lang} enterprise={picked} onSaved={carbon.reload} />
          </div>
        ) : (
          <p class="muted">{m.pickEnterprise}</p>
        )
      ) : null}
    </section>
  );
}

/** The latest replacement of an enterprise (the list is newest first), or null. */
function latestOf(e: CarbonEnterprise) {
  return e.replacements[0] ?? null;
}

/** The carbon ledgers as a table: fill bar, iodine vs floor, spent vs transferred, days; a row expands. */
export function CarbonList(props: {
  lang: Language;
  response: CarbonResponse;
  selectedId: string | null;
  onSelect: (e: CarbonEnterprise) => void;
}) {
  const { lang, response, selectedId, onSelect } = props;
  const m = ledgersVocMessages(lang);
  const shared = ledgersMessages(lang);
  const list = response.enterprises;
  const untransferred = Math.round(list.reduce((s, e) => s + e.untransferredKg, 0) * 1000) / 1000;
  return (
    <div class="carbon-list">
      <p class="muted">
        {m.carbonNote(response.iodineFloors.granular, response.iodineFloors.honeycomb, response.transferWithinDays)}
      </p>
      <p data-carbon-totals="">
        {m.carbonTotals(
          list.length,
          list.filter((e) => e.fillShort).length,
          list.filter((e) => e.transferOverdue).length,
          untransferred,
        )}
      </p>
      <table class="voc-table">
        <thead>
          <tr>
            <th>{m.colEnterprise}</th>
            <th>{m.colFill}</th>
            <th>{m.colIodine}</th>
            <th>{m.colSpent}</th>
            <th>{m.colDays}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((e) => {
            const latest = latestOf(e);
            const ratio = latest ? Math.min(1, latest.filledKg / latest.designFillKg) : 0;
            return (
              <Fragment key={e.enterpriseId}>
                <tr data-carbon-row={e.enterpriseId} class={e.enterpriseId === selectedId ? 'selected' : ''}>
                  <td>
                    <button type="button" class="link" title={m.showOnMap} onClick={() => onSelect(e)}>
                      {e.name}
                    </button>
                    <div class="muted">
                      {e.townshipName}
                      {e.synthetic ? ` · ${shared.synthetic}` : ''}
                    </div>
                    {latest && latest.fillShortKg > 0 ? <span class="badge warn">{m.badgeShort}</span> : null}
                    {latest?.iodineBelowFloor ? <span class="badge warn">{m.badgeIodine}</span> : null}
                    {e.transferOverdue ? <span class="badge bad">{m.badgeOverdue}</span> : null}
                  </td>
                  <td>
                    {latest ? (
                      <div class="fill-bar" role="img" aria-label={`${latest.filledKg}/${latest.designFillKg} kg`}>
                        <span
                          class={latest.fillShortKg > 0 ? 'fill short' : 'fill'}
                          style={{ width: `${Math.round(ratio * 100)}%` }}
                        />
                        <em>
                          {latest.filledKg}/{latest.designFillKg} kg
                        </em>
                      </div>
                    ) : (
                      <span class="muted">{m.noReplacement}</span>
                    )}
                  </td>
                  <td>
                    {latest
                      ? `${latest.iodineMgG ?? '—'} / ${latest.iodineFloor === null ? m.noFloor : latest.iodineFloor}`
                      : '—'}
                  </td>
                  <td>
                    {e.spentKg} / {e.transferredKg} / <strong>{e.untransferredKg}</strong> kg
                  </td>
                  <td>{latest ? m.days(latest.daysSince) : '—'}</td>
                </tr>
                {e.enterpriseId === selectedId ? (
                  <tr class="detail" data-carbon-detail={e.enterpriseId}>
                    <td colSpan={5}>
                      <h4>{m.replacements}</h4>
                      <ul>
                        {e.replacements.map((r) => (
                          <li key={r.id}>
                            {m.replacementLine(
                              r.replacedOn,
                              r.facility,
                              r.filledKg,
                              r.designFillKg,
                              r.spentKg,
                              r.untransferredKg,
                            )}
                            {r.transferOverdue ? <span class="badge bad">{m.badgeOverdue}</span> : null}
                          </li>
                        ))}
                      </ul>
                      <h4>{m.transfers}</h4>
                      {e.transfers.length === 0 ? <p class="muted">{m.noTransfers}</p> : null}
                      <ul>
                        {e.transfers.map((t) => (
                          <li key={t.id}>{m.transferLine(t.transferredOn, t.manifestNo, t.receiver, t.quantityKg)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; text: string };

/** The saving state's message. */
function SaveNote({ lang, state }: { lang: Language; state: SaveState }) {
  const m = ledgersVocMessages(lang);
  if (state.kind === 'saved')
    return (
      <p class="muted" data-voc-saved="">
        {m.saved}
      </p>
    );
  if (state.kind === 'failed')
    return (
      <p class="error" data-voc-error="">
        {m.saveFailed(state.text)}
      </p>
    );
  return null;
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** POST /api/voc/carbon/replacements for one enterprise. */
export function CarbonReplacementForm(props: { lang: Language; enterprise: CarbonEnterprise; onSaved: () => void }) {
  const { lang, enterprise, onSaved } = props;
  const m = ledgersVocMessages(lang);
  const [fields, setFields] = useState({
    facility: enterprise.replacements[0]?.facility ?? '1#活性炭吸附箱',
    replacedOn: '',
    carbonForm: (enterprise.replacements[0]?.carbonForm ?? 'honeycomb') as CarbonForm,
    filledKg: '',
    designFillKg: String(enterprise.replacements[0]?.designFillKg ?? ''),
    iodineMgG: '',
    spentKg: '',
  });
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const set = (key: keyof typeof fields) => (e: Event) =>
    setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const result = await sendJson<{ id: number }>('POST', '/api/voc/carbon/replacements', {
      enterpriseId: enterprise.enterpriseId,
      facility: fields.facility,
      replacedOn: fields.replacedOn,
      carbonForm: fields.carbonForm,
      filledKg: Number(fields.filledKg),
      designFillKg: Number(fields.designFillKg),
      iodineMgG: numberOrNull(fields.iodineMgG),
      spentKg: Number(fields.spentKg),
    });
    if (!result.ok) return setState({ kind: 'failed', text: failureText(lang, result.error) });
    setState({ kind: 'saved' });
    onSaved();
  };
  return (
    <form class="voc-form" data-carbon-replacement-form={enterprise.enterpriseId} onSubmit={submit}>
      <h4>{m.replacementForm(enterprise.name)}</h4>
      <label>
        {m.facility} <input name="facility" maxLength={60} required value={fields.facility} onInput={set('facility')} />
      </label>
      <label>
        {m.replacedOn}{' '}
        <input type="date" name="replacedOn" required value={fields.replacedOn} onInput={set('replacedOn')} />
      </label>
      <label>
        {m.carbonForm}{' '}
        <select name="carbonForm" value={fields.carbonForm} onChange={set('carbonForm')}>
          {carbonForms.map((f) => (
            <option key={f} value={f}>
              {carbonFormLabels[f][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.filledKg}{' '}
        <input
          type="number"
          name="filledKg"
          min="0"
          step="any"
          required
          value={fields.filledKg}
          onInput={set('filledKg')}
        />
      </label>
      <label>
        {m.designFillKg}{' '}
        <input
          type="number"
          name="designFillKg"
          min="0"
          step="any"
          required
          value={fields.designFillKg}
          onInput={set('designFillKg')}
        />
      </label>
      <label>
        {m.iodine}{' '}
        <input type="number" name="iodineMgG" min="0" step="any" value={fields.iodineMgG} onInput={set('iodineMgG')} />
      </label>
      <label>
        {m.spentKg}{' '}
        <input
          type="number"
          name="spentKg"
          min="0"
          step="any"
          required
          value={fields.spentKg}
          onInput={set('spentKg')}
        />
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.saving : m.save}
      </button>
      <SaveNote lang={lang} state={state} />
    </form>
  );
}

/** POST /api/voc/carbon/transfers for one enterprise, optionally naming one of its replacements. */
export function CarbonTransferForm(props: { lang: Language; enterprise: CarbonEnterprise; onSaved: () => void }) {
  const { lang, enterprise, onSaved } = props;
  const m = ledgersVocMessages(lang);
  const [fields, setFields] = useState({
    manifestNo: '',
    receiver: '',
    quantityKg: '',
    transferredOn: '',
    replacementId: '',
  });
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const set = (key: keyof typeof fields) => (e: Event) =>
    setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const result = await sendJson<{ id: number }>('POST', '/api/voc/carbon/transfers', {
      enterpriseId: enterprise.enterpriseId,
      replacementId: numberOrNull(fields.replacementId),
      manifestNo: fields.manifestNo,
      receiver: fields.receiver,
      quantityKg: Number(fields.quantityKg),
      transferredOn: fields.transferredOn,
    });
    if (!result.ok) return setState({ kind: 'failed', text: failureText(lang, result.error) });
    setState({ kind: 'saved' });
    onSaved();
  };
  return (
    <form class="voc-form" data-carbon-transfer-form={enterprise.enterpriseId} onSubmit={submit}>
      <h4>{m.transferForm(enterprise.name)}</h4>
      <label>
        {m.manifestNo}{' '}
        <input name="manifestNo" maxLength={40} required value={fields.manifestNo} onInput={set('manifestNo')} />
      </label>
      <label>
        {m.receiver} <input name="receiver" maxLength={80} required value={fields.receiver} onInput={set('receiver')} />
      </label>
      <label>
        {m.quantityKg}{' '}
        <input
          type="number"
          name="quantityKg"
          min="0"
          step="any"
          required
          value={fields.quantityKg}
          onInput={set('quantityKg')}
        />
      </label>
      <label>
        {m.transferredOn}{' '}
        <input type="date" name="transferredOn" required value={fields.transferredOn} onInput={set('transferredOn')} />
      </label>
      <label>
        {m.replacementRef}{' '}
        <select name="replacementId" value={fields.replacementId} onChange={set('replacementId')}>
          <option value="">{m.none}</option>
          {enterprise.replacements.map((r) => (
            <option key={r.id} value={String(r.id)}>
              {r.replacedOn} {r.facility}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? m.saving : m.save}
      </button>
      <SaveNote lang={lang} state={state} />
    </form>
  );
}
