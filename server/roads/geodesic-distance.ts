// geographiclib-geodesic is CommonJS; under Node ESM only its default export exists.
import geodesic from 'geographiclib-geodesic';

const wgs84 = geodesic.Geodesic.WGS84;
const DISTANCE = geodesic.Geodesic.DISTANCE;

/**
 * Geodesic distance in metres on the WGS84 ellipsoid between two positions given as lon/lat
 * degrees (about 2 µs per call).
 *
 * @example
 * geodesicDistanceM(112.7, 38.4, 112.7, 38.5); // ≈ 11,100 m
 */
export function geodesicDistanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  if (lon1 === lon2 && lat1 === lat2) return 0;
  return wgs84.Inverse(lat1, lon1, lat2, lon2, DISTANCE).s12 as number;
}
