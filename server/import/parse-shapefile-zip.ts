/**
 * Import of zipped ESRI shapefiles, the usual delivery of surveyed boundaries (township limits,
 * control zones) from Chinese survey and GIS departments: projected in a CGCS2000 Gauss–Krüger
 * zone, attributes in GBK.
 *
 * @module
 */
import type { Position } from 'geojson';
import { parseDbf, parseShp, type ShpjsAttribute } from 'shpjs';
import { err, ok, type Result } from '../result.ts';
import { dbfEncoding } from './dbf-encoding.ts';
import { decodeText } from './decode-text.ts';
import { prepareGeometry } from './prepare-geometry.ts';
import { rejectedImport, type ImportProblem, type ParsedFeature, type ParsedImport } from './parsed-import.ts';
import { resolvePrj } from './resolve-prj.ts';
import { geographicProjection, type SourceProjection } from './source-projection.ts';
import { toProperties } from './to-property-value.ts';
import { readZipEntries, type ZipEntry } from './read-zip-entries.ts';

/**
 * Most bytes the shapefile entries of one zip may unpack to, counted as they are inflated (the
 * sizes an archive declares are not trusted: a guard against zip bombs).
 */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

const wanted = new Set(['shp', 'dbf', 'prj', 'cpg']);

interface Layer {
  /** Path inside the zip without the extension, as written. */
  name: string;
  files: Map<string, Uint8Array>;
}

/**
 * Parses a zipped shapefile into WGS84 features.
 *
 * The zip must hold exactly one layer: a .shp with its .dbf, ideally a .prj, optionally a .cpg
 * (folders inside the zip and `__MACOSX` entries are fine). The .prj is recognised by
 * `resolvePrj` (WGS 84, CGCS2000 geographic, CGCS2000 3- or 6-degree Gauss–Krüger with or without
 * the zone number in the false easting, Web Mercator; Xian 1980 / Beijing 1954 Gauss–Krüger with a
 * warning that the datum shift is not applied); a .prj naming anything else is an error. Without a
 * .prj, coordinates within lon/lat ranges are taken as WGS84 with a warning, otherwise it is an
 * error. A .prj whose false easting disagrees with the data about the zone number is an error.
 *
 * DBF text is decoded as the .cpg says (`UTF-8`, `GBK`, `936`, `ANSI 936`…); without a .cpg, as
 * UTF-8 when the records are valid UTF-8, otherwise as GBK. Each record (numbered from 1) is
 * checked with `prepareGeometry`; null shapes are errors.
 *
 * The layer's entries are inflated as a stream, counted and abandoned past
 * `options.maxUnzippedBytes` (default 256 MB), yielding to the event loop as they go; a zip over the
 * cap is a whole-file error.
 *
 * @param bytes - the zip's bytes
 * @param options - the cap on unpacked bytes
 * @example
 * await parseShapefileZip(readFileSync('townships.zip'));
 * // { format: 'shapefile', crs: 'CGCS2000 / 3-degree Gauss-Kruger CM 111E', features: [ … ], problems: [] }
 */
export async function parseShapefileZip(bytes: Uint8Array, options: ShapefileZipOptions = {}): Promise<ParsedImport> {
  const read = await readShapefileZip(bytes, options);
  return read.ok ? read.value : rejectedImport('shapefile', 'unknown', read.error.message);
}

/** Options of {@link parseShapefileZip}. */
export interface ShapefileZipOptions {
  /** Most bytes the layer's files may unpack to, counted as they are inflated. Default {@link MAX_UNZIPPED_BYTES}. */
  maxUnzippedBytes?: number;
}

/** A parsed zip, or one refused as a whole because it unpacks to more than the cap (an API answers 413). */
export type ShapefileZipResult = Result<ParsedImport, { code: 'too-large'; message: string }>;

/** Entries of a shapefile layer the parser reads; the others are never inflated. */
function isWantedEntry(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  const ext = base.includes('.') ? (base.split('.').pop() ?? '').toLowerCase() : '';
  return !name.startsWith('__MACOSX/') && !base.startsWith('._') && wanted.has(ext);
}

/**
 * {@link parseShapefileZip}, except that an archive unpacking to more than the cap is an error of
 * its own (`too-large`) rather than a whole-file problem in the report.
 */
export async function readShapefileZip(
  bytes: Uint8Array,
  options: ShapefileZipOptions = {},
): Promise<ShapefileZipResult> {
  const maxBytes = options.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES;
  const read = await readZipEntries(bytes, { include: isWantedEntry, maxBytes });
  if (!read.ok && read.error.code === 'too-large')
    return err({ code: 'too-large', message: `the zip ${read.error.message}; split the layer or send fewer files` });
  if (!read.ok)
    return ok(rejectedImport('shapefile', 'unknown', `the file is not a readable zip archive: ${read.error.message}`));
  return ok(parseShapefileEntries(read.value.entries, read.value.names));
}

