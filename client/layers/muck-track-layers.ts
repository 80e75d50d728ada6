/**
 * A muck truck's track as deck.gl layers (issue 16, task 11): the approved route with its buffer (a wide translucent
 * band whose width is the permit's buffer in metres, either side), the GPS fixes as a path with small dots, the
 * permitted disposal sites as circles of their radius, and the violations as points coloured by kind.
 *
 * @module
 */
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { MuckTrackResponse, MuckViolation } from '../../server/schema/muck-track.ts';
import { MUCK_DISPOSAL_COLOR, MUCK_ROUTE_COLOR, MUCK_TRACK_COLOR, muckViolationColors } from './muck-track-style.ts';

/** The colours and the bounds live in the pure muck-track-style.ts (the console's first view loads no deck.gl). */
export {
  MUCK_DISPOSAL_COLOR,
  MUCK_ROUTE_COLOR,
  MUCK_TRACK_COLOR,
  muckTrackBounds,
  muckViolationColors,
} from './muck-track-style.ts';

type Rgba = [number, number, number, number];
type Position = [number, number];

function rgba(hex: string, alpha = 255): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

type Fix = MuckTrackResponse['positions'][number];
type DisposalSite = MuckTrackResponse['disposalSites'][number];

/**
 * The deck layers of one truck's track, bottom to top: `muck-track-buffer`, `muck-track-route`,
 * `muck-track-disposal`, `muck-track-path`, `muck-track-fixes`, `muck-track-violations` (pickable). Parts without
 * data are left out (no permit: no route; fewer than two fixes: no path).
 *
 * @example
 * muckTrackLayers(track).map((l) => l.id); // ['muck-track-buffer', 'muck-track-route', …]
 */
export function muckTrackLayers(track: MuckTrackResponse): Layer[] {
  const layers: Layer[] = [];
  const route = track.permit?.route ?? [];
  if (track.permit && route.length >= 2) {
    const bufferM = track.permit.bufferM;
    layers.push(
      new PathLayer<{ path: Position[] }>({
        id: 'muck-track-buffer',
        data: [{ path: route }],
        getPath: (d) => d.path,
        widthUnits: 'meters',
        // the buffer lies either side of the route's centre line
        getWidth: 2 * bufferM,
        widthMinPixels: 4,
        capRounded: true,
        jointRounded: true,
        getColor: rgba(MUCK_ROUTE_COLOR, 56),
      }),
      new PathLayer<{ path: Position[] }>({
        id: 'muck-track-route',
        data: [{ path: route }],
        getPath: (d) => d.path,
        widthUnits: 'pixels',
        getWidth: 2,
        getColor: rgba(MUCK_ROUTE_COLOR, 230),
      }),
    );
  }
  if (track.disposalSites.length) {
    layers.push(
      new ScatterplotLayer<DisposalSite>({
        id: 'muck-track-disposal',
        data: track.disposalSites,
        getPosition: (d) => [d.lon, d.lat],
        radiusUnits: 'meters',
        getRadius: (d) => d.radiusM,
        radiusMinPixels: 4,
        getFillColor: rgba(MUCK_DISPOSAL_COLOR, 48),
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
        getLineColor: rgba(MUCK_DISPOSAL_COLOR, 220),
      }),
    );
  }
  const fixes = track.positions;
  if (fixes.length >= 2) {
    layers.push(
      new PathLayer<{ path: Position[] }>({
        id: 'muck-track-path',
        data: [{ path: fixes.map((p) => [p.lon, p.lat] as Position) }],
        getPath: (d) => d.path,
        widthUnits: 'pixels',
        getWidth: 2.5,
        jointRounded: true,
        getColor: rgba(MUCK_TRACK_COLOR, 220),
      }),
    );
  }
  if (fixes.length) {
    layers.push(
      new ScatterplotLayer<Fix>({
        id: 'muck-track-fixes',
        data: fixes,
        getPosition: (p) => [p.lon, p.lat],
        radiusUnits: 'pixels',
        getRadius: 2.5,
        getFillColor: rgba(MUCK_TRACK_COLOR, 220),
      }),
    );
  }
  if (track.violations.length) {
    layers.push(
      new ScatterplotLayer<MuckViolation>({
        id: 'muck-track-violations',
        data: track.violations,
        pickable: true,
        getPosition: (v) => [v.lon, v.lat],
        radiusUnits: 'pixels',
        getRadius: 8,
        getFillColor: (v) => rgba(muckViolationColors[v.kind], 235),
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
        getLineColor: [255, 255, 255, 255],
      }),
    );
  }
  return layers;
}
