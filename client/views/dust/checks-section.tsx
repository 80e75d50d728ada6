import { useState } from 'preact/hooks';
import { useFetched } from '../../api/use-fetched.ts';
import { session } from '../../api/session.ts';
import { dustMessages } from '../../i18n/dust.ts';
import { dustChecksMessages } from '../../i18n/dust-checks.ts';
import type { CheckpointProperties } from '../../../server/schema/checkpoint.ts';
import {
  checkOutcomeLabels,
  checkProblemLabels,
  checkpointKindLabels,
} from '../../../server/schema/enums/roadside-check.ts';
import { vehicleEmissionStageLabels } from '../../../server/schema/enums/vehicle.ts';
import type { RepairInspection } from '../../../server/schema/repair-inspections.ts';
import type { CheckSummary, ChecksResponse } from '../../../server/schema/roadside-checks.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import { CheckForm } from './check-form.tsx';
import type { DustSectionProps } from './dust-view.tsx';
import { RepairInspectionForm, RepairShopList, type RepairShopFeature } from './repair-shops-panel.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

const percent = (rate: number | null, none: string) => (rate === null ? none : `${(rate * 100).toFixed(1)}%`);

/** The day 30 days before a CST date-time's day. */
function monthBefore(asOf: string): string {
  const day = new Date(`${asOf.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 30);
  return day.toISOString().slice(0, 10);
}

/**
 * 路检路查 (task 16): the checks' summary for a chosen period (hit rate, by checkpoint, problem, outcome and
 * emission stage), the recent checks with filters, the check form for those who supervise, and the repair shops
 * with their latest inspection and the inspection form. Rows select the checkpoint or shop on the map.
 */
export function ChecksSection({ context, lang, asOf }: DustSectionProps) {
  const m = dustChecksMessages(lang);
  const shared = dustMessages(lang);
  const [from, setFrom] = useState(asOf ? monthBefore(asOf) : '');
  const [to, setTo] = useState(asOf ? asOf.slice(0, 10) : '');
  const [plate, setPlate] = useState('');
  const [hitsOnly, setHitsOnly] = useState(false);
  const period = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  const listQuery = new URLSearchParams(period);
  if (plate.trim()) listQuery.set('plate', plate.trim());
  if (hitsOnly) listQuery.set('hit', 'true');
  listQuery.set('limit', '50');
  const at = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const summary = useFetched<CheckSummary>(`/api/checks/summary?${period}`, lang);
  const checks = useFetched<ChecksResponse>(`/api/checks?${listQuery}`, lang);
  const points = useFetched<{ features: { geometry: { coordinates: number[] }; properties: CheckpointProperties }[] }>(
    `/api/layers/checkpoints${at}`,
    lang,
  );
  const shops = useFetched<{ features: RepairShopFeature[] }>(`/api/layers/repair-shops${at}`, lang);
  const [shop, setShop] = useState<{ id: string; name: string } | null>(null);
  const inspections = useFetched<RepairInspection[]>(
    shop ? `/api/repair-shops/${encodeURIComponent(shop.id)}/inspections` : null,
    lang,
  );
  const position = (id: string) => points.value?.features.find((f) => f.properties.id === id)?.geometry.coordinates;
  /** `[lon, lat]` of a served point's coordinates. */
  const lonLat = (c: number[]): [number, number] => [c[0] ?? 0, c[1] ?? 0];
  const selectCheckpoint = (id: string) => {
    const where = position(id);
    if (where) showOnMap(context.store, context.map, 'checkpoints', id, lonLat(where));
  };
  const failure = loadFailure(shared);
  const s = summary.value;
  const openInspection = shop
    ? (inspections.value?.find(
        (i) => i.shopId === shop.id && (i.aftertreatmentRemoval || i.obdTampering) && i.rectifiedOn === null,
      )?.id ?? null)
    : null;
  return (
    <section data-dust-section="checks" class="checks-section">
      <h3>{m.title}</h3>
      <div class="period">
        <label>
          {m.periodFrom} <input type="date" name="from" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {m.periodTo} <input type="date" name="to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      {summary.error ? failure(summary.error, summary.reload) : null}
      {!s && !summary.error ? <p class="muted">{shared.loading}</p> : null}
      {s ? (
        <div class="check-summary" data-check-summary="">
          <p>
            <strong>{m.totals(s.checks, s.hits, percent(s.rate, m.noRate))}</strong>
          </p>
          <h4>{m.byCheckpoint}</h4>
          <table>
            <thead>
              <tr>
                <th>{m.colCheckpoint}</th>
                <th>{m.colChecks}</th>
                <th>{m.colHits}</th>
                <th>{m.colRate}</th>
              </tr>
            </thead>
            <tbody>
              {s.byCheckpoint.map((p) => (
                <tr key={p.id} data-checkpoint-row={p.id} onClick={() => selectCheckpoint(p.id)}>
                  <td>
                    {p.name} <span class="muted">{checkpointKindLabels[p.kind][lang]}</span>
                  </td>
                  <td>{p.checks}</td>
                  <td>{p.hits}</td>
                  <td>{percent(p.rate, m.noRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{m.byProblem}</h4>
          <ul>
            {s.byProblem.map((p) => (
              <li key={p.problem} data-problem={p.problem}>
                {checkProblemLabels[p.problem][lang]}：{p.count}
              </li>
            ))}
          </ul>
          <h4>{m.byOutcome}</h4>
          <ul>
            {s.byOutcome.map((o) => (
              <li key={o.outcome}>
                {checkOutcomeLabels[o.outcome][lang]}：{o.count}
              </li>
            ))}
          </ul>
          <h4>{m.byStage}</h4>
          <ul>
            {s.byStage
              .filter((g) => g.checks > 0)
              .map((g) => (
                <li key={g.stage}>
                  {g.stage === 'unknown' ? m.unknownStage : vehicleEmissionStageLabels[g.stage][lang]}：
                  {m.stageCounts(g.checks, g.hits, percent(g.rate, m.noRate))}
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <h4>{m.recentTitle}</h4>
      <div class="filters">
        <label>
          {m.filterPlate}{' '}
          <input name="plate" maxLength={12} value={plate} onInput={(e) => setPlate(e.currentTarget.value)} />
        </label>{' '}
        <label>
          <input
            type="checkbox"
            name="hitsOnly"
            checked={hitsOnly}
            onChange={(e) => setHitsOnly(e.currentTarget.checked)}
          />{' '}
          {m.filterHitsOnly}
        </label>
      </div>
      {checks.error ? failure(checks.error, checks.reload) : null}
      {checks.value ? (
        <>
          <p class="muted">{m.listCount(checks.value.checks.length, checks.value.total)}</p>
          {checks.value.checks.length === 0 ? <p class="muted">{m.noChecks}</p> : null}
          <ul class="check-list">
            {checks.value.checks.map((c) => (
              <li key={c.id} data-check={c.id} class={c.hit ? 'hit' : undefined}>
                <button type="button" class="link" onClick={() => selectCheckpoint(c.checkpointId)}>
                  {c.checkedAt.replace('T', ' ')} {c.plate}
                </button>
                {c.vehicleId ? '' : m.notRegistered} <span class="muted">{c.checkpointName}</span>{' '}
                {c.hit ? (
                  <strong class="badge bad">
                    {c.problems.map((p) => checkProblemLabels[p][lang]).join(m.separator)}
                  </strong>
                ) : (
                  <span class="muted">{m.passed}</span>
                )}{' '}
                <span class="muted">{checkOutcomeLabels[c.outcome][lang]}</span>
                {c.provenance === 'synthetic' ? <span class="muted"> · {shared.synthetic}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {session.can('supervise') && points.value ? (
        <CheckForm
          lang={lang}
          checkpoints={points.value.features.map((f) => ({ id: f.properties.id, name: f.properties.name }))}
          defaultAt={asOf ?? ''}
          onSaved={() => {
            summary.reload();
            checks.reload();
            void context.reloadData();
          }}
        />
      ) : null}
      <h3>{m.shopsTitle}</h3>
      {shops.error ? failure(shops.error, shops.reload) : null}
      {shops.value ? (
        <RepairShopList
          lang={lang}
          features={shops.value.features}
          selectedId={shop?.id ?? null}
          onSelect={(f) => {
            setShop({ id: f.properties.id, name: f.properties.name });
            showOnMap(context.store, context.map, 'repair-shops', f.properties.id, lonLat(f.geometry.coordinates));
          }}
        />
      ) : null}
      {session.can('supervise') ? (
        shop ? (
          <RepairInspectionForm
            key={`${shop.id}-${openInspection ?? 'none'}`}
            lang={lang}
            shop={{ ...shop, openInspectionId: openInspection }}
            defaultDate={asOf ? asOf.slice(0, 10) : ''}
            onSaved={() => {
              shops.reload();
              inspections.reload();
              void context.reloadData();
            }}
          />
        ) : (
          <p class="muted">{m.shopPick}</p>
        )
      ) : null}
    </section>
  );
}
