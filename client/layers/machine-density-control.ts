/**
 * 机械作业密度 in the console (issue 18): the fetch of GET /api/machines/density for the as-of and
 * window shown (with its own loading state), the layers drawn at the anchor of `renderMapData()`,
 * the block in 图层 (toggle, window choice, summary, legend with numbers) and the cell tooltip.
 * The toggle is `state.density` (URL `density=1`); the window (近 30 天 / 本年至今) is kept in
 * localStorage, not in the URL.
 */
import type { Layer } from '@deck.gl/core';
import type { DensityWindow, MachineDensity } from '../../server/schema/machine-density.ts';
import type { ApiFailure } from '../api/api-result.ts';
import { failureText } from '../api/failure-text.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { createLatestRequest } from '../api/latest-request.ts';
import { machineDensityMessages } from '../i18n/machine-density.ts';
import { h, present } from '../panels/dom.ts';
import type { AppState, Language } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { DENSITY_FILL_OPACITY, densityLegend, type DensityCell } from './machine-density.ts';
import type { MachineDensityLayerInput } from './machine-density-layers.ts';

const WINDOW_KEY = 'lantian.densityWindow';
const windows: readonly DensityWindow[] = ['30d', 'ytd'];

type Load =
  | { key: string; status: 'loading' }
  | { key: string; status: 'ready'; body: MachineDensity }
  | { key: string; status: 'failed'; error: ApiFailure };

let load: Load | null = null;
/** The last response drawn: kept on the map while the next as-of loads (the time slider stays smooth). */
let shown: MachineDensity | null = null;
let windowChoice: DensityWindow = readWindow();
let redraw: () => void = () => {};
let boundStore: Store<AppState> | null = null;
let defaultAsOf = '';
let block: HTMLElement | null = null;
let tooltip: HTMLElement | null = null;
let pinned: string | null = null;
const request = createLatestRequest();

function readWindow(): DensityWindow {
  try {
    const saved = localStorage.getItem(WINDOW_KEY);
    return saved === 'ytd' ? 'ytd' : '30d';
  } catch {
    return '30d';
  }
}

const fmt = (n: number, lang: Language) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
const asOfOf = (state: AppState) => state.asOf ?? defaultAsOf;
const keyOf = (state: AppState) => `${asOfOf(state)}/${windowChoice}`;

/** Binds the store once: turning the density on or off, or the language, redraws map and block. */
function bind(store: Store<AppState>): void {
  if (boundStore === store) return;
  boundStore = store;
  store.subscribe((state, previous) => {
    if (state.density !== previous.density || state.lang !== previous.lang) {
      if (!state.density) hideTooltip(true);
      redraw();
      renderBlock();
    }
  });
}

function ensureLoaded(state: AppState): void {
  if (load?.key !== keyOf(state)) startLoad(state); // a failed load waits for 重试
}

function startLoad(state: AppState): void {
  const key = keyOf(state);
  const signal = request.next();
  load = { key, status: 'loading' };
  document.body.dataset.densityLoaded = '';
  const query = new URLSearchParams({ window: windowChoice });
  if (state.asOf) query.set('asOf', state.asOf);
  void fetchJson<MachineDensity>(`/api/machines/density?${query}`, signal).then((result) => {
    if (signal.aborted || load?.key !== key) return;
    if (result.ok) {
      load = { key, status: 'ready', body: result.value };
      if (shown?.window !== result.value.window || shown.to !== result.value.to) hideTooltip(true);
      shown = result.value;
      document.body.dataset.densityLoaded = key;
    } else load = { key, status: 'failed', error: result.error };
    redraw();
    renderBlock();
  });
  queueMicrotask(renderBlock);
}

/**
 * The density's deck layers for the anchor in `renderMapData()` (none while `state.density` is off),
 * fetching the counts when the as-of or the window changed; `redrawMap` is called when they arrive. `layersOf` is
 * machine-density-layers.ts's factory, passed in by the map's code so that this control (part of 图层) loads no
 * deck.gl of its own.
 */
export function machineDensityOnMap(
  store: Store<AppState>,
  datasetAsOf: string,
  redrawMap: () => void,
  layersOf: (input: MachineDensityLayerInput) => Layer[],
): Layer[] {
  defaultAsOf = datasetAsOf;
  redraw = redrawMap;
  bind(store);
  const state = store.get();
  if (!state.density) return [];
  ensureLoaded(state);
  const current = shown && shown.window === windowChoice ? shown : null;
  return layersOf({
    density: current,
    zoom: state.zoom,
    onHover: (cell, at) => (cell ? showTooltip(cell, at, false) : hideTooltip(false)),
    onClick: (cell, at) => showTooltip(cell, at, true),
  });
}

