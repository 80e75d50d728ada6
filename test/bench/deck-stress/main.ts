import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { buildDeckLayers } from '../../../client/layers/build-deck-layers.ts';
import type { LayerFeature } from '../../../client/layers/feature-filter.ts';
import { defaultState } from '../../../client/state/app-state.ts';

/**
 * Stress page for `npm run bench -- client`: the console's own deck.gl layer factory drawing N
 * synthetic points per layer (enterprises, villages, construction sites, machines) over the
 * district, then a scripted pan; the bench reads the frame times from `window.stress`.
 */
setWorkerUrl(maplibreWorkerUrl);
const query = new URLSearchParams(location.search);
const n = Number(query.get('n') ?? '1000');
const frameCount = Number(query.get('frames') ?? '60');
let seed = 7;
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296;
const point = (id: string, properties: Record<string, unknown>): LayerFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [112.3 + random() * 0.65, 38.22 + random() * 0.45] },
  properties,
});
const groups = ['building-materials', 'coal-coking', 'metal-casting', 'chemicals-voc', 'energy-fuel', 'other'];
const data = {
  enterprises: Array.from({ length: n }, (_, i) =>
    point(`E${i}`, { industryGroup: groups[i % 6], grade: 'ABCD'[i % 4] }),
  ),
  villages: Array.from({ length: n }, (_, i) =>
    point(`V${i}`, { heatingStatus: ['stable', 'unstable', 'reburning', 'not-retrofitted'][i % 4] }),
  ),
  'construction-sites': Array.from({ length: n }, (_, i) => point(`C${i}`, { compliant: i % 3 !== 0 })),
  machines: Array.from({ length: n }, (_, i) => point(`M${i}`, { banned: i % 5 === 0 })),
};
// the factory groups points below zoom 14 (issue 18): the layers are built as at street zoom, so every point is drawn
// as its own icon (the measure of "N icons"), while the camera shows the district at zoom 12
const state = {
  ...defaultState,
  zoom: 14,
  layers: ['enterprises', 'villages', 'construction-sites', 'machines'] as typeof defaultState.layers,
};
const map = new MapLibreMap({
  container: 'map',
  center: [112.62, 38.45],
  zoom: 12,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef2f5' } }],
  },
});
const overlay = new MapboxOverlay({
  interleaved: false,
  layers: buildDeckLayers({ data, state, townshipLabels: [], countyLabels: [] }),
});
map.addControl(overlay);

const stress = { ready: false, frames: [] as number[] };
Object.assign(window, { stress });
map.once('idle', () => {
  // pan for `frameCount` frames and record each frame's interval
  let last = performance.now();
  let count = 0;
  const step = () => {
    const now = performance.now();
    stress.frames.push(now - last);
    last = now;
    map.panBy([6, 3], { animate: false });
    if (++count < frameCount) requestAnimationFrame(step);
    else stress.ready = true;
  };
  requestAnimationFrame(step);
});
