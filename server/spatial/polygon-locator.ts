import type { MultiPolygon, Polygon } from 'geojson';
import type { Bbox } from '../schema/common.ts';
import { bboxOf } from './bbox-of.ts';
import { pointInPolygon } from './point-in-polygon.ts';

/** A polygon with an id, e.g. a township with its 9-digit code. */
export interface LocatablePolygon {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * Finds which of a set of non-overlapping polygons (e.g. the 18 townships) contains a point.
 * Boxes are checked first, then an exact point-in-polygon test.
 *
 * @example
 * const locate = createPolygonLocator(townships);
 * locate(112.73, 38.42); // '140902001' or null outside every polygon
 */
export function createPolygonLocator(
  polygons: readonly LocatablePolygon[],
): (lon: number, lat: number) => string | null {
  const entries = polygons.map((p) => ({ id: p.id, geometry: p.geometry, box: bboxOf(p.geometry) as Bbox }));
  return (lon, lat) => {
    for (const { id, geometry, box } of entries) {
      if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
      if (pointInPolygon([lon, lat], geometry)) return id;
    }
    return null;
  };
}
