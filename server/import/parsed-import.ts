/**
 * The contract of the import parsers in `server/import/`: what an uploaded register or boundary
 * file becomes (WGS84 GeoJSON features plus a validation report). The parsers are pure: bytes in,
 * values out; no HTTP, no database, nothing thrown for bad input.
 *
 * Rules every parser follows:
 * - positions in {@link ParsedFeature.geometry} are always WGS84 `[lon, lat]` degrees, rounded to
 *   1e-7° (about 1 cm), polygons wound as RFC 7946 asks (outer rings counter-clockwise);
 * - a row or feature with an `error` problem is left out of `features`; warnings do not exclude;
 * - an error with `row: null` concerns the whole file, and then `features` is empty.
 *
 * @module
 */
import type { Geometry } from 'geojson';
import type { Localized } from '../schema/localized.ts';

/** Geographic source coordinate systems an importer can declare for lon/lat data. */
export type SourceCrs = 'wgs84' | 'gcj02' | 'bd09';

/** Every {@link SourceCrs}, for option validation. */
export const sourceCrsValues: readonly SourceCrs[] = ['wgs84', 'gcj02', 'bd09'];

/** Human names of the {@link SourceCrs} values, as reported in {@link ParsedImport.crs}. */
export const sourceCrsNames: Readonly<Record<SourceCrs, string>> = { wgs84: 'WGS84', gcj02: 'GCJ-02', bd09: 'BD-09' };

/** One finding of an import. */
export interface ImportProblem {
  /**
   * 1-based data row of a CSV (the header excluded) or 1-based feature/record/placemark number; null for the whole
   * file.
   */
  row: number | null;
  /** The column or property concerned (`'geometry'` for geometry problems); null when none. */
  field: string | null;
  /** `error`: the row (or, with `row: null`, the file) is not imported; `warning`: imported, but check it. */
  severity: 'error' | 'warning';
  /** One specific English sentence, e.g. `longitude 'abc' is not a number`. */
  problem: string;
  /** The same sentence in Chinese and English, as the report shows it (older readers may lack it). */
  text?: Localized;
  /** The column's name as the layer knows it (`铁路专用线` / `Rail spur`), when the field is a layer field. */
  fieldLabel?: Localized;
}

/** A property value as imported: trimmed strings, finite numbers, booleans, or null. */
export type ImportPropertyValue = string | number | boolean | null;

/** One imported row or feature. */
export interface ParsedFeature {
  /** Its number in the source, as in {@link ImportProblem.row}. */
  row: number;
  /** The source attributes under their source names; the caller maps them to layer fields. */
  properties: Record<string, ImportPropertyValue>;
  /** WGS84 `[lon, lat]` degrees. */
  geometry: Geometry;
}

/** The result of parsing one file. */
export interface ParsedImport {
  format: 'csv' | 'geojson' | 'shapefile' | 'kml';
  /**
   * Human description of the source CRS as detected or declared, e.g. `GCJ-02`,
   * `CGCS2000 / 3-degree Gauss-Kruger CM 111E`.
   */
  crs: string;
  features: ParsedFeature[];
  problems: ImportProblem[];
  /** CSV: the columns the positions were read from (so they are not reported as unused). */
  coordinateColumns?: readonly string[];
}

/** The formats {@link ParsedImport.format} can name. */
export type ImportFormat = ParsedImport['format'];

/** Options of the lon/lat parsers. */
export interface ImportOptions {
  /**
   * The CRS of lon/lat coordinates, as the importer declares it (a register whose positions were
   * picked on Amap or Tencent maps is GCJ-02, on Baidu maps BD-09). Shapefiles ignore it (their
   * .prj governs), and so do GeoJSON files with a `crs` member.
   */
  crs: SourceCrs;
  /** CSV only: the longitude column; auto-detected when absent. */
  lonField?: string;
  /** CSV only: the latitude column; auto-detected when absent. */
  latField?: string;
}

/** Builds a whole-file error result (no features). */
export function rejectedImport(
  format: ImportFormat,
  crs: string,
  problem: string | Localized,
  field: string | null = null,
  earlier: ImportProblem[] = [],
): ParsedImport {
  const finding: ImportProblem =
    typeof problem === 'string'
      ? { row: null, field, severity: 'error', problem }
      : { row: null, field, severity: 'error', problem: problem.en, text: problem };
  return { format, crs, features: [], problems: [...earlier, finding] };
}
