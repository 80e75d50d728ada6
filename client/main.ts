import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import countiesUrl from '../geodata/xinzhou-counties.wgs84.geojson?url';
import riversUrl from '../geodata/xinzhou-rivers-1to4m.geojson?url';
import type { LayerCatalogue, LayerId } from '../server/schema/layer-catalogue.ts';
import type { PlanResponse } from '../server/schema/plan.ts';
import { fetchJson } from './api/fetch-json.ts';

/**
 * Placeholder console (foundation issue): an offline basemap from our own geodata, the
 * point layers as plain circles, and the layer catalogue and the plan's targets beside it.
 * The full console (deck.gl layers, legend, filters, details) replaces this.
 */
const pointColours: Partial<Record<LayerId, string>> = {
  villages: '#8c9aa8',
  enterprises: '#6a3d9a',
  'construction-sites': '#e8590c',
  machines: '#2b8a3e',
  stations: '#1971c2',
  'dustfall-points': '#c2255c',
  'fuel-points': '#111111',
};

const style: StyleSpecification = {
  version: 8,
  sources: {
    counties: { type: 'geojson', data: countiesUrl },
    rivers: { type: 'geojson', data: riversUrl },
    townships: { type: 'geojson', data: '/api/layers/townships' },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } },
    { id: 'counties-fill', type: 'fill', source: 'counties', paint: { 'fill-color': ['case', ['==', ['get', 'adcode'], '140902'], '#ffffff', '#e3e8ed'] } },
    { id: 'counties-line', type: 'line', source: 'counties', paint: { 'line-color': '#9aa7b4', 'line-width': 1 } },
    { id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': '#74a9d8', 'line-width': 1.5 } },
    { id: 'townships-line', type: 'line', source: 'townships', paint: { 'line-color': '#52606d', 'line-width': 1, 'line-dasharray': [3, 2] } },
    {
      id: 'county-outline', type: 'line', source: 'counties', filter: ['==', ['get', 'adcode'], '140902'],
      paint: { 'line-color': '#0d4a7a', 'line-width': 2.5 },
    },
  ],
};

// The built bundle does not sit beside maplibre's worker file, so say where Vite emitted it.
setWorkerUrl(maplibreWorkerUrl);
const map = new MapLibreMap({ container: 'map', style, center: [112.62, 38.45], zoom: 9.2, attributionControl: { compact: true } });
map.on('load', () => {
  for (const [id, colour] of Object.entries(pointColours)) {
    map.addSource(id, { type: 'geojson', data: `/api/layers/${id}` });
    map.addLayer({
      id, type: 'circle', source: id,
      paint: { 'circle-radius': id === 'stations' ? 5 : 3, 'circle-color': colour, 'circle-stroke-color': '#fff', 'circle-stroke-width': 0.5 },
    });
  }
  document.body.dataset.mapLoaded = 'true';
});

async function renderPanel(panel: HTMLElement): Promise<void> {
  const [catalogue, plan] = await Promise.all([fetchJson<LayerCatalogue>('/api/layers'), fetchJson<PlanResponse>('/api/plan')]);
  if (!catalogue.ok || !plan.ok) {
    panel.innerHTML = '';
    const message = document.createElement('p');
    message.className = 'error';
    message.textContent = `数据加载失败：${!catalogue.ok ? catalogue.error : ''} ${!plan.ok ? plan.error : ''}`;
    panel.append(message);
    return;
  }
  const row = (cells: (string | Node)[], numeric: number[] = []) => {
    const tr = document.createElement('tr');
    cells.forEach((cell, i) => {
      const td = document.createElement('td');
      if (numeric.includes(i)) td.className = 'num';
      td.append(cell);
      tr.append(td);
    });
    return tr;
  };
  const section = (title: string, rows: HTMLTableRowElement[], note?: string) => {
    const h2 = document.createElement('h2');
    h2.textContent = title;
    const table = document.createElement('table');
    table.append(...rows);
    const parts: Node[] = [h2, table];
    if (note) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = note;
      parts.push(p);
    }
    return parts;
  };
  const layerRows = catalogue.value.layers.map((l) => {
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = pointColours[l.id] ?? 'transparent';
    const label = document.createElement('span');
    label.append(swatch, l.nameZh);
    const kinds = [l.provenance.official && '官方', l.provenance.approximate && '示意', l.provenance.synthetic && '合成'].filter(Boolean).join('·');
    return row([label, l.featureCount.toLocaleString('zh-CN'), kinds], [1]);
  });
  const targetRows = plan.value.targets.map((t) => row([t.nameZh, `≤ ${t.limit} ${t.unit}`], [1]));
  panel.innerHTML = '';
  panel.append(
    ...section('图层', layerRows, '乡镇边界为示意（依据近似驻地推算），企业、工地、读数等为合成演示数据。'),
    ...section(`${plan.value.titleZh} · 目标`, targetRows, `共 ${plan.value.tasks.length} 项重点任务；完整的总览、图例、筛选与详情即将上线。`),
  );
  panel.dataset.ready = 'true';
}

const panel = document.getElementById('panel');
if (panel) void renderPanel(panel);
