import { useState } from 'preact/hooks';
import { useFetched } from '../../api/use-fetched.ts';
import { dustMessages } from '../../i18n/dust.ts';
import { dustVehiclesMessages } from '../../i18n/dust-vehicles.ts';
import type { Language } from '../../state/app-state.ts';
import { railSpurStatusLabels } from '../../../server/schema/enums/enterprise-status.ts';
import {
  vehicleEmissionStageLabels,
  vehicleFuelLabels,
  vehicleCategoryLabels,
} from '../../../server/schema/enums/vehicle.ts';
import type { VehicleProperties } from '../../../server/schema/vehicle.ts';
import type { PhaseOutCohort, VehicleProgressResponse } from '../../../server/schema/vehicle-progress.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { DustSectionProps } from './dust-view.tsx';
import { PhaseOutChart } from './phase-out-chart.tsx';
import { VehicleRegisterTable } from './vehicle-register-table.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

/** A vehicles-layer feature as the register table needs it. */
interface VehicleFeature {
  geometry: { coordinates: number[] };
  properties: VehicleProperties;
}

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** One phase-out cohort: the figures against the start and the monthly chart. */
function CohortPanel({
  lang,
  title,
  cohort,
  start,
}: {
  lang: Language;
  title: string;
  cohort: PhaseOutCohort;
  start: string;
}) {
  const m = dustVehiclesMessages(lang);
  const last = cohort.monthly[cohort.monthly.length - 1];
  return (
    <div class="vehicle-cohort" data-cohort="">
      <h4>{title}</h4>
      <dl class="figures">
        <dt>{m.atStart}</dt>
        <dd data-figure="at-start">{cohort.atStart}</dd>
        <dt>{m.inUse}</dt>
        <dd data-figure="in-use">{cohort.inUse}</dd>
        <dt>{m.scrapped}</dt>
        <dd>{cohort.left.scrapped}</dd>
        <dt>{m.deregistered}</dt>
        <dd>{cohort.left.deregistered}</dd>
        <dt>{m.transferredOut}</dt>
        <dd>{cohort.left.transferredOut}</dd>
        <dt>{m.phasedOutShare}</dt>
        <dd data-figure="share">{percent(cohort.phasedOutShare)}</dd>
        <dt>{m.pastScrapDue}</dt>
        <dd class={cohort.pastScrapDue > 0 ? 'warn' : undefined}>{cohort.pastScrapDue}</dd>
      </dl>
      <PhaseOutChart monthly={cohort.monthly} label={m.chartLabel(start, last?.day ?? start)} />
    </div>
  );
}

/** The progress figures: the two phase-out cohorts, the municipal vehicles, the bulk-freight enterprises, the fleet. */
function ProgressPanel({ lang, progress }: { lang: Language; progress: VehicleProgressResponse }) {
  const m = dustVehiclesMessages(lang);
  const { municipal, bulkFreight, fleet } = progress;
  return (
    <div class="vehicle-progress" data-vehicle-progress="">
      <p class="muted">{m.planBasis(progress.planStart)}</p>
      <div class="vehicle-cohorts">
        <CohortPanel lang={lang} title={m.phaseOutTitle} cohort={progress.dieselTrucks} start={progress.planStart} />
        <CohortPanel
          lang={lang}
          title={m.leanBurnTitle}
          cohort={progress.leanBurnGasTrucks}
          start={progress.planStart}
        />
      </div>
      <h4>{m.municipalTitle}</h4>
      <p class="muted">{m.municipalBasis(progress.planStart)}</p>
      <p data-municipal="">
        {m.added} {municipal.added} · {m.clean} {municipal.clean} · {m.cleanShare}{' '}
        <strong>{percent(municipal.cleanShare)}</strong>
      </p>
      <ul class="inline-list">
        {municipal.byCategory.map((c) => (
          <li key={c.category}>
            {vehicleCategoryLabels[c.category][lang]} {c.clean}/{c.added}
          </li>
        ))}
      </ul>
      <h4>{m.freightTitle}</h4>
      <p class="muted">{m.freightBasis}</p>
      {bulkFreight.enterprises.length === 0 ? (
        <p class="muted">{m.noFreight}</p>
      ) : (
        <table class="data-table" data-bulk-freight="">
          <thead>
            <tr>
              <th>{m.enterprise}</th>
              <th>{m.freight}</th>
              <th>{m.railSpur}</th>
              <th>{m.trips}</th>
              <th>{m.below}</th>
              <th>{m.meetsShare}</th>
            </tr>
          </thead>
          <tbody>
            {bulkFreight.enterprises.map((e) => (
              <tr key={e.id} class={e.below > 0 && e.railSpur !== 'operating' ? 'warn' : undefined}>
                <td>{e.name}</td>
                <td>{Math.round(e.annualFreightT / 10_000)}</td>
                <td>{railSpurStatusLabels[e.railSpur][lang]}</td>
                <td>{e.trips}</td>
                <td>{e.below}</td>
                <td>{percent(e.meetsShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{m.fleetTitle}</h4>
      <ul class="inline-list" data-fleet-stage="">
        {fleet.byStage
          .filter((s) => s.count > 0)
          .map((s) => (
            <li key={s.stage}>
              {vehicleEmissionStageLabels[s.stage][lang]} {s.count}
            </li>
          ))}
      </ul>
      <ul class="inline-list">
        {fleet.byFuel
          .filter((f) => f.count > 0)
          .map((f) => (
            <li key={f.fuel}>
              {vehicleFuelLabels[f.fuel][lang]} {f.count}
            </li>
          ))}
      </ul>
    </div>
  );
}

/**
 * 机动车 (tasks 9 and 10): the diesel-truck and lean-burn gas-truck phase-out against the plan (figures and a monthly
 * chart), the municipal vehicles' clean share, the bulk-freight enterprises' gate trips, and the searchable register
 * whose rows select the vehicle on the map.
 */
export function VehiclesSection({ context, lang, asOf }: DustSectionProps) {
  const m = dustVehiclesMessages(lang);
  const shared = dustMessages(lang);
  const at = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const progress = useFetched<VehicleProgressResponse>(`/api/vehicles/progress${at}`, lang);
  const register = useFetched<{ features: VehicleFeature[] }>(`/api/layers/vehicles${at}`, lang);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const failure = loadFailure(shared);
  const select = (v: VehicleProperties) => {
    setSelectedId(v.id);
    const feature = register.value?.features.find((f) => f.properties.id === v.id);
    const [lon, lat] = feature?.geometry.coordinates ?? [];
    showOnMap(context.store, context.map, 'vehicles', v.id, lon !== undefined && lat !== undefined ? [lon, lat] : null);
  };
  return (
    <section data-dust-section="vehicles" class="vehicles-section">
      {progress.error ? failure(progress.error, progress.reload) : null}
      {!progress.value && !progress.error ? <p class="muted">{shared.loading}</p> : null}
      {progress.value ? <ProgressPanel lang={lang} progress={progress.value} /> : null}
      <h4>{m.registerTitle}</h4>
      <p class="muted">
        {m.positionNote}
        {register.value?.features.some((f) => f.properties.provenance === 'synthetic') ? (
          <span class="badge synthetic"> {shared.synthetic}</span>
        ) : null}
      </p>
      {register.error ? failure(register.error, register.reload) : null}
      {register.value ? (
        <VehicleRegisterTable
          lang={lang}
          vehicles={register.value.features.map((f) => f.properties)}
          selectedId={selectedId}
          onSelect={select}
        />
      ) : null}
    </section>
  );
}
