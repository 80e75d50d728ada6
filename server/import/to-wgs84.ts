/**
 * Conversion of Chinese web-map coordinates to WGS84.
 *
 * @module
 */
import gcoord from 'gcoord';
import type { SourceCrs } from './parsed-import.ts';

const gcoordCrs = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * Converts a position from WGS84, GCJ-02 (Amap, Tencent) or BD-09 (Baidu) to WGS84 with gcoord.
 * Around Xinfu GCJ-02 lies about 570 m east and 65 m north of WGS84; gcoord inverts it
 * iteratively (to 1e-6°). Outside China gcoord leaves GCJ-02 positions unchanged.
 *
 * @param lon - longitude, degrees, in `crs`
 * @param lat - latitude, degrees, in `crs`
 * @param crs - the CRS of the input
 * @returns `[lon, lat]` in WGS84 degrees
 * @example
 * toWgs84(112.7404, 38.4167, 'gcj02'); // ≈ [112.7340, 38.4161]
 */
export function toWgs84(lon: number, lat: number, crs: SourceCrs): [number, number] {
  if (crs === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform<[number, number]>([lon, lat], gcoordCrs[crs], gcoord.WGS84);
  return [x, y];
}
