/**
 * Checking and converting one geometry of an imported file: structure, conversion to WGS84,
 * plausibility (inside China), polygon validity (via `validateGeometry`), winding and rounding.
 *
 * @module
 */
import type { Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import { err, ok, type Result } from '../result.ts';
import { validateGeometry } from '../spatial/validate-geometry.ts';
import { formatCoordinate, isInChina, looksSwapped } from './china-extent.ts';

/** Why a geometry cannot be imported: every reason found (English sentences), the first as the message. */
export interface GeometryRefusal {
  code: 'invalid-geometry';
  message: string;
  problems: string[];
}

/** The geometry in WGS84, or why it cannot be imported. */
export type PreparedGeometry = Result<Geometry, GeometryRefusal>;

function refused(problems: string[]): PreparedGeometry {
  return err({ code: 'invalid-geometry', message: problems[0] ?? 'not a geometry', problems });
}

/** RFC 7946 §3.1.8 discourages nested collections; this bounds the recursion on hostile input. */
const MAX_COLLECTION_DEPTH = 4;

const geometryTypes = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

/**
 * Checks a geometry read from a file and converts it to WGS84 `[lon, lat]`:
 * 1. structure: a known GeoJSON type, positions of two or three finite numbers, lines of at least
 *    2 positions, rings closed with at least 4;
 * 2. `toWgs84` applied to every position, then every position inside China (lon 73–136,
 *    lat 3–54), with a hint when it looks like `[lat, lon]`;
 * 3. polygons valid (no self-intersection, crossing rings, holes outside shells…) as
 *    `validateGeometry` decides;
 * 4. polygons rewound as RFC 7946 asks (outer rings counter-clockwise), positions rounded to 1e-7°.
 *
 * @param raw - the geometry as read (untrusted)
 * @param toWgs84 - converts one source position to WGS84 degrees
 * @example
 * prepareGeometry({ type: 'Point', coordinates: [112.73, 38.41] }, (p) => p);
 * // { ok: true, value: { type: 'Point', coordinates: [112.73, 38.41] } }
 */
export function prepareGeometry(raw: unknown, toWgs84: (position: Position) => Position): PreparedGeometry {
  const errors: string[] = [];
  const geometry = readGeometry(raw, 'geometry', errors, 0);
  if (!geometry) return refused(errors);

  const converted = mapPositions(geometry, (p) => roundPosition(toWgs84(p)));
  const outside = firstPosition(
    converted,
    (p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || !isInChina(p[0] as number, p[1] as number),
  );
  if (outside) {
    const [lon = NaN, lat = NaN] = outside;
    if (!Number.isFinite(lon) || !Number.isFinite(lat))
      return refused(['a position could not be converted to WGS84 (the coordinates do not fit the declared CRS)']);
    const at = `${formatCoordinate(lon)},${formatCoordinate(lat)}`;
    return refused([
      looksSwapped(lon, lat)
        ? `position ${at} lies outside China ` +
          `but would lie inside with longitude and latitude swapped: write positions as [lon, lat]`
        : `position ${at} (WGS84) lies far outside China (lon 73–136, lat 3–54): check the coordinates and their CRS`,
    ]);
  }

  for (const polygon of polygonsOf(converted)) {
    const check = validateGeometry(polygon, { maxVertices: Infinity });
    if (!check.ok) {
      for (const p of check.problems)
        if (p.severity === 'error') errors.push(p.message + (p.hint ? ` (${p.hint})` : ''));
    }
  }
  if (errors.length > 0) return refused(errors);
  return ok(rewind(converted));
}

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    (value.length === 2 || value.length === 3) &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Structural check; pushes errors naming the path and returns null when anything is wrong. */
function readGeometry(raw: unknown, path: string, errors: string[], depth: number): Geometry | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(
      raw === null || raw === undefined
        ? 'the feature has no geometry'
        : `${path} must be a GeoJSON geometry object, got ${describe(raw)}`,
    );
    return null;
  }
  const { type, coordinates, geometries } = raw as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (typeof type !== 'string' || !geometryTypes.includes(type)) {
    errors.push(`${path} has an unknown geometry type ${describe(type)} (expected one of ${geometryTypes.join(', ')})`);
    return null;
  }
  if (type === 'GeometryCollection') {
    if (depth >= MAX_COLLECTION_DEPTH) {
      errors.push(`${path} nests GeometryCollections more than ${MAX_COLLECTION_DEPTH} deep`);
      return null;
    }
    if (!Array.isArray(geometries)) {
      errors.push(`${path}.geometries must be an array`);
      return null;
    }
    const parts = geometries.map((g, i) => readGeometry(g, `${path}.geometries[${i}]`, errors, depth + 1));
    return parts.every((g): g is Geometry => g !== null) ? { type: 'GeometryCollection', geometries: parts } : null;
  }
  const nesting =
    { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[type] ?? 0;
  const before = errors.length;
  checkNesting(coordinates, nesting, `${path}.coordinates`, type, errors);
  if (errors.length > before) return null;
  if (nesting > 0 && (coordinates as unknown[]).length === 0) {
    errors.push(`${path} is an empty ${type}`);
    return null;
  }
  return { type, coordinates } as Geometry;
}

function checkNesting(value: unknown, depth: number, path: string, type: string, errors: string[]): void {
  if (depth === 0) {
    if (!isPosition(value))
      errors.push(`${path} must be a position [x, y] of two or three finite numbers, got ${describe(value)}`);
    return;
  }
  if (!Array.isArray(value)) {
    errors.push(`${path} must be an array, got ${describe(value)}`);
    return;
  }
  const positionsLevel = depth === 1;
  if (positionsLevel && (type === 'LineString' || type === 'MultiLineString') && value.length < 2) {
    errors.push(`${path} is a line of ${value.length} position(s); a line needs at least 2`);
    return;
  }
  if (positionsLevel && (type === 'Polygon' || type === 'MultiPolygon')) {
    if (value.length < 4) {
      errors.push(
        `${path} is a ring of ${value.length} position(s); ` +
          `a closed ring needs at least 4 (3 corners and the first repeated)`,
      );
      return;
    }
  }
  value.forEach((child, i) => checkNesting(child, depth - 1, `${path}[${i}]`, type, errors));
  if (positionsLevel && (type === 'Polygon' || type === 'MultiPolygon') && value.every(isPosition)) {
    const first = value[0] as Position;
    const last = value[value.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1])
      errors.push(`${path} is not closed: it starts at ${describe(first)} but ends at ${describe(last)}`);
  }
}

