/**
 * Import of GeoJSON files (boundaries, zones, points), including the legacy `crs` member that
 * Chinese GIS tools still write for CGCS2000 data.
 *
 * @module
 */
import type { Position } from 'geojson';
import { decodeText } from './decode-text.ts';
import { prepareGeometry } from './prepare-geometry.ts';
import {
  rejectedImport,
  sourceCrsNames,
  type ImportProblem,
  type ParsedFeature,
  type ParsedImport,
  type SourceCrs,
} from './parsed-import.ts';
import { ok } from '../result.ts';
import { resolveEpsgCode, unsupportedCrs, type CrsResolution } from './resolve-epsg-code.ts';
import { declaredProjection, type SourceProjection } from './source-projection.ts';
import { toProperties } from './to-property-value.ts';
import { findExcessNestingInText, MAX_JSON_DEPTH } from '../schema/json-nesting.ts';

/** Options of {@link parseGeoJson}. */
export interface GeoJsonOptions {
  /**
   * CRS of lon/lat coordinates when the file has no `crs` member (RFC 7946: WGS84; Amap-derived files are GCJ-02).
   * Default `wgs84`.
   */
  crs?: SourceCrs;
}

const geometryTypes = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * Parses a GeoJSON FeatureCollection, Feature or bare Geometry into WGS84 features.
 *
 * CRS: without a `crs` member the coordinates are lon/lat in `options.crs` (default WGS84);
 * coordinates that are clearly projected metres are then refused as a whole ("declare the CRS").
 * A legacy `crs` member (`{"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4546"}}`)
 * may name CRS84, EPSG:4326, EPSG:4490 (CGCS2000, taken as WGS84: they differ by well under a
 * metre), EPSG:3857, or a CGCS2000 Gauss–Krüger CRS (EPSG:4491–4554, e.g. 4546 = CM 111E, 4547 =
 * CM 114E), which is reprojected with proj4; any other CRS is refused with its name.
 *
 * Each feature (numbered from 1) is checked with `prepareGeometry`: bad types, malformed or
 * non-finite positions, unclosed rings, self-intersections, positions outside China are errors
 * naming the feature. Properties are kept (strings trimmed); a feature `id` is added as property
 * `id` unless one exists.
 *
 * @param bytes - the file's bytes (UTF-8, or GBK from old tools)
 * @param options - see {@link GeoJsonOptions}
 * @example
 * parseGeoJson(new TextEncoder().encode('{"type":"Point","coordinates":[112.73,38.41]}'));
 * // { format: 'geojson', crs: 'WGS84', features: [{ row: 1, properties: {}, geometry: { type: 'Point', … } }],
 * //   problems: [] }
 */
