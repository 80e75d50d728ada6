/**
 * 污染浓度面 in the console (issue 18): the fetch of GET /api/air/surface for the as-of hour and metric shown
 * (`state.surface`, URL `surface=`; the as-of is the top bar's and the 空气 view's time slider), the layers drawn
 * at the anchor of `renderMapData()`, and the block shown in 图层 and in 空气: the metric choice, the legend with
 * each band's numbers, the method and the stations used and left out.
 */
import type { Layer } from '@deck.gl/core';
import type { AirSurface } from '../../../server/schema/air-surface.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { createLatestRequest } from '../../api/latest-request.ts';
import { airSurfaceMessages, surfaceLevelNames } from '../../i18n/air-surface.ts';
import { h } from '../../panels/dom.ts';
import { surfaceMetrics, type AppState, type Language, type SurfaceMetric } from '../../state/app-state.ts';
import type { Store } from '../../state/store.ts';

type Load =
  | { key: string; status: 'loading' }
  | { key: string; status: 'ready'; body: AirSurface }
  | { key: string; status: 'failed'; error: ApiFailure };

let load: Load | null = null;
/** The last surface drawn: kept on the map while the next hour loads (the time slider stays smooth). */
let shown: AirSurface | null = null;
let redraw: () => void = () => {};
let boundStore: Store<AppState> | null = null;
let defaultAsOf = '';
const blocks = new Set<HTMLElement>();
const request = createLatestRequest();

/** The hour-ending label of the hour shown at an as-of (`YYYY-MM-DDTHH:mm`). */
export const surfaceHourOf = (asOf: string) => `${asOf.slice(0, 13)}:00`;
const asOfOf = (state: AppState) => state.asOf ?? defaultAsOf;
const keyOf = (state: AppState, metric: SurfaceMetric) => `${surfaceHourOf(asOfOf(state))}/${metric}`;

function bind(store: Store<AppState>): void {
  if (boundStore === store) return;
  boundStore = store;
  store.subscribe((state, previous) => {
    if (state.surface !== previous.surface || state.lang !== previous.lang || state.asOf !== previous.asOf) {
      if (state.surface === null) {
        delete document.body.dataset.surfaceHour;
        delete document.body.dataset.surfaceDrawnMetric;
      }
      redraw();
      renderBlocks();
    }
  });
}

function startLoad(state: AppState, metric: SurfaceMetric): void {
  const key = keyOf(state, metric);
  const signal = request.next();
  load = { key, status: 'loading' };
  const query = new URLSearchParams({ metric });
  const asOf = asOfOf(state);
  if (asOf) query.set('asOf', asOf);
  void fetchJson<AirSurface>(`/api/air/surface?${query}`, signal).then((result) => {
    if (signal.aborted || load?.key !== key) return;
    if (result.ok) {
      load = { key, status: 'ready', body: result.value };
      shown = result.value;
    } else load = { key, status: 'failed', error: result.error };
    redraw();
    renderBlocks();
  });
  queueMicrotask(renderBlocks);
}

/**
 * The surface's deck layers for the anchor in `renderMapData()` (none while `state.surface` is null), fetching
 * the hour and metric when they changed; `redrawMap` is called when the surface arrives. Marks the page with
 * the hour and metric drawn (`data-surface-hour`, `data-surface-drawn-metric` on body). `layersOf` is
 * air-surface-layers.ts's factory, passed in by the map's code so that this control (part of 图层) loads no deck.gl.
 */
export function airSurfaceOnMap(
  store: Store<AppState>,
  datasetAsOf: string,
  redrawMap: () => void,
  layersOf: (surface: AirSurface | null, zoom: number) => Layer[],
): Layer[] {
  defaultAsOf = datasetAsOf;
  redraw = redrawMap;
  bind(store);
  const state = store.get();
  const metric = state.surface;
  if (metric === null) return [];
  if (load?.key !== keyOf(state, metric)) startLoad(state, metric); // a failed load waits for 重试
  const current = shown?.metric === metric ? shown : null;
  if (current) {
    document.body.dataset.surfaceHour = current.hour;
    document.body.dataset.surfaceDrawnMetric = current.metric;
  }
  return layersOf(current, state.zoom);
}

const metricLabel = (metric: SurfaceMetric, lang: Language): string => {
  const m = airSurfaceMessages(lang);
  return { aqi: m.metricAqi, pm25: m.metricPm25, pm10: m.metricPm10, o3: m.metricO3, no2: m.metricNo2 }[metric];
};

const fmt = (n: number, lang: Language) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

/** The metric choice: 不显示 or one of the five metrics. */
function metricSelect(store: Store<AppState>, lang: Language): HTMLElement {
  const m = airSurfaceMessages(lang);
  const current = store.get().surface;
  const select = h(
    'select',
    { 'data-surface-metric': '', 'aria-label': m.metricLabel },
    h('option', { value: '', selected: current === null }, m.off),
    ...surfaceMetrics.map((metric) =>
      h('option', { value: metric, selected: current === metric }, metricLabel(metric, lang)),
    ),
  );
  select.addEventListener('change', () => {
    const value = (select as HTMLSelectElement).value;
    store.update({ surface: surfaceMetrics.find((metric) => metric === value) ?? null });
  });
  return h('label', { class: 'field' }, h('span', {}, m.metricLabel), select);
}

