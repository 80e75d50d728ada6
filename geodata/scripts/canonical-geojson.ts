/**
 * The canonical text form of the GeoJSON files in `geodata/`: one Feature per line, so a diff shows
 * which features changed.
 *
 * @module
 */
import type { Feature, Geometry, GeoJsonProperties, Position } from 'geojson';

/** Decimals kept in committed coordinates: 1e-6° is about 0.11 m north–south and 0.09 m east–west here. */
export const COORDINATE_DECIMALS = 6;

/**
 * Rounds a coordinate value (degrees) to `decimals` places. The result prints with at most that many
 * decimals, because JSON prints the shortest representation of the nearest double.
 *
 * @example
 * roundCoordinate(112.72834999); // 112.72835
 */
export function roundCoordinate(value: number, decimals: number = COORDINATE_DECIMALS): number {
  if (!Number.isFinite(value)) throw new Error(`coordinate must be a finite number, got ${value}`);
  const unit = 10 ** decimals;
  const rounded = Math.round(value * unit) / unit;
  return rounded === 0 ? 0 : rounded; // no -0
}

function roundPositions<T>(coordinates: T, decimals: number): T {
  if (typeof coordinates === 'number') return roundCoordinate(coordinates, decimals) as T;
  if (Array.isArray(coordinates)) return coordinates.map((item: unknown) => roundPositions(item, decimals)) as T;
  throw new Error(`unexpected coordinate value ${JSON.stringify(coordinates)}`);
}

/**
 * Copies a geometry with every coordinate rounded to `decimals` places (degrees), keys in the order
 * `type`, `coordinates` (or `type`, `geometries`).
 *
 * @example
 * roundGeometry({ type: 'Point', coordinates: [112.7283004, 38.4152996] }); // coordinates [112.7283, 38.4153]
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number = COORDINATE_DECIMALS): G {
  if (geometry.type === 'GeometryCollection') {
    return { type: geometry.type, geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) } as G;
  }
  return {
    type: geometry.type,
    coordinates: roundPositions<Position | Position[] | Position[][] | Position[][][]>(geometry.coordinates, decimals),
  } as G;
}

/** Twice the signed planar area of a closed ring in lon/lat (positive when counter-clockwise). */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function windPolygon(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? ring : ring.slice().reverse()));
}

/**
 * Copies a geometry with polygon rings wound as RFC 7946 asks: outer rings counter-clockwise, holes
 * clockwise (in lon/lat). Other geometry types are returned unchanged.
 *
 * @example
 * windGeometry({ type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [0, 0]]] }); // ring reversed to CCW
 */
export function windGeometry<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'Polygon') return { type: geometry.type, coordinates: windPolygon(geometry.coordinates) } as G;
  if (geometry.type === 'MultiPolygon')
    return { type: geometry.type, coordinates: geometry.coordinates.map(windPolygon) } as G;
  return geometry;
}

/**
 * Serialises features as a canonical GeoJSON FeatureCollection:
 * - features sorted by `sortKey` (which must be unique),
 * - each feature on its own line as `{"type":"Feature","properties":…,"geometry":…}`,
 * - property keys in the order the caller built them, geometry keys `type`, `coordinates`,
 * - coordinates rounded to {@link COORDINATE_DECIMALS} places, polygon rings wound per RFC 7946,
 * - a trailing newline.
 *
 * The same input always gives the same bytes.
 *
 * @param features - the features; their `id` and any foreign members are dropped
 * @param sortKey - the code features are sorted by (string comparison)
 * @returns the file text
 * @throws Error if two features share a sort key
 * @example
 * formatFeatureCollection(
 *   [{ type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Point', coordinates: [1, 2] } }],
 *   (f) => String(f.properties?.code),
 * );
 * // '{"type":"FeatureCollection","features":[\n' +
 * //   '{"type":"Feature","properties":{"code":"A"},"geometry":{"type":"Point","coordinates":[1,2]}}\n' +
 * //   ']}\n'
 */
export function formatFeatureCollection<G extends Geometry, P extends GeoJsonProperties>(
  features: ReadonlyArray<Feature<G, P>>,
  sortKey: (feature: Feature<G, P>) => string,
): string {
  const keyed = features.map((feature) => ({ key: sortKey(feature), feature }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  keyed.forEach(({ key }, i) => {
    if (i > 0 && keyed[i - 1]?.key === key) throw new Error(`two features share the sort key '${key}'`);
  });
  const lines = keyed.map(({ feature }) =>
    JSON.stringify({
      type: 'Feature',
      properties: feature.properties,
      geometry: windGeometry(roundGeometry(feature.geometry)),
    }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
