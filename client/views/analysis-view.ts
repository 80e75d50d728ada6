import { PathLayer } from '@deck.gl/layers';
import type { Feature, Polygon } from 'geojson';
import { h as element, render } from 'preact';
import {
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawFreehandMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { TownshipStatsResponse } from '../../server/schema/stats.ts';
import type { AreaStatsResponse } from '../../server/schema/stats.ts';
import type { ViewMount } from '../app.ts';
import { h } from '../panels/dom.ts';
import { circleRing, decodeShape, encodeShape, measureRing, type DrawnShape } from './shape-codec.ts';
import { analysisMessages, type AnalysisMessages } from '../i18n/analysis.ts';
import { createLatestRequest } from '../api/latest-request.ts';
import { apiFetch, session } from '../api/session.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { failureText } from '../api/failure-text.ts';
import { saveFile } from '../api/save-file.ts';
import { sendJson } from '../api/send-json.ts';
import { type AreaState, StatisticsPanel, type Subject } from './analysis/statistics-panel.tsx';
import { TownshipTable } from './analysis/township-table.tsx';
import { townshipChoropleth } from './analysis/township-choropleth.ts';
import { formatTableSort, parseTableSort, townshipMetric } from './analysis/township-metrics.ts';

type Tool = 'polygon' | 'rectangle' | 'circle' | 'freehand' | 'select';
const tools: [Tool, (m: AnalysisMessages) => string][] = [
  ['polygon', (m) => m.toolPolygon],
  ['rectangle', (m) => m.toolRectangle],
  ['circle', (m) => m.toolCircle],
  ['freehand', (m) => m.toolFreehand],
  ['select', (m) => m.toolSelect],
];

function shapeFromFeature(f: Feature): DrawnShape | null {
  if (f.geometry.type !== 'Polygon') return null;
  const ring = f.geometry.coordinates[0] as [number, number][];
  const props = f.properties as { mode?: string; radiusKilometers?: number } | null;
  if (props?.mode === 'circle') {
    const n = ring.length - 1;
    const center: [number, number] = [
      ring.slice(0, n).reduce((s, p) => s + p[0], 0) / n,
      ring.slice(0, n).reduce((s, p) => s + p[1], 0) / n,
    ];
    const radiusM = props.radiusKilometers
      ? props.radiusKilometers * 1000
      : (measureRing(ring).perimeterKm * 1000) / (2 * Math.PI);
    return { kind: 'circle', center, radiusM };
  }
  return { kind: 'polygon', ring };
}

const ringOf = (shape: DrawnShape): [number, number][] =>
  shape.kind === 'circle' ? circleRing(shape.center, shape.radiusM) : shape.ring;

/**
 * The drawn shape (or the one being drawn) as deck.gl layers on top of every data layer: deck.gl draws above
 * MapLibre, so terra-draw's own outline lies under the clusters; this white-haloed outline does not.
 */
function shapeLayers(ring: [number, number][] | null) {
  if (!ring) return [];
  const data = [{ path: ring }];
  return [
    new PathLayer<{ path: [number, number][] }>({
      id: 'analysis-shape-halo',
      data,
      getPath: (d) => d.path,
      getColor: [255, 255, 255, 230],
      getWidth: 6,
      widthUnits: 'pixels',
      jointRounded: true,
    }),
    new PathLayer<{ path: [number, number][] }>({
      id: 'analysis-shape',
      data,
      getPath: (d) => d.path,
      getColor: [20, 90, 200, 255],
      getWidth: 3,
      widthUnits: 'pixels',
      jointRounded: true,
    }),
  ];
}

/**
 * 分析 view: draw a polygon, rectangle, circle or freehand shape (terra-draw), edit its vertices,
 * undo, delete; live area and perimeter while drawing; the statistics of the area from the
 * server (debounced, stale requests cancelled); CSV and GeoJSON export; the shape in the URL.
 * Below, the township table (sortable; metric and sort in the URL) and a choropleth by any of its metrics.
 * The statistics panel shows one subject at a time: the drawn area, or the township picked in the table.
 */
export const mountAnalysisView: ViewMount = ({ panel, store, map, data, setOverlayLayers }) => {
  const lang = () => store.get().lang;
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode(),
      new TerraDrawRectangleMode(),
      new TerraDrawCircleMode(),
      new TerraDrawFreehandMode(),
      new TerraDrawSelectMode({
        flags: {
          polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } },
          rectangle: { feature: { draggable: true, coordinates: { draggable: true } } },
          freehand: { feature: { draggable: true, coordinates: { draggable: true, deletable: true } } },
          circle: { feature: { draggable: true } },
        },
      }),
    ],
  });
  draw.start();
  let tool: Tool | null = null;
  const history: (string | null)[] = [];
  const statsRequest = createLatestRequest();
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let table: TownshipStatsResponse | null = null;
  let tableError: string | null = null;
  let area: AreaState = { kind: 'none' };
  let subject: Subject = { kind: 'area' };
  /** The shape being drawn or edited: its live measures (the panel's 「绘制中」 line) and its ring on the map. */
  let drawing: { ring: [number, number][]; areaKm2: number; perimeterKm: number } | null = null;
  let exportError: string | null = null;
  /** Set while the view itself puts a shape on the map (reload, undo): those changes are not drawing. */
  let placing = false;

  const toolbar = h('div', { class: 'draw-tools' });
  const statsBox = h('div', { class: 'analysis-stats' });
  const townshipBox = h('div', {});

  const townshipName = (code: string, name: string): string => {
    if (lang() === 'zh') return name;
    const feature = (data().layers.townships ?? []).find((f) => String(f.properties.code) === code);
    return feature ? String(feature.properties.nameEn) : name;
  };

  function setTool(next: Tool | null): void {
    tool = next;
    draw.setMode(next ?? 'static');
    document.body.dataset.drawing = next && next !== 'select' ? 'true' : 'false';
    renderToolbar();
  }

  /** A shape being edited (vertex drag in edit mode): its statistics refresh before the edit is committed. */
  let editing: DrawnShape | null = null;

  function currentShape(): DrawnShape | null {
    return editing ?? decodeShape(store.get().shape);
  }

  function putShape(shape: DrawnShape | null): void {
    placing = true;
    try {
      draw.clear();
      if (!shape) return;
      draw.addFeatures([
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [ringOf(shape)] },
          properties: { mode: shape.kind === 'circle' ? 'circle' : 'polygon' },
        },
      ]);
    } finally {
      placing = false;
    }
  }

  /** Puts the shape on top of the map; while drawing at most every 150 ms (it redraws every deck.gl layer). */
  let overlayTimer: ReturnType<typeof setTimeout> | null = null;
  function renderOverlay(throttled = false): void {
    if (throttled) {
      overlayTimer ??= setTimeout(() => renderOverlay(), 150);
      return;
    }
    if (overlayTimer) clearTimeout(overlayTimer);
    overlayTimer = null;
    const shape = decodeShape(store.get().shape);
    setOverlayLayers(shapeLayers(drawing?.ring ?? (shape ? ringOf(shape) : null)));
  }

  function commitShape(shape: DrawnShape | null): void {
    const encoded = shape ? encodeShape(shape) : null;
    if (encoded === store.get().shape) return;
    history.push(store.get().shape);
    store.update({ shape: encoded });
    renderToolbar();
  }

  function renderToolbar(): void {
    const m = analysisMessages(lang());
    const buttons = tools.map(([id, label]) => {
      const b = h(
        'button',
        { type: 'button', class: `tool${tool === id ? ' active' : ''}`, 'data-tool': id },
        label(m),
      );
      b.addEventListener('click', () => setTool(tool === id ? null : id));
      return b;
    });
    const undo = h(
      'button',
      { type: 'button', class: 'tool', 'data-tool': 'undo', disabled: history.length === 0 },
      m.undo,
    );
    undo.addEventListener('click', () => {
      const previous = history.pop();
      if (previous === undefined) return;
      drawing = null;
      editing = null;
      store.update({ shape: previous });
      putShape(decodeShape(previous));
      renderToolbar();
    });
    const clear = h(
      'button',
      { type: 'button', class: 'tool', 'data-tool': 'delete', disabled: !store.get().shape },
      m.remove,
    );
    clear.addEventListener('click', () => {
      drawing = null;
      commitShape(null);
      putShape(null);
    });
    toolbar.replaceChildren(...buttons, undo, clear);
  }

  draw.on('change', (ids, type, context) => {
    // drawing is a change of geometry by the user: not a selection (properties), the view's own put, or a deletion
    if (placing || tool === null || (type !== 'create' && type !== 'update')) return;
    if (context?.target === 'properties' || (context && 'origin' in context)) return;
    // the feature that changed (the one being drawn, not the finished shape still on the map)
    const feature = draw
      .getSnapshot()
      .find((f) => ids.includes(f.id as string | number) && f.geometry.type === 'Polygon');
    if (!feature) return;
    const ring = (feature.geometry as Polygon).coordinates[0] as [number, number][];
    if (ring.length < 4) return;
    drawing = { ring, ...measureRing(ring) };
    subject = { kind: 'area' };
    if (tool === 'select') {
      // editing a finished shape: keep the statistics in step, debounced, stale requests cancelled
      editing = shapeFromFeature(feature as Feature);
      scheduleStats();
    }
    renderStatsPanel();
    renderOverlay(true);
  });
  draw.on('finish', (id) => {
    const snapshot = draw.getSnapshot();
    const finished = snapshot.find((f) => f.id === id);
    // one shape at a time: a newly drawn one replaces the previous
    const others = snapshot.filter((f) => f.id !== id).map((f) => f.id as string | number);
    if (others.length && tool !== 'select') draw.removeFeatures(others);
    editing = null;
    drawing = null;
    if (finished) commitShape(shapeFromFeature(finished as Feature));
    renderStatsPanel();
    renderOverlay();
  });

  /** The drawn area's request body (shape and as-of), or null without a shape. */
  function areaBody(): Record<string, unknown> | null {
    const shape = currentShape();
    if (!shape) return null;
    const asOf = store.get().asOf;
    return {
      ...(shape.kind === 'circle'
        ? { circle: { center: shape.center, radiusM: shape.radiusM } }
        : { geometry: { type: 'Polygon', coordinates: [shape.ring] } }),
      ...(asOf ? { asOf } : {}),
    };
  }

  function exportArea(format: 'csv' | 'geojson'): void {
    const body = areaBody();
    if (!body) return;
    const l = lang();
    void apiFetch(`/api/exports/stats/area?format=${format}&lang=${l}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const name =
          /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `lantian-area.${format}`;
        saveFile(name, await res.blob());
        exportError = null;
      })
      .catch(() => {
        exportError = analysisMessages(l).exportFailed;
      })
      .finally(renderStatsPanel);
  }

  function renderStatsPanel(): void {
    if (!session.can('stats') && subject.kind === 'area') {
      render(null, statsBox);
      return;
    }
    render(
      element(StatisticsPanel, {
        lang: lang(),
        subject,
        area,
        drawing: drawing && { areaKm2: drawing.areaKm2, perimeterKm: drawing.perimeterKm },
        nameOf: townshipName,
        onShowArea: showArea,
        onExport: session.can('export') ? exportArea : null,
        exportError,
      }),
      statsBox,
    );
  }

  function showArea(): void {
    subject = { kind: 'area' };
    const selected = store.get().selected;
    if (selected?.layer === 'townships') store.update({ selected: null });
    renderStatsPanel();
    renderTownshipTable();
  }

  function showTownship(code: string): void {
    const stats = table?.townships.find((t) => t.code === code);
    if (!stats) return;
    subject = { kind: 'township', code, name: townshipName(code, stats.name), stats };
    store.update({ selected: { layer: 'townships', id: code } });
    renderStatsPanel();
    renderTownshipTable();
  }

  async function loadAreaStats(): Promise<void> {
    if (!session.can('stats')) return;
    const signal = statsRequest.next();
    const body = areaBody();
    if (!body) {
      area = { kind: 'none' };
      renderStatsPanel();
      return;
    }
    area = { kind: 'loading' };
    renderStatsPanel();
    const answer = await sendJson<AreaStatsResponse>('POST', '/api/stats/area', body, signal);
    if (signal.aborted) return;
    area = answer.ok
      ? { kind: 'ready', result: answer.value }
      : { kind: 'failed', code: answer.error.code, text: failureText(lang(), answer.error) };
    renderStatsPanel();
  }

  function scheduleStats(): void {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => void loadAreaStats(), 250);
  }

  /** Colours the townships (MapLibre feature-state `fill`, under the data layers and the drawn shape). */
  function renderChoropleth(): void {
    if (!table || !map.getSource('townships')) return;
    const { fills } = townshipChoropleth(table.townships, townshipMetric(store.get().metric));
    for (const [code, colour] of fills) map.setFeatureState({ source: 'townships', id: code }, { fill: colour });
  }

  function renderTownshipTable(): void {
    const l = lang();
    if (tableError !== null) {
      render(element('p', { class: 'error' }, `${analysisMessages(l).townshipsFailed}：${tableError}`), townshipBox);
      return;
    }
    if (!table) return;
    const state = store.get();
    render(
      element(TownshipTable, {
        table,
        lang: l,
        metric: townshipMetric(state.metric),
        sort: parseTableSort(state.sort),
        selected: subject.kind === 'township' ? subject.code : null,
        nameOf: (t) => townshipName(t.code, t.name),
        onMetric: (id) => store.update({ metric: id === 'dustfall' ? null : id }),
        onSort: (sort) => store.update({ sort: formatTableSort(sort) }),
        onRow: showTownship,
        exportQuery: session.can('export')
          ? `lang=${l}${state.asOf ? `&asOf=${encodeURIComponent(state.asOf)}` : ''}`
          : null,
      }),
      townshipBox,
    );
    renderChoropleth();
  }

  async function loadTownships(): Promise<void> {
    const asOf = store.get().asOf;
    const result = await fetchJson<TownshipStatsResponse>(
      `/api/stats/townships${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`,
    );
    if (!result.ok) {
      tableError = failureText(lang(), result.error);
      renderTownshipTable();
      return;
    }
    tableError = null;
    table = result.value;
    if (subject.kind === 'township') {
      const code = subject.code;
      const stats = table.townships.find((t) => t.code === code);
      subject = stats ? { ...subject, stats } : { kind: 'area' };
      renderStatsPanel();
    }
    renderTownshipTable();
  }

  function renderAll(): void {
    const m = analysisMessages(lang());
    // drawing runs POST /api/stats/area, which analysts and admins may call; the others read the township table
    panel.replaceChildren(
      h('h2', {}, m.title),
      ...(session.can('stats') ? [toolbar] : [h('p', { class: 'muted', 'data-stats-read-only': '' }, m.readOnly)]),
      statsBox,
      townshipBox,
    );
    renderToolbar();
    renderStatsPanel();
    renderTownshipTable();
    panel.dataset.ready = 'true';
  }

  renderAll();
  const initial = currentShape();
  map.once('idle', () => putShape(initial));
  if (map.loaded()) putShape(initial);
  renderOverlay();
  void loadAreaStats();
  void loadTownships();

  let previous = store.get();
  const unsubscribe = store.subscribe((state) => {
    const before = previous;
    previous = state;
    if (state.lang !== before.lang) {
      if (subject.kind === 'township' && table) {
        const code = subject.code;
        const stats = table.townships.find((t) => t.code === code);
        if (stats) subject = { ...subject, name: townshipName(code, stats.name) };
      }
      renderAll();
    }
    if (state.shape !== before.shape) {
      subject = { kind: 'area' };
      area = state.shape ? { kind: 'loading' } : { kind: 'none' };
      scheduleStats();
      renderStatsPanel();
      renderOverlay();
    }
    // closing the township's drawer (or selecting something else) brings the drawn area's statistics back
    if (state.selected !== before.selected && subject.kind === 'township') {
      const sel = state.selected;
      if (sel?.layer !== 'townships') showArea();
      else if (sel.id !== subject.code) showTownship(sel.id);
    }
    if (state.metric !== before.metric || state.sort !== before.sort) renderTownshipTable();
    if (state.asOf !== before.asOf) {
      scheduleStats();
      void loadTownships();
    }
  });
  return () => {
    unsubscribe();
    statsRequest.abort();
    if (debounce) clearTimeout(debounce);
    if (overlayTimer) clearTimeout(overlayTimer);
    document.body.dataset.drawing = 'false';
    draw.stop();
    render(null, statsBox);
    render(null, townshipBox);
    setOverlayLayers([]);
    if (map.getSource('townships'))
      for (const t of table?.townships ?? []) map.setFeatureState({ source: 'townships', id: t.code }, { fill: null });
  };
};
