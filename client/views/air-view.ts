import { DAILY_LIMITS_CLASS_II } from '../../server/aq/limits.ts';
import type { AqDailyResponse, AqEvaluationResponse, Progress } from '../../server/schema/aq.ts';
import type { StationProperties } from '../../server/schema/station.ts';
import { fetchJson } from '../api/fetch-json.ts';
import type { ViewMount } from '../app.ts';
import { h } from '../panels/dom.ts';
import { dailyAqiChart, pollutantChart } from './aq-charts.ts';
import { T } from '../i18n/messages.ts';
import { createLatestRequest } from '../api/latest-request.ts';

/** A pollutant the chart draws against its GB 3095-2012 二级 daily limit. */
type Chartable = keyof typeof DAILY_LIMITS_CLASS_II;
const progressLabels: Record<Progress, { zh: string; en: string }> = {
  pass: { zh: '达标', en: 'on track' },
  'at-risk': { zh: '临界', en: 'at risk' },
  fail: { zh: '超标', en: 'failing' },
  'no-data': { zh: '无数据', en: 'no data' },
};
const statisticLabels = {
  'annual-mean': { zh: '年均值', en: 'annual mean' },
  'p95-24h-mean': { zh: '日均值第95百分位', en: 'p95 of 24-h means' },
  'p90-daily-max-8h': { zh: '日最大8小时第90百分位', en: 'p90 of daily max 8-h' },
} as const;

/** Hours of the demo year as `YYYY-MM-DDTHH:00` CST for slider position `i` (0 = 01:00 on 1 January). */
function hourAt(year: number, i: number): string {
  return `${new Date(Date.UTC(year, 0, 1, i + 1)).toISOString().slice(0, 13)}:00`;
}
function hourIndex(year: number, ts: string): number {
  return Math.round((Date.parse(`${ts}:00Z`) - Date.UTC(year, 0, 1, 1)) / 3600_000);
}

/**
 * 空气质量 view: year-to-date progress of each target (district from the national stations, or
 * one station), days per AQI level and 优良天数比例, the daily AQI chart in the standard colours,
 * a pollutant against its limit; the bottom strip is a time slider with playback that moves the
 * console's as-of hour, so the stations layer shows the HJ 633 AQI of that hour.
 */
