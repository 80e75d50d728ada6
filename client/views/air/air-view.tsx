import { Fragment } from 'preact';
import { createPortal } from 'preact/compat';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DAILY_LIMITS_CLASS_II } from '../../../server/aq/limits.ts';
import { targetLimitText } from '../../../server/schema/target-strength.ts';
import type { AqDailyResponse, AqEvaluationResponse } from '../../../server/schema/aq.ts';
import { aqiCategoryLabels, type AqiLevelKey } from '../../../server/schema/enums/aqi-category.ts';
import type { StationProperties } from '../../../server/schema/station.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import type { ViewContext, ViewMount } from '../../app.ts';
import { componentView } from '../../components/mount-component.tsx';
import { airMessages } from '../../i18n/air.ts';
import type { Language } from '../../state/app-state.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { airMoment, airRange } from './air-range.ts';
import { DailyAqiChart, PollutantChart } from './aq-charts.tsx';
import { selectedStationLayers } from './station-overlay.ts';
import { TimeStrip } from './time-strip.tsx';
import { AirSurfaceSelect } from '../../layers/air-surface/air-surface-select.tsx';
import { CityIndicatorNote, CityTargetRow } from './city-indicator-cells.tsx';

/** A pollutant the chart draws against its GB 3095-2012 二级 daily limit. */
type Chartable = keyof typeof DAILY_LIMITS_CLASS_II;
type Loaded =
  | { key: string; ok: true; evaluation: AqEvaluationResponse; daily: AqDailyResponse }
  | { key: string; ok: false; failure: ApiFailure };

const cst = (moment: string) => moment.replace('T', ' ');

/**
 * 空气质量 view: year-to-date progress of each target (district from the national stations, or one station, kept in
 * the URL and ringed on the map), days per AQI level and 优良天数比例, the daily AQI chart in the standard colours, a
 * pollutant against its limit, the notes worded from the server's codes; the bottom strip is a time slider with
 * playback that moves the console's as-of hour. An as-of outside the readings is evaluated at the nearest end of
 * them, and the view says that the chosen moment has no data.
 */