export function parseGeoJson(bytes: Uint8Array, options: GeoJsonOptions = {}): ParsedImport {
  const declared = options.crs ?? 'wgs84';
  const defaultCrs = sourceCrsNames[declared];
  let json: unknown;
  const text = decodeText(bytes);
  const excess = findExcessNestingInText(text, MAX_JSON_DEPTH);
  if (excess)
    return rejectedImport(
      'geojson',
      defaultCrs,
      `the file nests arrays and objects more than ${MAX_JSON_DEPTH} ` +
        `levels deep (at character ${excess.offset + 1}); ` +
        `GeoJSON needs at most 8`,
    );
  try {
    json = JSON.parse(text);
  } catch (error) {
    return rejectedImport('geojson', defaultCrs, `the file is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return rejectedImport('geojson', defaultCrs, 'the file is not a GeoJSON object');
  const root = json as { type?: unknown; features?: unknown; crs?: unknown };

  let features: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features))
      return rejectedImport('geojson', defaultCrs, "the FeatureCollection has no 'features' array");
    features = root.features;
  } else if (root.type === 'Feature') {
    features = [root];
  } else if (typeof root.type === 'string' && geometryTypes.has(root.type)) {
    features = [{ type: 'Feature', properties: {}, geometry: root }];
  } else {
    return rejectedImport(
      'geojson',
      defaultCrs,
      `the file is not GeoJSON: type ${JSON.stringify(root.type) ?? 'missing'} ` +
        `is not FeatureCollection, Feature or a geometry type`,
    );
  }
  if (features.length === 0) return rejectedImport('geojson', defaultCrs, 'the file has no features');

  const problems: ImportProblem[] = [];
  let projection: SourceProjection;
  if (root.crs === undefined || root.crs === null) {
    projection = declaredProjection(declared);
  } else {
    const resolved = resolveCrsMember(root.crs);
    if (!resolved.ok) return rejectedImport('geojson', defaultCrs, resolved.error.message, 'crs');
    projection = resolved.value;
    if (declared !== 'wgs84') {
      problems.push({
        row: null,
        field: 'crs',
        severity: 'warning',
        problem: `the file declares its CRS (${projection.description}); the chosen ${defaultCrs} was not applied`,
      });
    }
  }

  const axes = classifyCoordinates(features);
  if (projection.geographic && axes.metres > axes.degrees) {
    return rejectedImport(
      'geojson',
      projection.description,
      `coordinates look projected (metres), e.g. [${axes.metreSample?.join(', ')}]; ` +
        `declare the CRS with a crs member such as ` +
        `{"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4546"}}, ` +
        `or export WGS84 longitude/latitude`,
    );
  }
  if (!projection.geographic && axes.degrees > axes.metres) {
    return rejectedImport(
      'geojson',
      projection.description,
      `the crs member declares ${projection.description} (metres), ` +
        `but the coordinates look like longitude/latitude degrees, ` +
        `e.g. [${axes.degreeSample?.join(', ')}]`,
      'crs',
    );
  }
  if (projection.warning) problems.push({ row: null, field: 'crs', severity: 'warning', problem: projection.warning });

  const parsed: ParsedFeature[] = [];
  features.forEach((feature, index) => {
    const row = index + 1;
    if (typeof feature !== 'object' || feature === null || (feature as { type?: unknown }).type !== 'Feature') {
      problems.push({ row, field: null, severity: 'error', problem: `feature ${row} is not a GeoJSON Feature` });
      return;
    }
    const { geometry, properties, id } = feature as { geometry?: unknown; properties?: unknown; id?: unknown };
    const prepared = prepareGeometry(geometry, projection.toWgs84);
    if (!prepared.ok) {
      for (const problem of prepared.error.problems)
        problems.push({ row, field: 'geometry', severity: 'error', problem: `feature ${row}: ${problem}` });
      return;
    }
    const props = toProperties(properties);
    if ((typeof id === 'string' || typeof id === 'number') && !('id' in props)) props.id = id;
    parsed.push({ row, properties: props, geometry: prepared.value });
  });
  return { format: 'geojson', crs: projection.description, features: parsed, problems };
}

/** Resolves a legacy GeoJSON 2008 `crs` member. */
function resolveCrsMember(crs: unknown): CrsResolution {
  const member = crs as { type?: unknown; properties?: { name?: unknown } | null };
  const name = member?.type === 'name' ? member.properties?.name : undefined;
  if (typeof name !== 'string') {
    const shown = JSON.stringify(crs)?.slice(0, 80);
    return unsupportedCrs(
      `the crs member ${shown} is not supported; ` +
        `use a named CRS such as "urn:ogc:def:crs:EPSG::4546", or omit it for WGS84`,
    );
  }
  if (/(^|[:/])CRS:?84$/i.test(name.trim()))
    return ok({ ...declaredProjection('wgs84'), description: 'WGS 84 (CRS84)' });
  const code = /EPSG[:/]+(?:[\d.]*[:/]+)?(\d+)$/i.exec(name.trim())?.[1];
  if (code === undefined) return unsupportedCrs(`the crs member names an unsupported CRS: "${name}"`);
  const resolved = resolveEpsgCode(Number(code));
  return resolved.ok
    ? resolved
    : unsupportedCrs(`the crs member names an unsupported CRS: "${name}" (${resolved.error.message})`);
}

/** Counts positions that can only be projected metres and those that fit lon/lat degrees. */
function classifyCoordinates(features: unknown[]): {
  metres: number;
  degrees: number;
  metreSample?: Position;
  degreeSample?: Position;
} {
  let metres = 0;
  let degrees = 0;
  let metreSample: Position | undefined;
  let degreeSample: Position | undefined;
  const visit = (value: unknown, depth: number): void => {
    if (!Array.isArray(value) || depth > 4) return; // positions sit at most 4 arrays deep (MultiPolygon)
    if (value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number') {
      const [x, y] = value as [number, number];
      if (Math.abs(x) > 1000 || Math.abs(y) > 1000) {
        metres++;
        metreSample ??= [x, y];
      } else if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
        degrees++;
        degreeSample ??= [x, y];
      }
      return;
    }
    for (const child of value) visit(child, depth + 1);
  };
  const visitGeometry = (geometry: unknown, depth: number): void => {
    if (typeof geometry !== 'object' || geometry === null || depth > 4) return;
    const g = geometry as { coordinates?: unknown; geometries?: unknown };
    visit(g.coordinates, 1);
    if (Array.isArray(g.geometries)) for (const part of g.geometries) visitGeometry(part, depth + 1);
  };
  for (const feature of features) visitGeometry((feature as { geometry?: unknown } | null)?.geometry, 0);
  return { metres, degrees, ...(metreSample ? { metreSample } : {}), ...(degreeSample ? { degreeSample } : {}) };
}
