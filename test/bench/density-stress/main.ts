import 'maplibre-gl/dist/maplibre-gl.css';
import type { Layer } from '@deck.gl/core';
import { HexagonLayer } from '@deck.gl/aggregation-layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { machineDensityLayers } from '../../../client/layers/machine-density-layers.ts';
import type { MachineDensity } from '../../../server/schema/machine-density.ts';

/**
 * Stress page for `npm run bench -- client-density`: the machines' positions of a `--scale 4` year
 * drawn two ways, then a scripted pan; the bench reads `window.stress`.
 * - `?mode=cells`: the server's counts per 500 m cell (GET /api/machines/density, served here as
 *   /density.json) drawn by the console's own factory (client/layers/machine-density.ts);
 * - `?mode=hex`: every position sent as Float32 lon/lat (/positions.bin) and aggregated once in the
 *   page by deck.gl's HexagonLayer (CPU aggregation, 500 m hexagons), the alternative measured.
 */
setWorkerUrl(maplibreWorkerUrl);
const query = new URLSearchParams(location.search);
const mode = query.get('mode') === 'hex' ? 'hex' : 'cells';
const frameCount = Number(query.get('frames') ?? '60');

const stress = {
  ready: false,
  frames: [] as number[],
  /** Bytes fetched, and ms from the response to the first frame drawn (the one-off aggregation and upload). */
  bytes: 0,
  firstDrawMs: 0,
  drawn: 0,
  /** What went wrong, if anything (the bench stops on it). */
  error: '',
};
Object.assign(window, { stress });

const map = new MapLibreMap({
  container: 'map',
  center: [112.7, 38.43],
  zoom: 11,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef2f5' } }],
  },
});

async function layers(): Promise<Layer[]> {
  if (mode === 'cells') {
    const res = await fetch('./density.json');
    const text = await res.text();
    stress.bytes = text.length;
    const density = JSON.parse(text) as MachineDensity;
    stress.drawn = density.cells.length;
    return machineDensityLayers({ density, zoom: 11 });
  }
  const buffer = await (await fetch('./positions.bin')).arrayBuffer();
  stress.bytes = buffer.byteLength;
  const lonLat = new Float32Array(buffer);
  const length = lonLat.length / 2;
  stress.drawn = length;
  return [
    new HexagonLayer<unknown>({
      id: 'density-hex',
      data: { length },
      getPosition: (_: unknown, { index, target }: { index: number; target: number[] }) => {
        target[0] = lonLat[2 * index]!;
        target[1] = lonLat[2 * index + 1]!;
        return target as [number, number];
      },
      gpuAggregation: false,
      radius: 500,
      extruded: false,
      opacity: 0.7,
      colorScaleType: 'quantize',
      colorRange: [
        [191, 211, 230],
        [158, 188, 218],
        [140, 150, 198],
        [140, 107, 177],
        [136, 65, 157],
        [110, 1, 107],
      ],
    }) as unknown as Layer,
  ];
}

map.once('load', async () => {
  const built = await layers().catch((error: unknown) => {
    stress.error = String(error);
    stress.ready = true;
    return null;
  });
  if (!built) return;
  const started = performance.now();
  let first = true;
  const overlay = new MapboxOverlay({
    interleaved: false,
    layers: built,
    onAfterRender: () => {
      if (!first) return;
      first = false;
      stress.firstDrawMs = performance.now() - started;
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
    },
  });
  map.addControl(overlay);
});
