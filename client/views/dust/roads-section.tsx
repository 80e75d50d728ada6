import { useState } from 'preact/hooks';
import { useFetched } from '../../api/use-fetched.ts';
import { session } from '../../api/session.ts';
import { dustMessages } from '../../i18n/dust.ts';
import { dustRoadsMessages } from '../../i18n/dust-roads.ts';
import { roadClassLabels } from '../../../server/schema/enums/road-segment.ts';
import type { ScheduleResponse, ScheduleRow } from '../../../server/schema/roads.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { DustSectionProps } from './dust-view.tsx';
import { RoadCleaningForm } from './road-cleaning-form.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

/** GET /api/roads/dust-loads as the section reads it. */
interface DustLoadsResponse {
  limitGM2: number;
  loads: { id: number; segmentId: string; segmentName: string; measuredOn: string; loadGM2: number; high: boolean }[];
  truncated: boolean;
}

const km = (v: number) => v.toFixed(2);

/**
 * 道路保洁 (tasks 11 and 12): every main road segment against its class's cleaning standard at as-of, behind first
 * with the hours overdue, the km behind by maintainer, a form to record a cleaning (for those who supervise) and the
 * latest road-dust loads. A row selects its segment on the map and flies there.
 */
export function RoadsSection({ context, lang, asOf }: DustSectionProps) {
  const m = dustRoadsMessages(lang);
  const shared = dustMessages(lang);
  const at = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const schedule = useFetched<ScheduleResponse>(`/api/roads/schedule${at}`, lang);
  const to = asOf ? `&to=${asOf.slice(0, 10)}` : '';
  const loads = useFetched<DustLoadsResponse>(`/api/roads/dust-loads?from=2000-01-01${to}`, lang);
  const [selected, setSelected] = useState<ScheduleRow | null>(null);
  const select = (row: ScheduleRow) => {
    setSelected(row);
    showOnMap(context.store, context.map, 'road-segments', row.id, row.midpoint, 14);
  };
  const failure = loadFailure(shared);
  const value = schedule.value;
  const behind = value?.segments.filter((s) => s.behind) ?? [];
  return (
    <section data-dust-section="roads" class="roads-section">
      <h3>{m.scheduleTitle}</h3>
      {schedule.error ? failure(schedule.error, schedule.reload) : null}
      {!value && !schedule.error ? <p class="muted">{shared.loading}</p> : null}
      {value ? (
        <>
          <p data-roads-summary="">
            {m.summary(behind.length, value.segments.length, km(behind.reduce((sum, s) => sum + s.lengthKm, 0)))}
          </p>
          <table class="roads-schedule">
            <thead>
              <tr>
                <th>{m.colSegment}</th>
                <th>{m.colClass}</th>
                <th>{m.colStandard}</th>
                <th>{m.colLastSweep}</th>
                <th>{m.colLastWash}</th>
                <th>{m.colOverdue}</th>
              </tr>
            </thead>
            <tbody>
              {value.segments.map((row) => (
                <tr
                  key={row.id}
                  data-segment={row.id}
                  class={`${row.behind ? 'behind' : ''}${selected?.id === row.id ? ' selected' : ''}`}
                  onClick={() => select(row)}
                >
                  <td>
                    <button type="button" class="link" onClick={() => select(row)}>
                      {row.name}
                    </button>
                    <small class="muted"> {row.maintainer}</small>
                  </td>
                  <td>{roadClassLabels[row.roadClass][lang]}</td>
                  <td>
                    {row.sweepIntervalH === null ? m.noStandard : m.standard(row.sweepIntervalH, row.washIntervalH)}
                  </td>
                  <td>{row.lastSweepAt?.replace('T', ' ') ?? m.never}</td>
                  <td>{row.lastWashAt?.replace('T', ' ') ?? m.never}</td>
                  <td>
                    {row.behind ? (
                      <span class="badge behind">
                        {m.behindBadge} · {row.overdueH === null ? m.overdueNever : m.overdueHours(row.overdueH)}
                      </span>
                    ) : (
                      <span class="muted">{m.onSchedule}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted small">{m.convention}</p>
          <h4>{m.byMaintainerTitle}</h4>
          <table class="roads-maintainers">
            <thead>
              <tr>
                <th>{m.colMaintainer}</th>
                <th>{m.colKmBehind}</th>
              </tr>
            </thead>
            <tbody>
              {value.byMaintainer.map((t) => (
                <tr key={t.maintainer} data-maintainer={t.maintainer}>
                  <td>{t.maintainer}</td>
                  <td>{m.kmOf(km(t.kmBehind), km(t.km))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {session.can('supervise') ? (
        selected ? (
          <RoadCleaningForm
            key={selected.id}
            lang={lang}
            segment={selected}
            defaultAt={value?.asOf ?? ''}
            onSaved={() => {
              schedule.reload();
              void context.reloadData();
            }}
          />
        ) : (
          <p class="muted">{m.formPick}</p>
        )
      ) : null}
      <h3>{m.loadsTitle}</h3>
      {loads.error ? failure(loads.error, loads.reload) : null}
      {!loads.value && !loads.error ? <p class="muted">{shared.loading}</p> : null}
      {loads.value ? (
        <>
          <p class="muted small">{m.loadsLimit(loads.value.limitGM2.toFixed(1))}</p>
          {loads.value.loads.length === 0 ? <p class="muted">{m.noLoads}</p> : null}
          <table class="roads-loads">
            <thead>
              <tr>
                <th>{m.colSegment}</th>
                <th>{m.colMeasuredOn}</th>
                <th>{m.colLoad}</th>
              </tr>
            </thead>
            <tbody>
              {loads.value.loads.slice(0, 50).map((l) => (
                <tr key={l.id} data-load={l.id} class={l.high ? 'high' : ''}>
                  <td>{l.segmentName}</td>
                  <td>{l.measuredOn}</td>
                  <td>
                    {l.loadGM2.toFixed(2)} g/m²{l.high ? <span class="badge high"> {m.high}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
