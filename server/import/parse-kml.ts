/**
 * Import of KML (Google Earth, Ovi, 奥维互动地图, LocaSpace exports): placemarks with points,
 * lines and polygons, names and ExtendedData.
 *
 * @module
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
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
import { declaredProjection } from './source-projection.ts';
import { toProperties } from './to-property-value.ts';

/** Options of {@link parseKml}. */
export interface KmlOptions {
  /** CRS of the coordinates. KML is WGS84 by definition, but some Chinese tools export GCJ-02. Default `wgs84`. */
  crs?: SourceCrs;
}

/**
 * Parses a KML document into WGS84 features, one per Placemark (numbered from 1 in document
 * order, folders flattened) with @tmcw/togeojson on an @xmldom/xmldom document. Properties are the
 * placemark's `name`, `description`, ExtendedData `Data`/`SchemaData` values and style
 * properties, as togeojson names them. Malformed XML or a root other than `<kml>` is a file
 * error; a placemark without geometry or with an invalid one is an error naming it.
 *
 * @param bytes - the .kml file's bytes (UTF-8, or GBK from old tools)
 * @param options - see {@link KmlOptions}
 * @example
 * parseKml(
 *   new TextEncoder().encode(
 *     '<kml><Placemark><name>站</name><Point><coordinates>112.73,38.41</coordinates></Point></Placemark></kml>',
 *   ),
 * );
 * // { format: 'kml', crs: 'WGS84', features: [{ row: 1, properties: { name: '站' }, geometry: { type: 'Point', … } }],
 * //   problems: [] }
 */
export function parseKml(bytes: Uint8Array, options: KmlOptions = {}): ParsedImport {
  const crs = options.crs ?? 'wgs84';
  const projection = declaredProjection(crs);
  const errors: string[] = [];
  let document: ReturnType<DOMParser['parseFromString']>;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message.split('\n')[0] ?? message);
      },
    }).parseFromString(decodeText(bytes), 'text/xml');
  } catch (error) {
    return rejectedImport(
      'kml',
      sourceCrsNames[crs],
      `the file is not well-formed XML: ${errors[0] ?? (error as Error).message.split('\n')[0]}`,
    );
  }
  if (errors.length > 0)
    return rejectedImport('kml', sourceCrsNames[crs], `the file is not well-formed XML: ${errors.join('; ')}`);
  const root = document.documentElement;
  if (root?.localName !== 'kml')
    return rejectedImport(
      'kml',
      sourceCrsNames[crs],
      `the file is not KML: its root element is <${root?.nodeName ?? 'nothing'}>, not <kml>`,
    );

  const collection = kml(document);
  if (collection.features.length === 0) return rejectedImport('kml', sourceCrsNames[crs], 'the KML has no placemarks');
  const problems: ImportProblem[] = [];
  const features: ParsedFeature[] = [];
  collection.features.forEach((feature, index) => {
    const row = index + 1;
    const properties = toProperties(feature.properties);
    const label =
      typeof properties.name === 'string' && properties.name !== ''
        ? `placemark ${row} ('${properties.name}')`
        : `placemark ${row}`;
    const prepared = prepareGeometry(feature.geometry, projection.toWgs84);
    if (!prepared.ok) {
      for (const problem of prepared.error.problems)
        problems.push({ row, field: 'geometry', severity: 'error', problem: `${label}: ${problem}` });
      return;
    }
    features.push({ row, properties, geometry: prepared.value });
  });
  return { format: 'kml', crs: projection.description, features, problems };
}