function legend(body: AirSurface, lang: Language): HTMLElement {
  const m = airSurfaceMessages(lang);
  const names = surfaceLevelNames(lang);
  const levelName = (level: number) => [names.l1, names.l2, names.l3, names.l4, names.l5, names.l6][level - 1] ?? '';
  const title = m.legendTitle(body.unit);
  return h(
    'div',
    {},
    h('p', { class: 'muted' }, title),
    h(
      'ul',
      { class: 'legend', 'aria-label': title, 'data-surface-legend': '' },
      ...body.bands.map((band) =>
        h(
          'li',
          { class: 'legend-entry', 'data-surface-band': String(band.level) },
          h('span', { class: 'swatch', style: `background:${band.color}` }),
          h(
            'span',
            { class: 'legend-label' },
            band.to === null
              ? m.bandAbove(levelName(band.level), fmt(band.from, lang))
              : m.bandRange(levelName(band.level), fmt(band.from, lang), fmt(band.to, lang)),
          ),
        ),
      ),
    ),
  );
}

/** The method and the stations used and left out, with the hour. */
function card(body: AirSurface, lang: Language): HTMLElement {
  const m = airSurfaceMessages(lang);
  const kind = (k: 'national' | 'micro') => (k === 'national' ? m.national : m.micro);
  const reason = (r: 'missing' | 'invalid' | 'stopped') =>
    r === 'missing' ? m.reasonMissing : r === 'invalid' ? m.reasonInvalid : m.reasonStopped;
  const from = surfaceHourOf(addHour(body.hour, -1)).replace('T', ' ');
  const unit = body.unit === 'AQI' ? '' : body.unit;
  return h(
    'div',
    { class: 'surface-card', 'data-surface-card': '', 'data-hour': body.hour },
    h('p', { 'data-surface-hour-text': '' }, m.hour(from, body.hour.slice(11))),
    body.empty
      ? h('p', { class: 'warning', 'data-surface-empty': '' }, lang === 'zh' ? body.empty.zh : body.empty.en)
      : h('p', { class: 'muted' }, m.cells(body.cells.length, body.grid.cellKm)),
    body.range ? h('p', { class: 'muted' }, m.range(fmt(body.range.min, lang), fmt(body.range.max, lang), unit)) : null,
    h(
      'p',
      { 'data-surface-method': '' },
      h('strong', {}, `${m.method}：`),
      lang === 'zh' ? body.method.text.zh : body.method.text.en,
    ),
    h(
      'details',
      { 'data-surface-used': String(body.stations.used.length) },
      h('summary', {}, m.stationsUsed(body.stations.used.length)),
      h(
        'ul',
        { class: 'surface-stations' },
        ...body.stations.used.map((s) =>
          h('li', { 'data-station': s.code }, `${s.name}（${kind(s.kind)}）${fmt(s.value, lang)} ${unit}`.trim()),
        ),
      ),
    ),
    h(
      'details',
      { 'data-surface-excluded': String(body.stations.excluded.length) },
      h('summary', {}, m.stationsExcluded(body.stations.excluded.length)),
      h(
        'ul',
        { class: 'surface-stations' },
        ...body.stations.excluded.map((s) =>
          h('li', { 'data-station': s.code }, `${s.name}（${kind(s.kind)}）${reason(s.reason)}`),
        ),
      ),
    ),
    h(
      'p',
      { class: 'muted', 'data-surface-wind': String(body.wind.length) },
      body.wind.length ? m.wind(body.wind.length) : m.noWind,
    ),
    body.provenance === 'synthetic' ? h('p', { class: 'muted synthetic-note' }, m.synthetic) : null,
  );
}

/** `YYYY-MM-DDTHH:00` moved by `hours` (labels are China Standard Time; the arithmetic is on the label). */
function addHour(label: string, hours: number): string {
  const d = new Date(`${label}:00Z`);
  d.setUTCHours(d.getUTCHours() + hours);
  return d.toISOString().slice(0, 16);
}

function renderBlock(block: HTMLElement): void {
  const store = boundStore;
  if (!store) return;
  const state = store.get();
  const lang = state.lang;
  const m = airSurfaceMessages(lang);
  const metric = state.surface;
  const current = metric !== null && load?.key === keyOf(state, metric) ? load : null;
  let status: HTMLElement | null = null;
  if (metric !== null && (!current || current.status === 'loading'))
    status = h('p', { class: 'muted', 'data-surface-status': 'loading' }, h('span', { class: 'spinner' }), m.loading);
  else if (current?.status === 'failed') {
    const retry = h('button', { type: 'button', class: 'link-button' }, m.retry);
    retry.addEventListener('click', () => {
      const now = store.get();
      if (now.surface !== null) startLoad(now, now.surface);
      redraw();
    });
    status = h(
      'p',
      { class: 'error', 'data-surface-status': 'failed' },
      m.failed(failureText(lang, current.error)),
      ' ',
      retry,
    );
  }
  const body = current?.status === 'ready' ? current.body : null;
  block.classList.toggle('layer-off', metric === null);
  block.replaceChildren(
    h('h3', {}, m.title),
    metricSelect(store, lang),
    ...(status ? [status] : []),
    ...(body ? [legend(body, lang), card(body, lang)] : []),
  );
}

/** The blocks seen in the document: one that has left it since is dropped. */
const attached = new WeakSet<HTMLElement>();

function renderBlocks(): void {
  for (const block of blocks) {
    if (block.isConnected) attached.add(block);
    else if (attached.has(block)) {
      blocks.delete(block);
      continue;
    }
    renderBlock(block);
  }
}

/**
 * The surface's block (metric choice, legend, method and stations card), for 图层 and 空气. Each call gives a
 * new element that follows the store while it is in the document.
 */
export function airSurfaceBlock(store: Store<AppState>): HTMLElement {
  bind(store);
  const block = h('section', { class: 'layer-block surface-block', 'data-surface-block': '' });
  blocks.add(block);
  renderBlock(block);
  return block;
}
