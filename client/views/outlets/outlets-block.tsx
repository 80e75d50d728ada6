import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { OutletsEvent } from '../../../server/schema/live-events.ts';
import { stackPollutantKeys, type StackPollutantKey } from '../../../server/schema/enums/stack-pollutant.ts';
import type { JudgedValue, Outlet, OutletHour } from '../../../server/schema/outlets.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { dataFlagLabels, outletsMessages } from '../../i18n/outlets.ts';
import type { Language } from '../../state/app-state.ts';
import { OutletChart } from './outlet-chart.tsx';

/** Listens to the live `outlets` events; returns the unsubscribe. */
export type OutletsSubscribe = (listener: (event: OutletsEvent) => void) => () => void;

/** Without live events the block asks again this often. */
export const OUTLETS_POLL_MS = 60_000;

const num = (v: number | null, lang: Language) =>
  v === null ? '—' : v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 });

/**
 * An hour-end label 'YYYY-MM-DDTHH:00' as the hour it closes: '2024-05-01 15:00', '16:00'.
 *
 * @example
 * hourSpan('2024-05-01T16:00'); // ['2024-05-01 15:00', '16:00']
 */
export function hourSpan(ts: string): [string, string] {
  const end = Date.parse(`${ts}:00+08:00`);
  if (Number.isNaN(end)) return [ts, ''];
  const start = new Date(end - 3_600_000 + 8 * 3_600_000).toISOString();
  return [`${start.slice(0, 10)} ${start.slice(11, 16)}`, ts.slice(11, 16) === '00:00' ? '24:00' : ts.slice(11, 16)];
}

/** The judgement of a value in words (over the limit says how many times; never colour alone). */
function judgement(v: JudgedValue, lang: Language): { text: string; over: boolean } {
  const m = outletsMessages(lang);
  if (v.flag !== null && v.flag !== 'N') return { text: m.invalid, over: false };
  if (v.limit === null) return { text: m.noLimit, over: false };
  if (v.over && v.corrected !== null) return { text: m.over((v.corrected / v.limit).toFixed(1)), over: true };
  return { text: v.corrected === null ? '—' : m.within, over: false };
}

