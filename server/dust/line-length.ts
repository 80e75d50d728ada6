import type { Position } from 'geojson';
import { geodesicDistanceM } from '../roads/geodesic-distance.ts';

/**
 * The geodesic length of a line in kilometres (WGS84 ellipsoid), positions `[lon, lat]` in EPSG:4326.
 *
 * @example
 * lineLengthKm([[112.7, 38.4], [112.7, 38.5]]); // ≈ 11.1
 */
export function lineLengthKm(line: readonly Position[]): number {
  let metres = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    metres += geodesicDistanceM(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
  }
  return metres / 1000;
}
