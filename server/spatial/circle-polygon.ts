import type { Polygon } from 'geojson';
// geographiclib-geodesic is CommonJS; under Node ESM only its default export exists.
import geodesic from 'geographiclib-geodesic';

const wgs84 = geodesic.Geodesic.WGS84;
const outmask = geodesic.Geodesic.LATITUDE | geodesic.Geodesic.LONGITUDE | geodesic.Geodesic.LONG_UNROLL;

/**
 * A geodesic circle as a polygon: `vertices` points at exactly `radiusM` metres (on the WGS84
 * ellipsoid) from `center`, at equal azimuth steps starting due north, wound counter-clockwise
 * (RFC 7946 outer ring) and closed. The polygon's edges are chords, so its area is slightly
 * below πr² (by 1 − n·sin(2π/n)/2π: −0.16 % with 64 vertices, −0.04 % with 128).
 *
 * Longitudes are unrolled (continuous), so a circle across the antimeridian gets longitudes
 * beyond ±180, which geometry validation then rejects; circles around a pole are not supported.
 *
 * @param center - `[lon, lat]`, EPSG:4326 degrees
 * @param radiusM - radius, metres (> 0)
 * @param vertices - number of distinct vertices, ≥ 64 (default 128)
 * @throws Error if the centre is not a finite position, the radius not positive or vertices < 64
 * @example
 * circlePolygon([112.734, 38.417], 2000); // a 2 km circle around the city centre, 129 positions
 */
export function circlePolygon(center: readonly [number, number], radiusM: number, vertices = 128): Polygon {
  const [lon, lat] = center;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90)
    throw new Error(`circlePolygon: centre ${JSON.stringify(center)} is not a [lon, lat] in degrees`);
  if (!(radiusM > 0) || !Number.isFinite(radiusM))
    throw new Error(`circlePolygon: radius must be a positive number of metres, got ${radiusM}`);
  if (!Number.isInteger(vertices) || vertices < 64)
    throw new Error(`circlePolygon: vertices must be an integer ≥ 64, got ${vertices}`);
  const ring: [number, number][] = [];
  for (let k = 0; k < vertices; k++) {
    // Azimuth decreasing from north (0°) through west (−90°): counter-clockwise on the map.
    const result = wgs84.Direct(lat, lon, (-360 * k) / vertices, radiusM, outmask);
    ring.push([result.lon2 as number, result.lat2 as number]);
  }
  ring.push([...(ring[0] as [number, number])]);
  return { type: 'Polygon', coordinates: [ring] };
}
