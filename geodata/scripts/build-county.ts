import type { Feature, MultiPolygon } from 'geojson';
import { formatFeatureCollection } from './canonical-geojson.ts';
import { adminCollectionSchema, parseSource } from './source-schemas.ts';

/** Properties of the county boundary feature (xinfu-county.*.geojson). */
export interface CountyProperties {
  name: string;
  /** 6-digit administrative code, 140902 for 忻府区. */
  adcode: string;
  /** Coordinate system of the file: WGS84 (EPSG:4326) or GCJ-02 (Amap/Tencent basemaps). */
  crs: 'WGS84' | 'GCJ-02';
  provenance: 'official';
}

/** adcode of 忻府区. */
export const XINFU_ADCODE = '140902';

/**
 * Builds a canonical county boundary file of 忻府区 from a source county file.
 *
 * @param text - the source file's text (a FeatureCollection with the one county MultiPolygon, `[lon, lat]` degrees)
 * @param fileName - the source file's name, for error messages
 * @param crs - the coordinate system the source is in; it is recorded, not converted
 * @returns the canonical GeoJSON text (properties name, adcode, crs, provenance)
 * @throws Error if the source does not hold exactly one feature, with adcode 140902
 * @example
 * buildCounty(
 *   readFileSync('geodata/sources/xinfu-county.wgs84.geojson', 'utf8'),
 *   'xinfu-county.wgs84.geojson',
 *   'WGS84',
 * );
 */
export function buildCounty(text: string, fileName: string, crs: CountyProperties['crs']): string {
  const source = parseSource(adminCollectionSchema, text, fileName);
  const [county, ...rest] = source.features;
  if (!county || rest.length > 0 || county.properties.adcode !== XINFU_ADCODE) {
    throw new Error(`${fileName}: expected exactly one feature with adcode ${XINFU_ADCODE}`);
  }
  const feature: Feature<MultiPolygon, CountyProperties> = {
    type: 'Feature',
    properties: { name: county.properties.name, adcode: county.properties.adcode, crs, provenance: 'official' },
    geometry: county.geometry,
  };
  return formatFeatureCollection([feature], (f) => f.properties.adcode);
}
