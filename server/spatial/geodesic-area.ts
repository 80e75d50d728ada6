/**
 * Geodesic area and perimeter of GeoJSON polygons on the WGS84 ellipsoid.
 *
 * Uses GeographicLib's `PolygonArea` (C. F. F. Karney, "Algorithms for geodesics", 2013):
 * every edge is the geodesic between its two vertices, and the result is accurate to
 * a few nanometres per vertex, not a spherical or planar approximation.
 *
 * @module
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
// geographiclib-geodesic is CommonJS; under Node ESM only its default export exists.
import geodesic from 'geographiclib-geodesic';

const wgs84 = geodesic.Geodesic.WGS84;

/** Signed area (m², counter-clockwise positive) and perimeter (m) of one linear ring. */
function measureRing(ring: readonly Position[], where: string): { areaM2: number; perimeterM: number } {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || ring.length < 4) {
    throw new Error(`${where}: a linear ring needs at least 4 positions (closed), got ${ring.length}`);
  }
  const closed = first[0] === last[0] && first[1] === last[1];
  const vertices = closed ? ring.slice(0, -1) : ring;
  const polygon = wgs84.Polygon(false);
  for (const position of vertices) {
    const [lon, lat] = position;
    if (
      lon === undefined ||
      lat === undefined ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat) ||
      Math.abs(lat) > 90
    ) {
      throw new Error(`${where}: position ${JSON.stringify(position)} is not a finite [lon, lat] in degrees`);
    }
    polygon.AddPoint(lat, lon);
  }
  // reverse=false: counter-clockwise counts positive; sign=true: a clockwise ring comes out
  // negative instead of as "the rest of the ellipsoid".
  const result = polygon.Compute(false, true);
  return { areaM2: result.area ?? 0, perimeterM: result.perimeter };
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`geometry must be a Polygon or MultiPolygon, got ${(geometry as { type: unknown }).type}`);
}

/**
 * Area of a Polygon or MultiPolygon on the WGS84 ellipsoid, in km².
 *
 * Each polygon counts as its outer ring minus its holes; a MultiPolygon is the sum of its
 * polygons (they are assumed not to overlap, as GeoJSON requires). Ring orientation does not
 * matter: clockwise and counter-clockwise rings give the same magnitude. Positions are
 * `[lon, lat]` in EPSG:4326 degrees; edges are geodesics.
 *
 * @param geometry - the (Multi)Polygon to measure
 * @returns area in square kilometres (km²)
 * @throws Error if a ring has fewer than 4 positions or a position is not a finite `[lon, lat]`
 * @example
 * // A 1° × 1° cell at the equator: about 12,308.8 km² (edges are geodesics, not parallels).
 * geodesicAreaKm2({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
 */
export function geodesicAreaKm2(geometry: Polygon | MultiPolygon): number {
  let totalM2 = 0;
  polygonsOf(geometry).forEach((rings, polygonIndex) => {
    rings.forEach((ring, ringIndex) => {
      const { areaM2 } = measureRing(ring, `polygon ${polygonIndex} ring ${ringIndex}`);
      totalM2 += ringIndex === 0 ? Math.abs(areaM2) : -Math.abs(areaM2);
    });
  });
  return totalM2 / 1e6;
}

/**
 * Perimeter of a Polygon or MultiPolygon on the WGS84 ellipsoid, in km: the geodesic length
 * of every ring, outer rings and holes alike, summed.
 *
 * @param geometry - the (Multi)Polygon to measure; positions are `[lon, lat]` in EPSG:4326 degrees
 * @returns perimeter in kilometres (km)
 * @throws Error if a ring has fewer than 4 positions or a position is not a finite `[lon, lat]`
 * @example
 * // Four sides of a 1° × 1° cell at the equator: about 443.77 km.
 * geodesicPerimeterKm({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
 */
export function geodesicPerimeterKm(geometry: Polygon | MultiPolygon): number {
  let totalM = 0;
  polygonsOf(geometry).forEach((rings, polygonIndex) => {
    rings.forEach((ring, ringIndex) => {
      totalM += measureRing(ring, `polygon ${polygonIndex} ring ${ringIndex}`).perimeterM;
    });
  });
  return totalM / 1e3;
}
