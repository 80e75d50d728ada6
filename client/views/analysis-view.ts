import type { Feature, Polygon } from 'geojson';
import {
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawFreehandMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { AreaStatistics, AreaStatsResponse, TownshipStatsResponse } from '../../server/schema/stats.ts';
import type { ViewMount } from '../app.ts';
import { h, present } from '../panels/dom.ts';
import { statisticsTable } from './analysis-stats.ts';
import { circleRing, decodeShape, encodeShape, measureRing, type DrawnShape } from './shape-codec.ts';
import { T } from '../i18n/messages.ts';
import { createLatestRequest } from '../api/latest-request.ts';
import { apiFetch, session } from '../api/session.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { saveFile } from '../api/save-file.ts';
import { sendJson } from '../api/send-json.ts';

type Tool = 'polygon' | 'rectangle' | 'circle' | 'freehand' | 'select';
const tools: [Tool, string, string][] = [
  ['polygon', '多边形', 'Polygon'],
  ['rectangle', '矩形', 'Rectangle'],
  ['circle', '圆', 'Circle'],
  ['freehand', '手绘', 'Freehand'],
  ['select', '编辑', 'Edit'],
];

/** Township metrics for the choropleth and the table: label, unit, value of a row. */
const metrics: { id: string; zh: string; en: string; unit: string; value: (s: AreaStatistics) => number | null }[] = [
  { id: 'dustfall', zh: '降尘', en: 'Dustfall', unit: 't/(km²·月)', value: (s) => s.dustfall.value },
  {
    id: 'enterprise-density',
    zh: '企业密度',
    en: 'Enterprise density',
    unit: '/km²',
    value: (s) => s.densities.enterprises,
  },
  {
    id: 'failing-sites',
    zh: '未达标工地',
    en: 'Failing sites',
    unit: '',
    value: (s) => s.constructionSites.failing.count,
  },
  {
    id: 'reburning',
    zh: '散煤复烧村',
    en: 'Re-burning villages',
    unit: '',
    value: (s) => s.villages.byHeating.reburning.count,
  },
  {
    id: 'banned-in-zones',
    zh: '控制区禁用机械',
    en: 'Banned in NRMM zones',
    unit: '',
    value: (s) => s.machines.bannedInNrmmZones.count,
  },
  {
    id: 'pm25',
    zh: 'PM2.5 月均',
    en: 'PM2.5 month mean',
    unit: 'µg/m³',
    value: (s) => s.stations.readings.means['PM2.5'] ?? null,
  },
];
/** Sequential YlOrRd, 5 classes. */
const RAMP: [number, number, number][] = [
  [255, 255, 178],
  [254, 204, 92],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];

function classBreaks(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return [1, 2, 3, 4].map((k) => sorted[Math.floor((k * sorted.length) / 5)] ?? 0);
}
function classOf(value: number, breaks: number[]): number {
  let k = 0;
  while (k < breaks.length && value > (breaks[k] as number)) k++;
  return k;
}

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

/**
 * 分析 view: draw a polygon, rectangle, circle or freehand shape (terra-draw), edit its vertices,
 * undo, delete; live area and perimeter while drawing; the statistics of the area from the
 * server (debounced, stale requests cancelled); CSV and GeoJSON export; the shape in the URL.
 * Below, the township table (sortable) and a choropleth by any of its metrics.
 */
export const mountAnalysisView: ViewMount = ({ panel, store, map }) => {
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
  let metricId = 'dustfall';
  let sortKey: string = 'code';
  let sortDescending = false;

  const toolbar = h('div', { class: 'draw-tools' });
  const measure = h('p', { class: 'muted', 'data-measure': '' });
  const statsBox = h('div', { 'data-area-stats': '' });
  const townshipBox = h('div', {});
  const legendBox = h('div', { class: 'choropleth-legend' });

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
    draw.clear();
    if (!shape) return;
    const ring = shape.kind === 'circle' ? circleRing(shape.center, shape.radiusM) : shape.ring;
    draw.addFeatures([
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [ring] },
        properties: { mode: shape.kind === 'circle' ? 'circle' : 'polygon' },
      },
    ]);
  }

  function commitShape(shape: DrawnShape | null): void {
    const encoded = shape ? encodeShape(shape) : null;
    if (encoded === store.get().shape) return;
    history.push(store.get().shape);
    store.update({ shape: encoded });
    renderToolbar();
  }

  function renderToolbar(): void {
    const l = lang();
    const buttons = tools.map(([id, zh, en]) => {
      const b = h(
        'button',
        { type: 'button', class: `tool${tool === id ? ' active' : ''}`, 'data-tool': id },
        T(l, zh, en),
      );
      b.addEventListener('click', () => setTool(tool === id ? null : id));
      return b;
    });
    const undo = h(
      'button',
      { type: 'button', class: 'tool', 'data-tool': 'undo', disabled: history.length === 0 },
      T(l, '撤销', 'Undo'),
    );
    undo.addEventListener('click', () => {
      const previous = history.pop();
      if (previous === undefined) return;
      store.update({ shape: previous });
      putShape(decodeShape(previous));
      renderToolbar();
    });
    const clear = h(
      'button',
      { type: 'button', class: 'tool', 'data-tool': 'delete', disabled: !store.get().shape },
      T(l, '删除', 'Delete'),
    );
    clear.addEventListener('click', () => {
      commitShape(null);
      draw.clear();
    });
    toolbar.replaceChildren(...buttons, undo, clear);
  }

  draw.on('change', () => {
    const feature = draw.getSnapshot().find((f) => f.geometry.type === 'Polygon');
    if (!feature) return;
    const ring = (feature.geometry as Polygon).coordinates[0] as [number, number][];
    if (ring.length < 4) return;
    const { areaKm2, perimeterKm } = measureRing(ring);
    measure.textContent = T(
      lang(),
      `绘制中：约 ${areaKm2.toFixed(2)} km²，周长约 ${perimeterKm.toFixed(2)} km`,
      `Drawing: ~${areaKm2.toFixed(2)} km², perimeter ~${perimeterKm.toFixed(2)} km`,
    );
    if (tool === 'select') {
      // editing a finished shape: keep the statistics in step, debounced, stale requests cancelled
      editing = shapeFromFeature(feature as Feature);
      scheduleStats();
    }
  });
  draw.on('finish', (id) => {
    const snapshot = draw.getSnapshot();
    const finished = snapshot.find((f) => f.id === id);
    // one shape at a time: a newly drawn one replaces the previous
    const others = snapshot.filter((f) => f.id !== id).map((f) => f.id as string | number);
    if (others.length && tool !== 'select') draw.removeFeatures(others);
    editing = null;
    if (finished) commitShape(shapeFromFeature(finished as Feature));
  });

  async function renderStats(): Promise<void> {
    if (!session.can('stats')) return;
    const l = lang();
    const shape = currentShape();
    const signal = statsRequest.next();
    if (!shape) {
      statsBox.replaceChildren(
        h(
          'p',
          { class: 'muted' },
          T(
            l,
            '选择工具，在地图上绘制区域，即可得到区域统计。',
            'Pick a tool and draw an area on the map to get its statistics.',
          ),
        ),
      );
      return;
    }
    statsBox.replaceChildren(
      h('p', { class: 'loading' }, h('span', { class: 'spinner' }), T(l, ' 正在统计…', ' Computing…')),
    );
    const asOf = store.get().asOf;
    const body = {
      ...(shape.kind === 'circle'
        ? { circle: { center: shape.center, radiusM: shape.radiusM } }
        : { geometry: { type: 'Polygon', coordinates: [shape.ring] } }),
      ...(asOf ? { asOf } : {}),
    };
    const answer = await sendJson<AreaStatsResponse>('POST', '/api/stats/area', body, signal);
    if (signal.aborted) return;
    if (!answer.ok) {
      statsBox.replaceChildren(h('p', { class: 'error', 'data-stats-error': answer.error.code }, answer.error.message));
      return;
    }
    const result = answer.value;
    // the server's export: the same statistics as CSV (UTF-8 with BOM, Chinese headers) or the shape with them as
    // GeoJSON
    const exportError = h('span', { class: 'error' });
    const exportButton = (format: 'csv' | 'geojson', label: string) => {
      const button = h('button', { type: 'button', class: 'link-button', 'data-export': format }, label);
      button.addEventListener('click', () => {
        void apiFetch(`/api/exports/stats/area?format=${format}&lang=${l}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
          .then(async (res) => {
            if (!res.ok) throw new Error(`${res.status}`);
            const name =
              /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `lantian-area.${format}`;
            saveFile(name, await res.blob());
          })
          .catch(
            (error: unknown) => (exportError.textContent = `${T(l, '导出失败', 'Export failed')}：${String(error)}`),
          );
      });
      return button;
    };
    const csv = exportButton('csv', T(l, '导出统计 CSV', 'Export statistics (CSV)'));
    const geojson = exportButton('geojson', T(l, '导出区域与统计 GeoJSON', 'Export shape and statistics (GeoJSON)'));
    measure.textContent = T(
      l,
      `面积 ${result.drawnAreaKm2.toFixed(2)} km²（WGS84椭球），周长 ${result.perimeterKm.toFixed(2)} km`,
      `Area ${result.drawnAreaKm2.toFixed(2)} km² (WGS84 ellipsoid), perimeter ${result.perimeterKm.toFixed(2)} km`,
    );
    statsBox.replaceChildren(
      ...present(
        result.clipped
          ? h(
              'p',
              { class: 'warning', 'data-clipped': '' },
              T(
                l,
                `区域部分位于忻府区外（${result.outsideAreaKm2.toFixed(2)} km²），已裁剪。`,
                `Part of the area lies outside the district (${result.outsideAreaKm2.toFixed(2)} km²) and was clipped.`,
              ),
            )
          : null,
        ...result.warnings
          .filter((w) => !result.clipped || !/clip/i.test(w))
          .map((w) => h('p', { class: 'warning' }, w)),
        statisticsTable(result, l),
        h(
          'p',
          { class: 'muted' },
          T(l, '所涉乡镇：', 'Townships: '),
          result.townships.map((t) => `${t.name} ${t.areaKm2.toFixed(2)} km²`).join('，'),
        ),
        session.can('export') ? h('p', {}, csv, ' ', geojson, ' ', exportError) : null,
      ),
    );
    statsBox.dataset.ready = 'true';
  }

  function scheduleStats(): void {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => void renderStats(), 250);
  }

  /** Colours the townships (MapLibre feature-state `fill`, under the data layers and the drawn shape). */
  function renderChoropleth(): void {
    const metric = metrics.find((m) => m.id === metricId) ?? metrics[0];
    if (!table || !metric || !map.getSource('townships')) return;
    const values = new Map(table.townships.map((t) => [t.code, metric.value(t)]));
    const known = [...values.values()].filter((v): v is number => v !== null);
    const breaks = classBreaks(known);
    for (const [code, v] of values) {
      const colour = v === null ? null : `rgb(${(RAMP[classOf(v, breaks)] ?? RAMP[0]!).join(',')})`;
      map.setFeatureState({ source: 'townships', id: code }, { fill: colour });
    }
    const l = lang();
    const edges = [Math.min(...known), ...breaks, Math.max(...known)];
    legendBox.replaceChildren(
      ...RAMP.map((c, k) =>
        h(
          'span',
          { class: 'ramp-entry' },
          h('span', { class: 'ramp-swatch', style: `background:rgb(${c.join(',')})` }),
          `${(edges[k] ?? 0).toFixed(1)}–${(edges[k + 1] ?? 0).toFixed(1)}`,
        ),
      ),
      h('span', { class: 'muted' }, ` ${T(l, metric.zh, metric.en)} ${metric.unit}`),
    );
  }

  function renderTownshipTable(): void {
    const l = lang();
    if (!table) return;
    const t = table;
    const select = h(
      'select',
      { 'data-metric': '' },
      ...metrics.map((m) => h('option', { value: m.id, selected: m.id === metricId }, T(l, m.zh, m.en))),
    );
    select.addEventListener('change', () => {
      metricId = select.value;
      renderChoropleth();
    });
    const columns: [
      string,
      string,
      string,
      (s: AreaStatistics & { code: string; name: string }) => number | string | null,
    ][] = [
      ['code', '乡镇', 'Township', (s) => s.name],
      ['area', '面积', 'km²', (s) => s.areaKm2],
      ...metrics.map((m): [string, string, string, (s: AreaStatistics) => number | null] => [
        m.id,
        m.zh,
        m.en,
        m.value,
      ]),
    ];
    const sorted = [...t.townships].sort((a, b) => {
      const col = columns.find((c) => c[0] === sortKey) ?? columns[0]!;
      const va = sortKey === 'code' ? a.code : col[3](a);
      const vb = sortKey === 'code' ? b.code : col[3](b);
      const cmp = va === null ? -1 : vb === null ? 1 : va < vb ? -1 : va > vb ? 1 : 0;
      return sortDescending ? -cmp : cmp;
    });
    const head = h(
      'tr',
      {},
      ...columns.map(([key, zh, en]) => {
        const th = h(
          'th',
          { 'data-sort': key, class: key === sortKey ? (sortDescending ? 'sorted-desc' : 'sorted-asc') : '' },
          T(l, zh, en),
        );
        th.addEventListener('click', () => {
          sortDescending = key === sortKey ? !sortDescending : true;
          sortKey = key;
          renderTownshipTable();
        });
        return th;
      }),
    );
    const cell = (v: number | string | null) =>
      h(
        'td',
        { class: typeof v === 'number' ? 'num' : '' },
        v === null ? '—' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v,
      );
    const rows = sorted.map((s) => {
      const tr = h('tr', { 'data-township-row': s.code }, ...columns.map((c) => cell(c[3](s))));
      tr.addEventListener('click', () => {
        store.update({ selected: { layer: 'townships', id: s.code } });
        statsBox.replaceChildren(h('h3', {}, s.name), statisticsTable(s, l));
      });
      return tr;
    });
    const district = h(
      'tr',
      { class: 'district-row' },
      ...columns.map((c, i) => cell(i === 0 ? T(l, '全区', 'District') : c[3]({ ...t.district, code: '', name: '' }))),
    );
    townshipBox.replaceChildren(
      ...present(
        h('h2', {}, T(l, `乡镇统计（${t.month}）`, `Townships (${t.month})`)),
        h(
          'label',
          { class: 'field' },
          h('span', { class: 'muted' }, T(l, '分级设色指标', 'Choropleth metric')),
          select,
        ),
        legendBox,
        h(
          'div',
          { class: 'table-scroll' },
          h('table', { class: 'township-table', 'data-township-table': '' }, head, ...rows, district),
        ),
        h(
          'p',
          { class: 'muted' },
          T(
            l,
            '乡镇边界未导入实测数据前为示意；全区降尘为各乡镇按面积加权平均。',
            'Township boundaries are approximate until surveyed ones are imported; ' +
              'district dustfall is the area-weighted mean of the townships.',
          ),
        ),
        session.can('export')
          ? h(
              'p',
              {},
              h(
                'a',
                {
                  class: 'link-button',
                  'data-export-townships': 'csv',
                  href:
                    `/api/exports/stats/townships?format=csv&lang=${l}` +
                    `${store.get().asOf ? `&asOf=${store.get().asOf}` : ''}`,
                },
                T(l, '导出乡镇统计 CSV', 'Export township statistics (CSV)'),
              ),
              ' ',
              h(
                'a',
                {
                  class: 'link-button',
                  'data-export-townships': 'geojson',
                  href:
                    `/api/exports/stats/townships?format=geojson&lang=${l}` +
                    `${store.get().asOf ? `&asOf=${store.get().asOf}` : ''}`,
                },
                T(l, '导出 GeoJSON', 'Export GeoJSON'),
              ),
            )
          : null,
      ),
    );
    renderChoropleth();
  }

  async function loadTownships(): Promise<void> {
    const asOf = store.get().asOf;
    const result = await fetchJson<TownshipStatsResponse>(
      `/api/stats/townships${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`,
    );
    if (!result.ok) {
      townshipBox.replaceChildren(
        h(
          'p',
          { class: 'error' },
          `${T(lang(), '乡镇统计加载失败', 'Could not load township statistics')}: ${result.error.message}`,
        ),
      );
      return;
    }
    table = result.value;
    renderTownshipTable();
  }

  function renderAll(): void {
    const l = lang();
    // drawing runs POST /api/stats/area, which analysts and admins may call; the others read the township table
    panel.replaceChildren(
      h('h2', {}, T(l, '区域统计', 'Area statistics')),
      ...(session.can('stats')
        ? [toolbar, measure, statsBox]
        : [
            h(
              'p',
              { class: 'muted', 'data-stats-read-only': '' },
              T(
                l,
                '绘制区域并统计需分析员或管理员账号；下面是各乡镇统计。',
                'Drawing areas for statistics needs an analyst or admin account; the township statistics follow.',
              ),
            ),
          ]),
      townshipBox,
    );
    renderToolbar();
    renderTownshipTable();
    panel.dataset.ready = 'true';
  }

  renderAll();
  const initial = currentShape();
  map.once('idle', () => putShape(initial));
  if (map.loaded()) putShape(initial);
  void renderStats();
  void loadTownships();

  let previous = store.get();
  const unsubscribe = store.subscribe((state) => {
    if (state.lang !== previous.lang) {
      renderAll();
      void renderStats();
    }
    if (state.shape !== previous.shape) scheduleStats();
    if (state.asOf !== previous.asOf) {
      scheduleStats();
      void loadTownships();
    }
    previous = state;
  });
  return () => {
    unsubscribe();
    statsRequest.abort();
    if (debounce) clearTimeout(debounce);
    document.body.dataset.drawing = 'false';
    draw.stop();
    if (map.getSource('townships'))
      for (const t of table?.townships ?? []) map.setFeatureState({ source: 'townships', id: t.code }, { fill: null });
  };
};