export const mountAirView: ViewMount = ({ panel, bottom, store, data }) => {
  const meta = data().meta;
  const year = Number(meta.dataset.demo_year ?? meta.defaultAsOf.slice(0, 4));
  const stations = (data().layers.stations ?? [])
    .map((f) => f.properties as StationProperties)
    .sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind === 'national' ? -1 : 1));
  let scope = 'district';
  let pollutant: Chartable = 'PM2.5';
  const request = createLatestRequest();

  async function render(): Promise<void> {
    const lang = store.get().lang;
    const asOfDate = (store.get().asOf ?? meta.defaultAsOf).slice(0, 10);
    const signal = request.next();
    const target = scope === 'district' ? 'scope=district' : `station=${encodeURIComponent(scope)}`;
    panel.replaceChildren(h('p', { class: 'loading' }, T(lang, '正在加载…', 'Loading…')));
    const [evaluation, daily] = await Promise.all([
      fetchJson<AqEvaluationResponse>(`/api/aq/evaluation?year=${year}&${target}&asOf=${asOfDate}`, signal),
      fetchJson<AqDailyResponse>(`/api/aq/daily?${target}&from=${year}-01-01&to=${asOfDate}`, signal),
    ]);
    if (signal.aborted) return;
    if (!evaluation.ok || !daily.ok) {
      const retry = h('button', { type: 'button' }, T(lang, '重试', 'Retry'));
      retry.addEventListener('click', () => void render());
      panel.replaceChildren(
        h(
          'p',
          { class: 'error' },
          `${T(lang, '数据加载失败', 'Could not load data')}：` +
            `${!evaluation.ok ? evaluation.error.message : !daily.ok ? daily.error.message : ''}`,
        ),
        retry,
      );
      return;
    }
    const e = evaluation.value;
    const select = h(
      'select',
      { 'data-aq-scope': '' },
      h(
        'option',
        { value: 'district', selected: scope === 'district' },
        T(lang, '全区（国控站）', 'District (national stations)'),
      ),
      ...stations.map((s) =>
        h(
          'option',
          { value: s.code, selected: scope === s.code },
          `${s.name} ${s.code}${s.kind === 'micro' ? T(lang, '（微站）', ' (micro)') : ''}`,
        ),
      ),
    );
    select.addEventListener('change', () => {
      scope = select.value;
      void render();
    });
    const rows = e.pollutants.map((p) => {
      const figure = p.value ?? p.provisionalValue;
      const shown =
        figure === null ? '—' : `${figure.toFixed(p.unit === 'mg/m³' ? 2 : 1)}${p.value === null ? '*' : ''}`;
      return h(
        'tr',
        { 'data-pollutant': p.pollutant },
        h('th', {}, p.pollutant, h('div', { class: 'muted' }, statisticLabels[p.statistic][lang])),
        h('td', { class: 'num' }, `${shown} ${p.unit}`),
        h('td', { class: 'num' }, `≤ ${p.target}${p.planTarget ? T(lang, '（计划）', ' (plan)') : ''}`),
        h('td', {}, h('span', { class: `progress progress-${p.progress}` }, progressLabels[p.progress][lang])),
      );
    });
    const invalid = e.pollutants
      .filter((p) => !p.validity.valid)
      .flatMap((p) => p.validity.reasons.map((r) => `${p.pollutant}: ${r}`));
    const levels = e.aqiDays.levels.map((l) =>
      h(
        'span',
        { class: 'level-chip', style: `background:${l.color};color:${l.level >= 4 ? '#fff' : '#1d2733'}` },
        `${l.category} ${l.days}`,
      ),
    );
    const pollutantSelect = h(
      'select',
      { 'data-aq-pollutant': '' },
      ...(Object.keys(DAILY_LIMITS_CLASS_II) as Chartable[]).map((k) =>
        h('option', { value: k, selected: k === pollutant }, k),
      ),
    );
    pollutantSelect.addEventListener('change', () => {
      pollutant = pollutantSelect.value as Chartable;
      void render();
    });
    const parts: (Node | null)[] = [
      h('h2', {}, T(lang, `${year}年目标进度（截至 ${asOfDate}）`, `${year} targets, year to date (to ${asOfDate})`)),
      h('label', { class: 'field' }, select),
      h('table', { class: 'aq-table', 'data-aq-evaluation': e.scope }, ...rows),
      h(
        'p',
        { class: 'muted' },
        T(
          lang,
          '依据 HJ 663-2013 评价，限值为 GB 3095-2012 二级；PM2.5、SO2 为行动计划目标。*：数据有效性不足，仅供参考。',
          'Evaluated per HJ 663-2013 against GB 3095-2012 Class II; ' +
            'PM2.5 and SO2 against the plan. *: coverage short, provisional.',
        ),
      ),
      invalid.length
        ? h(
            'details',
            { class: 'muted' },
            h('summary', {}, T(lang, '数据有效性', 'Data validity')),
            ...invalid.map((r) => h('div', {}, r)),
          )
        : null,
      h('h2', {}, T(lang, '优良天数比例', 'Share of good days')),
      h(
        'p',
        { 'data-good-ratio': '' },
        e.aqiDays.goodDayRatio === null
          ? '—'
          : `${(e.aqiDays.goodDayRatio * 100).toFixed(1)}%（${e.aqiDays.goodDays}/${e.aqiDays.validDays}）`,
        e.comprehensiveIndex
          ? ` · ${T(lang, '综合指数', 'comprehensive index')} ${e.comprehensiveIndex.total.toFixed(2)}`
          : '',
      ),
      h('div', { class: 'level-chips' }, ...levels),
      h('h2', {}, T(lang, '日AQI（HJ 633-2012）', 'Daily AQI (HJ 633-2012)')),
      dailyAqiChart(daily.value.days),
      h('h2', {}, T(lang, '污染物日均值与限值', 'Daily values against the limit'), ' ', pollutantSelect),
      pollutantChart(daily.value.days, pollutant, DAILY_LIMITS_CLASS_II[pollutant]),
      ...e.notes.map((n) => h('p', { class: 'muted' }, n)),
    ];
    panel.replaceChildren(...parts.filter((part): part is Node => part !== null));
    panel.dataset.ready = 'true';
  }

  // bottom strip: hour slider + playback over the year; moves the console's as-of
  const hours = hourIndex(year, meta.defaultAsOf) + 1;
  const slider = h('input', { type: 'range', min: '0', max: String(hours - 1), step: '1', 'data-time-slider': '' });
  const label = h('span', { class: 'time-label' });
  const play = h('button', { type: 'button', 'data-action': 'play' });
  const periodButtons = (['hour', 'day'] as const).map((period) => {
    const b = h('button', { type: 'button', class: 'tool', 'data-aqi-period': period });
    b.addEventListener('click', () => store.update({ aqiPeriod: period }));
    return b;
  });
  let timer: ReturnType<typeof setInterval> | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  const syncStrip = () => {
    const asOf = store.get().asOf ?? meta.defaultAsOf;
    const l = store.get().lang;
    periodButtons.forEach((b) => {
      const period = b.dataset.aqiPeriod;
      b.textContent = period === 'hour' ? T(l, '小时AQI', 'hourly AQI') : T(l, '日AQI', 'daily AQI');
      b.classList.toggle('active', store.get().aqiPeriod === period);
    });
    slider.value = String(hourIndex(year, asOf));
    label.textContent = asOf.replace('T', ' ');
    play.textContent = timer ? '⏸' : '▶';
  };
  const setHour = (i: number) => {
    const ts = hourAt(year, Math.max(0, Math.min(hours - 1, i)));
    store.update({ asOf: ts === meta.defaultAsOf ? null : ts });
  };
  slider.addEventListener('input', () => {
    label.textContent = hourAt(year, Number(slider.value)).replace('T', ' ');
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => setHour(Number(slider.value)), 250);
  });
  play.addEventListener('click', () => {
    if (timer) {
      clearInterval(timer);
      timer = null;
    } else timer = setInterval(() => setHour(Number(slider.value) + 1), 900);
    syncStrip();
  });
  bottom.hidden = false;
  bottom.replaceChildren(play, slider, label, ...periodButtons);
  syncStrip();

  let lastDate = (store.get().asOf ?? meta.defaultAsOf).slice(0, 10);
  let lastLang = store.get().lang;
  const unsubscribe = store.subscribe((state) => {
    syncStrip();
    const date = (state.asOf ?? meta.defaultAsOf).slice(0, 10);
    if (date !== lastDate || state.lang !== lastLang) {
      lastDate = date;
      lastLang = state.lang;
      void render();
    }
  });
  void render();
  return () => {
    unsubscribe();
    request.abort();
    if (timer) clearInterval(timer);
    if (debounce) clearTimeout(debounce);
  };
};
