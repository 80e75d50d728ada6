/**
 * Importer of a road network: validates a GeoJSON FeatureCollection of LineStrings (for example an
 * OpenStreetMap extract converted to GeoJSON) and builds the routable graph.
 *
 * @module
 */
import type { Position } from 'geojson';
import { err, ok, type Result } from '../result.ts';
import { buildRoadGraph, type RoadDirection, type RoadGraph, type RoadLine } from './road-graph.ts';
import { DEFAULT_SPEEDS_KMH } from './road-speeds.ts';

/** Why a feature was rejected. */
export type RoadImportErrorCode =
  | 'not-a-feature-collection'
  | 'not-a-feature'
  | 'wrong-geometry'
  | 'missing-speed'
  | 'bad-coordinates'
  | 'bad-oneway'
  | 'empty';

/** One problem, naming the feature by its index in `features` (null for the collection itself). */
export interface RoadImportError {
  code: RoadImportErrorCode;
  featureIndex: number | null;
  message: string;
}

/** Why a road file is refused: a summary and every problem found (up to 100). */
export interface RoadImportFailure {
  code: 'invalid-roads';
  message: string;
  problems: RoadImportError[];
}

/** The importer's result: the graph and its lines, or why the file is refused. */
export type RoadImportResult = Result<{ graph: RoadGraph; lines: RoadLine[] }, RoadImportFailure>;

const MAX_ERRORS = 100;

function refused(problems: RoadImportError[]): RoadImportResult {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return err({ code: 'invalid-roads', message: `${problems[0]?.message ?? 'no road lines'}${more}`, problems });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function speedOf(properties: Record<string, unknown>): { speedKmh: number; roadClass: string } | string {
  const roadClass =
    typeof properties.class === 'string'
      ? properties.class
      : typeof properties.highway === 'string'
        ? properties.highway
        : null;
  for (const key of ['speedKmh', 'maxspeed']) {
    const raw = properties[key];
    if (raw === undefined || raw === null) continue;
    const speed = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number.parseFloat(raw) : Number.NaN;
    if (!(speed > 0) || !Number.isFinite(speed))
      return `${key} must be a positive number of km/h, got ${JSON.stringify(raw)}`;
    return { speedKmh: speed, roadClass: roadClass ?? 'unknown' };
  }
  if (roadClass === null) return 'has neither a speed (speedKmh, maxspeed) nor a road class (class, highway)';
  const speed = DEFAULT_SPEEDS_KMH[roadClass];
  if (speed === undefined)
    return (
      `road class '${roadClass}' has no default speed ` +
      `(known: ${Object.keys(DEFAULT_SPEEDS_KMH).join(', ')}); give speedKmh`
    );
  return { speedKmh: speed, roadClass };
}

function directionOf(raw: unknown): RoadDirection | null {
  if (raw === undefined || raw === null || raw === false || raw === 'no' || raw === '0') return 'both';
  if (raw === true || raw === 'yes' || raw === '1' || raw === 'true') return 'forward';
  if (raw === '-1' || raw === -1) return 'backward';
  return null;
}

/** A problem message for a coordinate list, or null when it is a valid LineString's. */
function coordinateProblem(coordinates: unknown): string | null {
  if (!Array.isArray(coordinates)) return 'coordinates must be an array of positions';
  for (let i = 0; i < coordinates.length; i++) {
    const p: unknown = coordinates[i];
    if (
      !Array.isArray(p) ||
      p.length < 2 ||
      typeof p[0] !== 'number' ||
      typeof p[1] !== 'number' ||
      !Number.isFinite(p[0]) ||
      !Number.isFinite(p[1])
    ) {
      return `position ${i} is not a [lon, lat] pair of finite numbers`;
    }
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
      return `position ${i} [${p[0]}, ${p[1]}] is out of range (lon ±180, lat ±90)`;
  }
  const distinct = new Set(coordinates.map((p: number[]) => `${p[0]},${p[1]}`));
  if (distinct.size < 2) return 'a road line needs at least two distinct positions';
  return null;
}

/**
 * Validates `input` and builds the road graph. Each feature must be a LineString (or MultiLineString)
 * with positions `[lon, lat]` in EPSG:4326 degrees, and a speed: `speedKmh` or `maxspeed` (km/h), or a
 * road class in `class` or `highway` with a default speed in `DEFAULT_SPEEDS_KMH`. `oneway` may be
 * `true`/`'yes'`/`'1'` (coordinate order), `'-1'` (against it), or absent/`false`/`'no'`. Lines are
 * noded at shared coordinates only (see `buildRoadGraph`).
 *
 * @example
 * const result = importRoadNetwork(JSON.parse(text));
 * if (!result.ok) console.error(result.error.problems.map((e) => e.message).join('\n'));
 */
export function importRoadNetwork(input: unknown): RoadImportResult {
  if (!isRecord(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    const message = 'input must be a GeoJSON FeatureCollection with a features array';
    return refused([{ code: 'not-a-feature-collection', featureIndex: null, message }]);
  }
  const errors: RoadImportError[] = [];
  const lines: RoadLine[] = [];
  const fail = (code: RoadImportErrorCode, featureIndex: number, problem: string): void => {
    if (errors.length < MAX_ERRORS) errors.push({ code, featureIndex, message: `feature ${featureIndex}: ${problem}` });
  };
  input.features.forEach((feature: unknown, index: number) => {
    if (!isRecord(feature) || feature.type !== 'Feature')
      return fail('not-a-feature', index, 'is not a GeoJSON Feature');
    const geometry = feature.geometry;
    if (!isRecord(geometry) || (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString')) {
      const type = isRecord(geometry) ? String(geometry.type) : String(geometry);
      return fail('wrong-geometry', index, `geometry must be a LineString or MultiLineString, got ${type}`);
    }
    const parts: unknown[] =
      geometry.type === 'LineString'
        ? [geometry.coordinates]
        : Array.isArray(geometry.coordinates)
          ? geometry.coordinates
          : [null];
    for (const part of parts) {
      const problem = coordinateProblem(part);
      if (problem) return fail('bad-coordinates', index, problem);
    }
    const properties = isRecord(feature.properties) ? feature.properties : {};
    const speed = speedOf(properties);
    if (typeof speed === 'string') return fail('missing-speed', index, speed);
    const direction = directionOf(properties.oneway);
    if (direction === null)
      return fail(
        'bad-oneway',
        index,
        `oneway must be true, false, 'yes', 'no', '1' or '-1', got ${JSON.stringify(properties.oneway)}`,
      );
    for (const part of parts)
      lines.push({ coordinates: part as Position[], speedKmh: speed.speedKmh, roadClass: speed.roadClass, direction });
  });
  if (errors.length === 0 && lines.length === 0)
    errors.push({ code: 'empty', featureIndex: null, message: 'the collection has no road lines' });
  if (errors.length > 0) return refused(errors);
  return ok({ graph: buildRoadGraph(lines), lines });
}
