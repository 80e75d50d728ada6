/**
 * The entry point of an upload: picks the parser from the file name.
 *
 * @module
 */
import { err, ok, type Result } from '../result.ts';
import { parseCsv } from './parse-csv.ts';
import { parseGeoJson } from './parse-geojson.ts';
import { parseKml } from './parse-kml.ts';
import { readShapefileZip } from './parse-shapefile-zip.ts';
import type { ImportOptions, ParsedImport } from './parsed-import.ts';

/**
 * A file that was parsed (its problems, if any, are in the report), or one refused as a whole:
 * of a type that is not imported at all (the caller answers 415 with `error.message`), or an
 * archive that unpacks to more than the cap (413).
 */
export type ImportFileResult = Result<ParsedImport, { code: 'unsupported-file-type' | 'too-large'; message: string }>;

const supported = '.csv, .geojson/.json, .zip (shapefile) or .kml';

const advice: Readonly<Record<string, string>> = {
  xlsx: 'Excel workbooks are not read: save the sheet as CSV (File › Save As › CSV UTF-8) and import the .csv',
  xls: 'Excel workbooks are not read: save the sheet as CSV (File › Save As › CSV UTF-8) and import the .csv',
  et: 'WPS workbooks are not read: save the sheet as CSV and import the .csv',
  ods: 'spreadsheets are not read: save the sheet as CSV and import the .csv',
  kmz: 'KMZ (zipped KML) is not read: unzip it (it is a zip file) and import the doc.kml inside, or export KML',
  shp: 'a shapefile is several files: zip the .shp, .dbf, .prj (and .cpg) together and import the .zip',
  dbf: 'a shapefile is several files: zip the .shp, .dbf, .prj (and .cpg) together and import the .zip',
  shx: 'a shapefile is several files: zip the .shp, .dbf, .prj (and .cpg) together and import the .zip',
  prj: 'a shapefile is several files: zip the .shp, .dbf, .prj (and .cpg) together and import the .zip',
  gpkg: 'GeoPackage is not read: export the layer as a zipped shapefile or GeoJSON',
  dwg:
    'CAD drawings are not read: ' +
    'export the layer from your GIS as a zipped shapefile or GeoJSON with its coordinate system',
  dxf:
    'CAD drawings are not read: ' +
    'export the layer from your GIS as a zipped shapefile or GeoJSON with its coordinate system',
};

/**
 * Parses an uploaded file by its extension (case-insensitive): `.csv` → {@link parseCsv},
 * `.geojson`/`.json` → {@link parseGeoJson}, `.zip` → {@link readShapefileZip}, `.kml` →
 * {@link parseKml}. `options.crs` is the declared CRS of lon/lat data (CSV, GeoJSON without a
 * `crs` member, KML); shapefiles use their .prj. Other types are refused with advice (Excel:
 * export CSV; KMZ: unzip; a bare .shp: zip it with its .dbf and .prj).
 *
 * Everything happens in memory; a zip is inflated as a stream, counted against its cap and
 * yielding to the event loop as it goes.
 *
 * @param fileName - the uploaded file's name (only its extension is used)
 * @param bytes - its content
 * @param options - the declared CRS and optional CSV coordinate columns
 * @example
 * await parseImportFile('企业名单.csv', bytes, { crs: 'gcj02' }); // { ok: true, value: { format: 'csv', … } }
 * await parseImportFile('企业名单.xlsx', bytes, { crs: 'gcj02' });
 * // { ok: false, error: { code: 'unsupported-file-type', message: 'Excel workbooks are not read: …' } }
 */
export async function parseImportFile(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportFileResult> {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const ext = base.includes('.') ? (base.split('.').pop() ?? '').toLowerCase() : '';
  switch (ext) {
    case 'csv':
      return ok(parseCsv(bytes, options));
    case 'geojson':
    case 'json':
      return ok(parseGeoJson(bytes, { crs: options.crs }));
    case 'zip':
      return readShapefileZip(bytes);
    case 'kml':
      return ok(parseKml(bytes, { crs: options.crs }));
    default: {
      const what = ext ? `.${ext} files are not imported` : `'${base}' has no file extension`;
      return err({
        code: 'unsupported-file-type',
        message: `${what}; import ${supported}${advice[ext] ? `. ${advice[ext]}` : ''}`,
      });
    }
  }
}
