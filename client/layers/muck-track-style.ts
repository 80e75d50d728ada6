/**
 * A muck truck's track, what needs no deck.gl (issue 16): the colours of its parts and of each violation kind (the
 * details drawer's legend uses them too) and its bounds, which the console fits the map to. The layers themselves
 * are in muck-track-layers.ts, loaded with the map (issue 18: the first view is drawn before deck.gl arrives).
 *
 * @module
 */
import type { MuckViolationKind } from '../../server/schema/enums/muck-truck.ts';
import type { MuckTrackResponse } from '../../server/schema/muck-track.ts';

type Position = [number, number];

/** The colour of each violation kind (legend: `muckTrackLegend`). */
export const muckViolationColors: Record<MuckViolationKind, string> = {
  'off-route': '#e03131',
  'out-of-hours': '#7048e8',
  'illegal-dumping': '#862e9c',
  spill: '#e8590c',
};
/** Colours of the track's other parts. */
export const MUCK_ROUTE_COLOR = '#2f9e44';
export const MUCK_TRACK_COLOR = '#1c2a38';
export const MUCK_DISPOSAL_COLOR = '#1971c2';

/** `[west, south, east, north]` around the track's fixes, route and violations; null when it has none. */
export function muckTrackBounds(track: MuckTrackResponse): [number, number, number, number] | null {
  const points: Position[] = [
    ...track.positions.map((p) => [p.lon, p.lat] as Position),
    ...(track.permit?.route ?? []),
    ...track.violations.map((v) => [v.lon, v.lat] as Position),
  ];
  if (!points.length) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