/** One outlet: its standard, latest hour against the limits (ULE where it has them), and 30-day charts. */
function OutletCard({ outlet, lang, version }: { outlet: Outlet; lang: Language; version: number }) {
  const m = outletsMessages(lang);
  const [hours, setHours] = useState<OutletHour[] | null>(null);
  const [hoursError, setHoursError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void fetchJson<{ hours: OutletHour[] }>(
      `/api/monitoring/outlets/${encodeURIComponent(outlet.id)}/hours`,
      controller.signal,
    ).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) setHours(Array.isArray(result.value.hours) ? result.value.hours : []);
      else setHoursError(failureText(lang, result.error));
    });
    return () => controller.abort();
  }, [outlet.id, version]);

  const latest = outlet.latest;
  const limitLabel = (k: StackPollutantKey) => (outlet.uleLimits?.[k] !== undefined ? m.ule : `${m.standardLimit}`);
  const pollutants = stackPollutantKeys.filter(
    (k) => outlet.limits[k] !== undefined || outlet.uleLimits?.[k] !== undefined || latest?.[k].measured != null,
  );
  const provenance = outlet.provenance === 'official' ? null : outlet.provenance;
  return (
    <article class="outlet-card" data-outlet={outlet.id}>
      <h5>
        {`${outlet.name}（${outlet.code}）`}
        {provenance ? (
          <span class={`provenance-tag provenance-${provenance}`} data-outlet-provenance={provenance}>
            {m[provenance]}
          </span>
        ) : null}
      </h5>
      {provenance ? <p class="muted">{provenance === 'synthetic' ? m.syntheticNote : m.approximateNote}</p> : null}
      <p class="muted" data-outlet-standard="">
        {m.standard(outlet.standardName[lang])}
      </p>
      {latest === null ? (
        <p class="muted">{m.noData}</p>
      ) : (
        <>
          <p class="muted" data-outlet-latest={latest.ts}>
            {m.latestHour(...hourSpan(latest.ts))}
            {latest.o2 !== null || latest.flow !== null
              ? ` · ${m.o2Flow(num(latest.o2, lang), num(latest.flow, lang))}`
              : ''}
          </p>
          <div class="table-scroll">
            <table class="outlet-values">
              <thead>
                <tr>
                  <th>{m.pollutant}</th>
                  <th class="num">{m.measured}</th>
                  <th class="num">{m.correctedHead}</th>
                  <th class="num">{m.limit}</th>
                  <th>{m.judgement}</th>
                </tr>
              </thead>
              <tbody>
                {pollutants.map((k) => {
                  const v = latest[k];
                  const j = judgement(v, lang);
                  const flag = v.flag !== null && v.flag !== 'N' ? v.flag : null;
                  return (
                    <tr key={k} data-outlet-value={k} class={j.over ? 'outlet-over' : undefined}>
                      <th>{m[k]}</th>
                      <td class="num">
                        {num(v.measured, lang)}
                        {flag ? (
                          <span class="data-flag" data-flag={flag}>
                            {` ${flag} ${dataFlagLabels[flag]?.[lang] ?? ''}`.trimEnd()}
                          </span>
                        ) : null}
                      </td>
                      <td class="num">{num(v.corrected, lang)}</td>
                      <td class="num">
                        {v.limit === null ? '—' : `${num(v.limit, lang)} `}
                        {v.limit === null ? null : <span class="muted">{limitLabel(k)}</span>}
                      </td>
                      <td data-outlet-judgement={j.over ? 'over' : 'ok'}>{j.text}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p class="muted" data-outlet-units="">
            {outlet.referenceO2 === null ? m.correctedNone : m.corrected(outlet.referenceO2)}
          </p>
        </>
      )}
      {hoursError !== null ? <p class="error">{m.loadFailed(hoursError)}</p> : null}
      {hours === null && hoursError === null ? <p class="loading">{m.chartLoading}</p> : null}
      {hours
        ? pollutants.map((k) => (
            <OutletChart
              key={k}
              lang={lang}
              label={m[k]}
              limit={outlet.uleLimits?.[k] ?? outlet.limits[k] ?? null}
              points={hours.map((h) => ({
                ts: h.ts,
                value: h[k].flag === null || h[k].flag === 'N' ? h[k].corrected : null,
              }))}
            />
          ))
        : null}
    </article>
  );
}

/**
 * The enterprise drawer's 「在线监测」: its outlets with the latest hour (颗粒物 / SO2 / NOx measured and at the
 * reference O2 against the limit, over-limit in words and the alarm colour, data flags other than N named) and a
 * 30-day chart per pollutant; renders nothing for an enterprise without outlets. Live `outlets` events for the
 * enterprise reload it; without them it is polled.
 */
export function OutletsBlock(props: { lang: Language; enterpriseId: string; subscribe?: OutletsSubscribe }) {
  const { lang, enterpriseId } = props;
  const m = outletsMessages(lang);
  const [outlets, setOutlets] = useState<Outlet[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const path = `/api/monitoring/outlets?enterprise=${encodeURIComponent(enterpriseId)}`;
    void fetchJson<{ outlets?: Outlet[] }>(path, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      // an enterprise the monitoring does not know (404) has no outlets
      if (result.ok || result.error.code === 'not_found') {
        setError(null);
        setOutlets(result.ok && Array.isArray(result.value.outlets) ? result.value.outlets : []);
      } else setError(failureText(lang, result.error));
    });
    return () => controller.abort();
  }, [enterpriseId, version]);

  useEffect(() => {
    if (!props.subscribe) {
      const timer = setInterval(() => setVersion((n) => n + 1), OUTLETS_POLL_MS);
      return () => clearInterval(timer);
    }
    return props.subscribe((event) => {
      if (event.outlets.some((o) => o.enterprise === enterpriseId)) setVersion((n) => n + 1);
    });
  }, [enterpriseId, props.subscribe]);

  if (error !== null && outlets === null)
    return (
      <section class="outlets-block" data-outlets-block="error">
        <h4>{m.title}</h4>
        <p class="error">{m.loadFailed(error)}</p>
        <button type="button" class="tool" onClick={() => setVersion((n) => n + 1)}>
          {m.retry}
        </button>
      </section>
    );
  if (outlets === null) return <p class="loading">{m.loading}</p>;
  if (!outlets.length) return null;
  return (
    <section class="outlets-block" data-outlets-block={enterpriseId}>
      <h4>{m.title}</h4>
      {props.subscribe ? <p class="muted">{m.live}</p> : null}
      {outlets.map((o) => (
        <OutletCard key={o.id} outlet={o} lang={lang} version={version} />
      ))}
    </section>
  );
}

/**
 * The block as an element for the h()-built drawer; `unmountOutletsBlocks(drawer)` before the drawer is redrawn
 * ends its requests and subscription.
 *
 * @example
 * drawer.append(outletsBlockElement('E0001', 'zh'));
 */
export function outletsBlockElement(enterpriseId: string, lang: Language, subscribe?: OutletsSubscribe): HTMLElement {
  const element = document.createElement('div');
  element.className = 'outlets-box';
  element.dataset.outletsBox = '';
  render(<OutletsBlock lang={lang} enterpriseId={enterpriseId} subscribe={subscribe} />, element);
  return element;
}

/** Unmounts every outlets block inside `root` (the drawer, before it is redrawn). */
export function unmountOutletsBlocks(root: HTMLElement): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-outlets-box]')) render(null, box);
}