export function AirView({ context }: { context: ViewContext }) {
  const { store, data, bottom, panel, setOverlayLayers } = context;
  const meta = data().meta;
  const range = useMemo(() => airRange(meta), [meta]);
  const [lang, asOf, chosenStation] = useAppState(store, (s) => [s.lang, s.asOf, s.station] as const);
  const m = airMessages(lang);
  const stationFeatures = data().layers.stations ?? [];
  const stations = useMemo(
    () =>
      stationFeatures
        .map((f) => f.properties as StationProperties)
        .sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind === 'national' ? -1 : 1)),
    [stationFeatures],
  );
  const scope = chosenStation !== null && stations.some((s) => s.code === chosenStation) ? chosenStation : 'district';
  const moment = airMoment(asOf, range);
  const date = moment.at.slice(0, 10);
  const year = Number(date.slice(0, 4));
  const key = `${scope}|${date}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pollutant, setPollutant] = useState<Chartable>('PM2.5');

  useEffect(() => {
    const controller = new AbortController();
    const target = scope === 'district' ? 'scope=district' : `station=${encodeURIComponent(scope)}`;
    const from = `${year}-01-01` > range.from.slice(0, 10) ? `${year}-01-01` : range.from.slice(0, 10);
    void Promise.all([
      fetchJson<AqEvaluationResponse>(`/api/aq/evaluation?year=${year}&${target}&asOf=${date}`, controller.signal),
      fetchJson<AqDailyResponse>(`/api/aq/daily?${target}&from=${from}&to=${date}`, controller.signal),
    ]).then(([evaluation, daily]) => {
      if (controller.signal.aborted) return;
      if (!evaluation.ok) setLoaded({ key, ok: false, failure: evaluation.error });
      else if (!daily.ok) setLoaded({ key, ok: false, failure: daily.error });
      else setLoaded({ key, ok: true, evaluation: evaluation.value, daily: daily.value });
      panel.dataset.ready = 'true';
    });
    return () => controller.abort();
  }, [key, attempt]);

  useEffect(() => {
    setOverlayLayers(selectedStationLayers(stationFeatures, scope === 'district' ? null : scope));
  }, [scope, stationFeatures]);
  useEffect(() => {
    bottom.hidden = false;
    return () => setOverlayLayers([]);
  }, []);

  return (
    <div class="air-view" data-aq-station={scope}>
      {createPortal(<TimeStrip store={store} range={range} lang={lang} />, bottom)}
      {moment.outside ? (
        <p class="warning" role="status" data-aq-out-of-range="">
          {m.outOfRange(cst(moment.chosen), cst(range.from), cst(range.to), date)}
        </p>
      ) : null}
      <label class="field">
        <select
          data-aq-scope=""
          aria-label={m.stationLabel}
          value={scope}
          onChange={(event) => {
            const value = event.currentTarget.value;
            store.update({ station: value === 'district' ? null : value });
          }}
        >
          <option value="district">{m.district}</option>
          {stations.map((s) => (
            <option key={s.code} value={s.code}>
              {s.kind === 'micro' ? s.name : `${s.name} ${s.code}`}
            </option>
          ))}
        </select>
      </label>
      {/* issue 18: the concentration surface */}
      <AirSurfaceSelect store={store} />
      {loaded === null ? (
        <p class="loading">{m.loading}</p>
      ) : !loaded.ok ? (
        <>
          <p class="error" data-aq-error="">
            {m.loadFailed(failureText(lang, loaded.failure))}
          </p>
          <button type="button" onClick={() => setAttempt(attempt + 1)}>
            {m.retry}
          </button>
        </>
      ) : (
        <Evaluation
          lang={lang}
          year={year}
          date={date}
          evaluation={loaded.evaluation}
          daily={loaded.daily}
          pollutant={pollutant}
          onPollutant={setPollutant}
          loading={loaded.key !== key}
        />
      )}
    </div>
  );
}

function Evaluation(props: {
  lang: Language;
  year: number;
  date: string;
  evaluation: AqEvaluationResponse;
  daily: AqDailyResponse;
  pollutant: Chartable;
  onPollutant: (pollutant: Chartable) => void;
  loading: boolean;
}) {
  const { lang, evaluation: e, daily, pollutant } = props;
  const m = airMessages(lang);
  const invalid = e.pollutants
    .filter((p) => !p.validity.valid)
    .flatMap((p) => p.validity.problems.map((problem) => `${p.pollutant}：${m.problem(problem, e.year)}`));
  return (
    <div aria-busy={props.loading}>
      <h2>{m.title(props.year, props.date)}</h2>
      <table class="aq-table" data-aq-evaluation={e.scope}>
        {e.pollutants.map((p) => {
          const figure = p.value ?? p.provisionalValue;
          const shown =
            figure === null ? '—' : `${figure.toFixed(p.unit === 'mg/m³' ? 2 : 1)}${p.value === null ? '*' : ''}`;
          return (
            <Fragment key={p.pollutant}>
              <tr data-pollutant={p.pollutant}>
                <th>
                  {p.pollutant}
                  <div class="muted">{m.statistic(p.statistic)}</div>
                </th>
                <td class="num">{`${shown} ${p.unit}`}</td>
                <td class="num" data-strength={p.planTarget?.strength ?? 'strive'}>
                  {/* the plan strives (力争) for its own figures and for Class II on the other four */}
                  {targetLimitText(p.planTarget?.strength ?? 'strive', p.target, p.unit, lang)}
                  {p.planTarget ? m.planSuffix : ''}
                </td>
                <td>
                  <span class={`progress progress-${p.progress}`}>{m.progress(p.progress)}</span>
                </td>
              </tr>
              {/* the city-assigned figure of the year, under the plan's (requirement G1) */}
              <CityTargetRow lang={lang} pollutant={p} />
            </Fragment>
          );
        })}
      </table>
      <p class="muted">{m.basis}</p>
      <CityIndicatorNote lang={lang} evaluation={e} />
      {invalid.length ? (
        <details class="muted">
          <summary>{m.validity}</summary>
          {invalid.map((r) => (
            <div key={r}>{r}</div>
          ))}
        </details>
      ) : null}
      <h2>{m.goodDays}</h2>
      <p data-good-ratio="">
        {e.aqiDays.goodDayRatio === null
          ? '—'
          : `${(e.aqiDays.goodDayRatio * 100).toFixed(1)}%（${e.aqiDays.goodDays}/${e.aqiDays.validDays}）`}
        {e.comprehensiveIndex ? (
          <span title={m.comprehensiveIndexHelp} data-comprehensive-index="">
            {` · ${m.comprehensiveIndex} ${e.comprehensiveIndex.total.toFixed(2)}`}
          </span>
        ) : null}
      </p>
      {e.comprehensiveIndex ? (
        <p class="muted" data-comprehensive-index-help="">
          {m.comprehensiveIndexHelp}
        </p>
      ) : null}
      <div class="level-chips">
        {e.aqiDays.levels.map((l) => (
          <span
            key={l.level}
            class="level-chip"
            data-level={String(l.level)}
            style={`background:${l.color};color:${l.level >= 4 ? '#fff' : '#1d2733'}`}
          >
            {m.levelDays(aqiCategoryLabels[String(l.level) as AqiLevelKey][lang], l.days)}
          </span>
        ))}
      </div>
      <h2>{m.dailyAqi}</h2>
      <DailyAqiChart daily={daily} year={props.year} lang={lang} />
      <h2>
        {m.pollutantChart}{' '}
        <select
          data-aq-pollutant=""
          aria-label={m.pollutantLabel}
          value={pollutant}
          onChange={(event) => props.onPollutant(event.currentTarget.value as Chartable)}
        >
          {(Object.keys(DAILY_LIMITS_CLASS_II) as Chartable[]).map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </h2>
      <PollutantChart
        daily={daily}
        year={props.year}
        pollutant={pollutant}
        limit={DAILY_LIMITS_CLASS_II[pollutant]}
        lang={lang}
      />
      {e.notes.map((note) => (
        <p key={JSON.stringify(note)} class="muted" data-aq-note={note.code}>
          {m.note(note)}
        </p>
      ))}
    </div>
  );
}

/** The 空气质量 view behind the console's mount/dispose contract. */
export const mountAirView: ViewMount = componentView(AirView);
