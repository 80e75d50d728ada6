import type { Position } from 'geojson';

/** Metres per degree of latitude near Xinfu (38.4° N), WGS84 (the meridian arc there). */
const METRES_PER_DEGREE_LAT = 111_020;
/** Metres per degree of longitude at the equator (WGS84 semi-major axis × π / 180). */
const METRES_PER_DEGREE_LON_EQUATOR = 111_319.49;

/** A projection of `[lon, lat]` degrees to local metres `[x east, y north]` around an origin. */
export type LocalProjection = (position: Position) => [number, number];

/**
 * An equirectangular projection to metres around `origin` (`[lon, lat]`, EPSG:4326): within a few kilometres of
 * the origin its distances differ from geodesic ones by well under 0.5 %, enough to judge "within 20 m".
 *
 * @example
 * const project = localProjection([112.73, 38.41]);
 * project([112.73, 38.411]); // [0, ≈ 111]
 */
export function localProjection(origin: Position): LocalProjection {
  const [lon0, lat0] = origin as [number, number];
  const kx = METRES_PER_DEGREE_LON_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  return (p) => [((p[0] as number) - lon0) * kx, ((p[1] as number) - lat0) * METRES_PER_DEGREE_LAT];
}

/** The inverse of {@link localProjection} around the same origin: local metres back to `[lon, lat]` degrees. */
export function localUnprojection(origin: Position): (xy: readonly [number, number]) => Position {
  const [lon0, lat0] = origin as [number, number];
  const kx = METRES_PER_DEGREE_LON_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  return ([x, y]) => [lon0 + x / kx, lat0 + y / METRES_PER_DEGREE_LAT];
}

/**
 * Distance in metres from point `p` to the segment `a`–`b`, all in local metres.
 *
 * @example
 * distanceToSegmentM([0, 5], [0, 0], [10, 0]); // 5
 */
export function distanceToSegmentM(
  p: readonly [number, number],
  a: readonly [number, number],
  b: readonly [number, number],
): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
