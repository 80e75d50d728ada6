/**
 * Minimal types for `shpjs` 6 (which ships none): the functions `parse-shapefile-zip.ts` uses,
 * plus the default export. Bytes may be an ArrayBuffer, a typed array or a DataView.
 */
declare module 'shpjs' {
  type ShpjsBytes = ArrayBuffer | ArrayBufferView | DataView;

  /** A DBF attribute value: C → string (trimmed), N/F → number (NaN when blank), L → boolean, D → Date. */
  export type ShpjsAttribute = string | number | boolean | Date;

  /** A layer as GeoJSON, with the layer's name inside the zip. */
  export interface ShpjsFeatureCollection {
    type: 'FeatureCollection';
    features: Array<{
      type: 'Feature';
      geometry: import('geojson').Geometry | null;
      properties: Record<string, ShpjsAttribute>;
    }>;
    fileName?: string;
  }

  /**
   * Reads the shapes of a .shp, one entry per record (null for a null shape). Without `prj` the
   * coordinates are returned as stored; with one (WKT) they are unprojected to WGS84 by proj4.
   * Throws on an unknown shape type.
   */
  export function parseShp(shp: ShpjsBytes, prj?: string): Array<import('geojson').Geometry | null>;

  /** Reads the records of a .dbf; `encoding` is a .cpg text or a TextDecoder label (default UTF-8). */
  export function parseDbf(dbf: ShpjsBytes, encoding?: string): Array<Record<string, ShpjsAttribute>>;

  /** Reads a zipped shapefile (one layer → one collection, several → an array). */
  export default function getShapefile(input: ShpjsBytes): Promise<ShpjsFeatureCollection | ShpjsFeatureCollection[]>;
}
