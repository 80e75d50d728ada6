import type { MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import type { Rng } from '../random.ts';

/** Metres per degree of latitude, and of longitude at Xinfu's latitude (~38.45° N). */
export const M_PER_DEG_LAT = 111_000;
export const M_PER_DEG_LON = 111_000 * Math.cos((38.45 * Math.PI) / 180);

/** Rounds a coordinate to 6 decimals (~0.1 m), the stored precision. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A uniformly random point inside a polygon (rejection sampling in its box). */
export function randomPointIn(rng: Rng, geometry: Polygon | MultiPolygon): [number, number] {
  const [minLon, minLat, maxLon, maxLat] = bboxOf(geometry);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const point: [number, number] = [round6(rng.range(minLon, maxLon)), round6(rng.range(minLat, maxLat))];
    if (pointInPolygon(point, geometry)) return point;
  }
  throw new Error('randomPointIn: no point found inside the polygon after 10,000 attempts');
}

/**
 * A random point near `center` (normal spread of `sdM` metres in each axis) that lies inside
 * `within`; falls back to a uniform point in `within` when the neighbourhood is mostly outside.
 */
export function randomPointNear(
  rng: Rng,
  center: [number, number],
  sdM: number,
  within: Polygon | MultiPolygon,
): [number, number] {
  for (let attempt = 0; attempt < 200; attempt++) {
    const point: [number, number] = [
      round6(center[0] + rng.normal(0, sdM) / M_PER_DEG_LON),
      round6(center[1] + rng.normal(0, sdM) / M_PER_DEG_LAT),
    ];
    if (pointInPolygon(point, within)) return point;
  }
  return randomPointIn(rng, within);
}