function mapContainer(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.maplibregl-map');
}

function showTooltip(cell: DensityCell, [x, y]: [number, number], pin: boolean): void {
  if (pinned && !pin && pinned !== cell.id) pinned = null;
  if (pin) pinned = cell.id;
  const container = mapContainer();
  if (!container || !boundStore) return;
  const m = machineDensityMessages(boundStore.get().lang);
  if (!tooltip?.isConnected) {
    tooltip = h('div', { class: 'density-tooltip', role: 'status', 'data-density-tooltip': '' });
    container.append(tooltip);
  }
  tooltip.hidden = false;
  tooltip.dataset.cell = cell.id;
  tooltip.dataset.count = String(cell.count);
  tooltip.style.left = `${x + 14}px`;
  tooltip.style.top = `${y + 14}px`;
  tooltip.replaceChildren(h('strong', {}, m.title), ' ', m.cellCount(fmt(cell.count, boundStore.get().lang)));
}

function hideTooltip(evenPinned: boolean): void {
  if (pinned && !evenPinned) return;
  pinned = null;
  if (tooltip) tooltip.hidden = true;
}

/** The block in 图层: toggle, window choice, what is counted, the legend with numbers. */
export function machineDensityBlock(store: Store<AppState>): HTMLElement {
  bind(store);
  block = h('section', { class: 'layer-block density-block', 'data-density-block': '' });
  renderBlock();
  return block;
}

function renderBlock(): void {
  if (!block || !boundStore) return;
  const store = boundStore;
  const state = store.get();
  const lang = state.lang;
  const m = machineDensityMessages(lang);
  block.classList.toggle('layer-off', !state.density);
  const toggle = h('input', { type: 'checkbox', 'data-density-toggle': '', checked: state.density });
  toggle.addEventListener('change', () => store.update({ density: toggle.checked }));
  const choices = windows.map((w) => {
    const input = h('input', { type: 'radio', name: 'density-window', value: w, checked: w === windowChoice });
    input.addEventListener('change', () => {
      if (!input.checked) return;
      windowChoice = w;
      try {
        localStorage.setItem(WINDOW_KEY, w);
      } catch {
        // private mode: the choice lasts for the page
      }
      hideTooltip(true);
      redraw();
      renderBlock();
    });
    return h('label', { class: 'chip' }, input, w === '30d' ? m.window30d : m.windowYtd);
  });
  const current = load?.key === keyOf(state) ? load : null;
  const body = current?.status === 'ready' ? current.body : null;
  let status: HTMLElement | null = null;
  if (state.density && (!current || current.status === 'loading'))
    status = h(
      'p',
      { class: 'muted density-status', 'data-density-status': 'loading' },
      h('span', {
        class: 'spinner',
      }),
      m.loading,
    );
  else if (state.density && current?.status === 'failed') {
    const retry = h('button', { type: 'button', class: 'link-button' }, m.retry);
    retry.addEventListener('click', () => {
      startLoad(store.get());
      redraw();
    });
    status = h(
      'p',
      { class: 'error density-status', 'data-density-status': 'failed' },
      m.failed(failureText(lang, current.error)),
      ' ',
      retry,
    );
  } else if (state.density && body)
    status = h(
      'div',
      { class: 'density-status', 'data-density-status': 'ready' },
      h('p', { class: 'muted' }, m.windowRange(body.after, body.to)),
      h(
        'p',
        { 'data-density-summary': '' },
        body.positions === 0
          ? m.empty
          : m.summary(fmt(body.positions, lang), fmt(body.machines, lang), fmt(body.cells.length, lang)),
      ),
    );
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': m.legendTitle },
    ...densityLegend.map((c) =>
      h(
        'li',
        { class: 'legend-entry', 'data-density-class': String(c.from) },
        h('span', { class: 'swatch', style: `background:${c.colour};opacity:${DENSITY_FILL_OPACITY}` }),
        h(
          'span',
          { class: 'legend-label' },
          c.to === null ? m.classAtLeast(fmt(c.from, lang)) : m.classRange(fmt(c.from, lang), fmt(c.to, lang)),
        ),
      ),
    ),
  );
  block.replaceChildren(
    ...present(
      h('label', { class: 'layer-head' }, toggle, h('span', { class: 'layer-name' }, m.title)),
      h(
        'fieldset',
        { class: 'density-window', disabled: !state.density },
        h('legend', {}, m.windowLabel),
        h('div', { class: 'chips' }, ...choices),
      ),
      status,
      h('p', { class: 'muted legend-note' }, m.legendTitle),
      legend,
      h('p', { class: 'muted legend-note' }, m.cellNote(body?.cellMeters ?? 500), ' ', m.hoverHint),
    ),
  );
}