function mapPositions(geometry: Geometry, f: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(f) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(f) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((line) => line.map(f)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(f)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(f))),
      };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => mapPositions(g, f)) };
  }
}

function firstPosition(geometry: Geometry, test: (p: Position) => boolean): Position | undefined {
  let found: Position | undefined;
  mapPositions(geometry, (p) => {
    if (!found && test(p)) found = p;
    return p;
  });
  return found;
}

function polygonsOf(geometry: Geometry): Array<Polygon | MultiPolygon> {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return [geometry];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

function roundPosition(p: Position): Position {
  return p.length > 2
    ? [round7(p[0] as number), round7(p[1] as number), p[2] as number]
    : [round7(p[0] as number), round7(p[1] as number)];
}

/** Twice the signed area of a ring (positive when counter-clockwise in lon/lat). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += ((a[0] as number) - (b[0] as number)) * ((a[1] as number) + (b[1] as number));
  }
  return sum;
}

function windRings(rings: Position[][]): Position[][] {
  return rings.map((ring, r) => {
    const ccw = signedArea(ring) > 0;
    return (r === 0) === ccw ? ring : ring.slice().reverse();
  });
}

function rewind(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: windRings(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(windRings) };
  if (geometry.type === 'GeometryCollection')
    return { type: 'GeometryCollection', geometries: geometry.geometries.map(rewind) };
  return geometry;
}