/** Parses the read entries (`names`: every entry of the zip, for messages). */
function parseShapefileEntries(files: ZipEntry[], entries: string[]): ParsedImport {
  const unknownCrs = 'unknown';
  const layers = new Map<string, Layer>();
  for (const { name: path, bytes: content } of files) {
    const dot = path.lastIndexOf('.');
    const key = path.slice(0, dot).toLowerCase();
    const layer = layers.get(key) ?? { name: path.slice(0, dot), files: new Map<string, Uint8Array>() };
    layer.files.set(path.slice(dot + 1).toLowerCase(), content);
    layers.set(key, layer);
  }
  const withShp = [...layers.values()].filter((l) => l.files.has('shp'));
  if (withShp.length === 0) {
    const listing = entries
      .filter((e) => !e.endsWith('/'))
      .slice(0, 10)
      .join(', ');
    return rejectedImport(
      'shapefile',
      unknownCrs,
      `the zip contains no .shp file${listing ? ` (it contains ${listing})` : ' (it is empty)'}`,
    );
  }
  if (withShp.length > 1) {
    return rejectedImport(
      'shapefile',
      unknownCrs,
      `the zip holds ${withShp.length} shapefile layers (${withShp.map((l) => `${l.name}.shp`).join(', ')}); ` +
        `put exactly one layer in each zip`,
    );
  }
  const layer = withShp[0] as Layer;
  const shp = layer.files.get('shp') as Uint8Array;
  const dbf = layer.files.get('dbf');
  if (!dbf)
    return rejectedImport(
      'shapefile',
      unknownCrs,
      `${layer.name}.shp has no ${layer.name}.dbf beside it; zip the .shp, .dbf, .prj (and .cpg) of the layer together`,
    );

  const problems: ImportProblem[] = [];
  const prj = layer.files.get('prj');
  let projection: SourceProjection | undefined;
  if (prj) {
    const resolved = resolvePrj(decodeText(prj));
    if (!resolved.ok) return rejectedImport('shapefile', unknownCrs, resolved.error.message, `${layer.name}.prj`);
    projection = resolved.value;
  }

  let shapes: ReturnType<typeof parseShp>;
  try {
    shapes = parseShp(shp);
  } catch (error) {
    return rejectedImport(
      'shapefile',
      projection?.description ?? unknownCrs,
      `${layer.name}.shp could not be read: ${(error as Error).message}`,
    );
  }

  const encoding = dbfEncoding(dbf, layer.files.get('cpg'));
  if (encoding.warning)
    problems.push({ row: null, field: `${layer.name}.cpg`, severity: 'warning', problem: encoding.warning });
  let records: Array<Record<string, ShpjsAttribute>>;
  try {
    records = parseDbf(dbf, encoding.label);
  } catch (error) {
    return rejectedImport(
      'shapefile',
      projection?.description ?? unknownCrs,
      `${layer.name}.dbf could not be read: ${(error as Error).message}`,
    );
  }
  if (records.length !== shapes.length) {
    return rejectedImport(
      'shapefile',
      projection?.description ?? unknownCrs,
      `${layer.name}.shp has ${shapes.length} shapes but ${layer.name}.dbf has ${records.length} records; ` +
        `the files do not belong together`,
    );
  }

  const sample = firstPosition(shapes);
  if (!projection) {
    const allDegrees = shapes.every((shape) =>
      everyPosition(shape, ([x = NaN, y = NaN]) => Math.abs(x) <= 180 && Math.abs(y) <= 90),
    );
    if (!allDegrees) {
      return rejectedImport(
        'shapefile',
        unknownCrs,
        `the zip has no .prj and the coordinates look projected (metres), ` +
          `e.g. [${sample?.join(', ')}]; ` +
          `include ${layer.name}.prj`,
      );
    }
    projection = { ...geographicProjection('wgs84'), description: 'WGS 84 (assumed: no .prj)' };
    problems.push({
      row: null,
      field: null,
      severity: 'warning',
      problem: `the zip has no ${layer.name}.prj; the coordinates were taken as WGS84 longitude/latitude`,
    });
  }
  if (projection.falseEasting !== undefined && sample) {
    const x = sample[0] as number;
    const prefixed = projection.falseEasting >= 1_000_000;
    if (prefixed !== x >= 1_000_000) {
      return rejectedImport(
        'shapefile',
        projection.description,
        `the .prj (${projection.description}) has false easting ${projection.falseEasting} m, ` +
          `but the data's eastings are like ${Math.round(x)} m ${prefixed ? 'without' : 'with'} ` +
          `a zone number in front: the .prj does not match the data`,
        `${layer.name}.prj`,
      );
    }
  }
  if (projection.warning)
    problems.push({ row: null, field: `${layer.name}.prj`, severity: 'warning', problem: projection.warning });

  const features: ParsedFeature[] = [];
  shapes.forEach((shape, index) => {
    const row = index + 1;
    if (shape === null) {
      problems.push({
        row,
        field: 'geometry',
        severity: 'error',
        problem: `record ${row} has no geometry (a null shape)`,
      });
      return;
    }
    const prepared = prepareGeometry(shape, (projection as SourceProjection).toWgs84);
    if (!prepared.ok) {
      for (const problem of prepared.error.problems)
        problems.push({ row, field: 'geometry', severity: 'error', problem: `record ${row}: ${problem}` });
      return;
    }
    features.push({ row, properties: toProperties(records[index]), geometry: prepared.value });
  });
  return { format: 'shapefile', crs: projection.description, features, problems };
}

function firstPosition(shapes: ReturnType<typeof parseShp>): Position | undefined {
  let found: Position | undefined;
  for (const shape of shapes) {
    everyPosition(shape, (p) => {
      found = p;
      return false;
    });
    if (found) return found;
  }
  return undefined;
}

/** Whether `test` holds for every position of a shape (stopping at the first that fails). */
function everyPosition(shape: ReturnType<typeof parseShp>[number], test: (p: Position) => boolean): boolean {
  if (shape === null) return true;
  const visit = (value: unknown): boolean => {
    if (Array.isArray(value) && typeof value[0] === 'number') return test(value as Position);
    return Array.isArray(value) ? value.every(visit) : true;
  };
  if (shape.type === 'GeometryCollection') return shape.geometries.every((g) => everyPosition(g, test));
  return visit(shape.coordinates);
}
