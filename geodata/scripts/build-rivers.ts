import type { Feature, MultiLineString } from 'geojson';
import { formatFeatureCollection } from './canonical-geojson.ts';
import { parseSource, riverCollectionSchema } from './source-schemas.ts';

/** Properties of a river reach (xinzhou-rivers-1to4m.geojson). */
export interface RiverProperties {
  /** Name as in the source layer, e.g. `子牙河(子牙新河)`. */
  name: string;
  /** Name the reach has locally: 滹沱河 for the 子牙河 reaches, otherwise the source name. */
  nameZh: string;
  /** River level in the source layer (1–3). */
  level: number;
  gbcode: string;
  /** Feature id in the source shapefile `hyd2_4l`. */
  sourceFid: string;
  provenance: 'official';
}

/** Source name of the 滹沱河–子牙河 system in the NGCC 1:4M layer. */
export const ZIYA_SOURCE_NAME = '子牙河(子牙新河)';
/** What the 子牙河 reaches in and around 忻州 are called locally: the Hutuo River. */
export const HUTUO_NAME = '滹沱河';

/**
 * Builds the canonical river file. Reaches named 子牙河(子牙新河) get `nameZh` 滹沱河, the name used in
 * 忻州 (the 1:4M layer labels the whole 滹沱河–子牙河 system by its lower reach); the source name is kept.
 *
 * @param text - the source file's text (MultiLineString features, `[lon, lat]` degrees)
 * @param fileName - the source file's name, for error messages
 * @returns the canonical GeoJSON text, sorted by sourceFid
 * @example
 * buildRivers(readFileSync('geodata/sources/xinzhou-rivers-1to4m.geojson', 'utf8'), 'xinzhou-rivers-1to4m.geojson');
 */
export function buildRivers(text: string, fileName: string): string {
  const source = parseSource(riverCollectionSchema, text, fileName);
  const features = source.features.map(
    (f): Feature<MultiLineString, RiverProperties> => ({
      type: 'Feature',
      properties: {
        name: f.properties.name,
        nameZh: f.properties.name === ZIYA_SOURCE_NAME ? HUTUO_NAME : f.properties.name,
        level: f.properties.level_river,
        gbcode: f.properties.gbcode,
        sourceFid: f.properties.source_fid,
        provenance: 'official',
      },
      geometry: f.geometry,
    }),
  );
  // Source ids are decimal integers; pad so that string order is numeric order.
  return formatFeatureCollection(features, (f) => f.properties.sourceFid.padStart(12, '0'));
}
