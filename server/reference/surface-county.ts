/**
 * The county boundary the concentration surface is clipped to (geodata/xinfu-county.wgs84.geojson, official),
 * read once and prepared for fast exact point-in-polygon tests.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { preparePolygon, type PreparedPolygon } from '../spatial/prepared-polygon.ts';

const COUNTY_FILE = fileURLToPath(new URL('../../geodata/xinfu-county.wgs84.geojson', import.meta.url));
let county: PreparedPolygon | null = null;

/**
 * The Xinfu District (忻府区) boundary, prepared (read on first use).
 *
 * @example
 * surfaceCounty().contains(112.73, 38.42); // true: the urban area
 */
export function surfaceCounty(): PreparedPolygon {
  if (county === null) {
    const collection = JSON.parse(readFileSync(COUNTY_FILE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    const feature = collection.features[0];
    if (feature === undefined) throw new Error(`${COUNTY_FILE} has no feature`);
    county = preparePolygon(feature.geometry);
  }
  return county;
}
