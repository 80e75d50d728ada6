import { useEffect, useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { session } from '../../api/session.ts';
import { dustMessages } from '../../i18n/dust.ts';
import { dustMuckMessages } from '../../i18n/dust-muck.ts';
import { muckTrackBounds, muckTrackLayers } from '../../layers/muck-track-layers.ts';
import {
  muckViolationKindLabels,
  spillReporterLabels,
  spillStatusLabels,
} from '../../../server/schema/enums/muck-truck.ts';
import type { MuckTrackResponse } from '../../../server/schema/muck-track.ts';
import type { Spill, ViolationEntry, ViolationsResponse } from '../../../server/schema/muck.ts';
import type { DustSectionProps } from './dust-view.tsx';
import { SpillReportForm } from './spill-report-form.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

const hm = (ts: string) => ts.slice(5, 16).replace('T', ' ');
const place = (lon: number, lat: number) => `${lon.toFixed(4)}, ${lat.toFixed(4)}`;

/**
 * 渣土车 (task 11): the violations of the 24 h up to as-of (kind, truck, time, place) and the spill reports; choosing
 * a violation draws that truck's track on the map (approved route with its buffer, fixes, disposal sites, violation
 * points: client/layers/muck-track-layers.ts) and fits the map to it. Those who supervise get the spill report form.
 */
export function MuckSection({ context, lang, asOf }: DustSectionProps) {
  const m = dustMuckMessages(lang);
  const shared = dustMessages(lang);
  const to = asOf ? `to=${encodeURIComponent(asOf)}` : '';
  const violations = useFetched<ViolationsResponse>(`/api/muck/violations${to ? `?${to}` : ''}`, lang);
  const spills = useFetched<Spill[]>(`/api/muck/spills${to ? `?${to}` : ''}`, lang);
  const [chosen, setChosen] = useState<ViolationEntry | null>(null);
  const [track, setTrack] = useState<MuckTrackResponse | null>(null);
  const [trackError, setTrackError] = useState<string | null>(null);

  useEffect(() => {
    if (!chosen) return;
    const controller = new AbortController();
    setTrackError(null);
    const path = `/api/muck/trucks/${encodeURIComponent(chosen.truckId)}/track${to ? `?${to}` : ''}`;
    void fetchJson<MuckTrackResponse>(path, controller.signal).then((r) => {
      if (controller.signal.aborted) return;
      if (!r.ok) {
        setTrackError(failureText(lang, r.error));
        return;
      }
      setTrack(r.value);
      context.setOverlayLayers(muckTrackLayers(r.value));
      const bounds = muckTrackBounds(r.value);
      if (bounds) {
        context.map.fitBounds(
          [
            [bounds[0], bounds[1]],
            [bounds[2], bounds[3]],
          ],
          { padding: 60, duration: 600, maxZoom: 15 },
        );
      }
    });
    return () => controller.abort();
  }, [chosen, to]);
  // the overlay is this section's: gone with it
  useEffect(() => () => context.setOverlayLayers([]), []);

  const clear = () => {
    setChosen(null);
    setTrack(null);
    context.setOverlayLayers([]);
  };
  const failure = loadFailure(shared);
  const list = violations.value?.violations ?? [];
  return (
    <section data-dust-section="muck" class="muck-section">
      <h3>{m.violationsTitle}</h3>
      {violations.error ? failure(violations.error, violations.reload) : null}
      {!violations.value && !violations.error ? <p class="muted">{shared.loading}</p> : null}
      {violations.value && !list.length ? <p class="muted">{m.noViolations}</p> : null}
      {list.length ? (
        <table class="muck-violations" data-muck-violations="">
          <thead>
            <tr>
              <th>{m.colKind}</th>
              <th>{m.colTruck}</th>
              <th>{m.colTime}</th>
              <th>{m.colPlace}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((v) => {
              const key = `${v.truckId}-${v.kind}-${v.from}`;
              const active = chosen !== null && `${chosen.truckId}-${chosen.kind}-${chosen.from}` === key;
              return (
                <tr
                  key={key}
                  class={active ? 'selected' : undefined}
                  data-muck-violation={v.kind}
                  data-truck={v.truckId}
                  title={v.detail[lang]}
                >
                  <td>{muckViolationKindLabels[v.kind][lang]}</td>
                  <td>
                    <button type="button" class="link" onClick={() => setChosen(v)} aria-label={m.showTrack}>
                      {v.plate}
                    </button>
                  </td>
                  <td>{v.from === v.to ? hm(v.from) : `${hm(v.from)}–${v.to.slice(11, 16)}`}</td>
                  <td>{place(v.lon, v.lat)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {trackError ? <p class="error">{shared.loadFailed(trackError)}</p> : null}
      {track && chosen ? (
        <div class="muck-track" data-muck-track={track.truckId}>
          <h4>{m.trackTitle(track.plate)}</h4>
          <p>{m.trackSummary(track.positions.length, track.violations.length)}</p>
          <p class="muted">
            {track.permit
              ? m.permitLine(track.permit.id, `${track.permit.hoursFrom}–${track.permit.hoursTo}`, track.permit.bufferM)
              : m.noPermit}
          </p>
          <ul>
            {track.violations.map((v) => (
              <li key={`${v.kind}-${v.from}`}>{v.detail[lang]}</li>
            ))}
          </ul>
          <button type="button" onClick={clear}>
            {m.clearTrack}
          </button>
        </div>
      ) : null}
      <h3>{m.spillsTitle}</h3>
      {spills.error ? failure(spills.error, spills.reload) : null}
      {spills.value && !spills.value.length ? <p class="muted">{m.noSpills}</p> : null}
      {spills.value?.length ? (
        <ul class="muck-spills" data-muck-spills="">
          {spills.value.map((s) => (
            <li key={s.id} data-spill={s.status}>
              {hm(s.reportedAt)} · {s.plate ?? m.unknownTruck} · {spillReporterLabels[s.reporter][lang]} ·{' '}
              {spillStatusLabels[s.status][lang]}：{s.description}
              {s.provenance === 'synthetic' ? <span class="muted"> （{shared.synthetic}）</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {session.can('supervise') ? <SpillReportForm lang={lang} onSaved={() => spills.reload()} /> : null}
    </section>
  );
}
