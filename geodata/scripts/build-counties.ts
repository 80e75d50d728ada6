import type { Feature, MultiPolygon } from 'geojson';
import { formatFeatureCollection } from './canonical-geojson.ts';
import { adminCollectionSchema, parseSource } from './source-schemas.ts';

/** Properties of a county-level feature of 忻州市 (xinzhou-counties.wgs84.geojson). */
export interface CountiesProperties {
  name: string;
  /** 6-digit administrative code, 1409xx. */
  adcode: string;
  provenance: 'official';
}

/** Number of county-level units of 忻州市 (1 district, 1 city, 12 counties). */
export const XINZHOU_COUNTY_COUNT = 14;

/**
 * Builds the canonical file of all county-level units of 忻州市, for neighbouring-county context.
 *
 * @param text - the source file's text (14 MultiPolygon features, `[lon, lat]` degrees, WGS84)
 * @param fileName - the source file's name, for error messages
 * @returns the canonical GeoJSON text, sorted by adcode (properties name, adcode, provenance)
 * @throws Error if the source does not hold 14 features with adcodes 1409xx
 * @example
 * buildCounties(
 *   readFileSync('geodata/sources/xinzhou-districts.wgs84.geojson', 'utf8'),
 *   'xinzhou-districts.wgs84.geojson',
 * );
 */
export function buildCounties(text: string, fileName: string): string {
  const source = parseSource(adminCollectionSchema, text, fileName);
  if (
    source.features.length !== XINZHOU_COUNTY_COUNT ||
    source.features.some((f) => !f.properties.adcode.startsWith('1409'))
  ) {
    throw new Error(`${fileName}: expected ${XINZHOU_COUNTY_COUNT} features with adcodes 1409xx`);
  }
  const features = source.features.map(
    (f): Feature<MultiPolygon, CountiesProperties> => ({
      type: 'Feature',
      properties: { name: f.properties.name, adcode: f.properties.adcode, provenance: 'official' },
      geometry: f.geometry,
    }),
  );
  return formatFeatureCollection(features, (f) => f.properties.adcode);
}
