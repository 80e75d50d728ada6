import { feature, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Bbox } from '../schema/common.ts';
import { bboxesIntersect, bboxOf } from './bbox-of.ts';
import { geodesicAreaKm2 } from './geodesic-area.ts';

/** A polygon to intersect with, e.g. a township: its id, geometry and (optionally precomputed) box. */
export interface IntersectablePolygon {
  id: string;
  geometry: Polygon | MultiPolygon;
  /** `[minLon, minLat, maxLon, maxLat]`, degrees; computed when absent. */
  bbox?: Bbox;
}

/** The part of an area that lies in one polygon. */
export interface IntersectionPart {
  id: string;
  /** The intersection, `[lon, lat]` EPSG:4326 degrees. */
  geometry: Polygon | MultiPolygon;
  /** Its geodesic area on the WGS84 ellipsoid, km². */
  areaKm2: number;
}

/**
 * Intersects `area` with each of `polygons` (turf `intersect`, i.e. polyclip-ts, planar in
 * lon/lat like all GeoJSON edges) and measures every non-empty intersection geodesically.
 * Polygons whose box misses the area's are skipped without clipping; intersections that are
 * only lines or points are left out. For polygons that tile a region (townships), the parts'
 * areas add up to the area of `area` inside the region.
 *
 * @param area - the area to split, Polygon or MultiPolygon, `[lon, lat]` degrees
 * @param polygons - the polygons to intersect it with
 * @returns one part per polygon that meets the area with a positive area, in input order
 * @example
 * intersectPolygons(drawn, townships.map((t) => ({ id: t.code, geometry: t.geometry })));
 * // [{ id: '140902001', geometry: …, areaKm2: 3.21 }, …]
 */
export function intersectPolygons(
  area: Polygon | MultiPolygon,
  polygons: readonly IntersectablePolygon[],
): IntersectionPart[] {
  const box = bboxOf(area);
  const parts: IntersectionPart[] = [];
  for (const polygon of polygons) {
    if (!bboxesIntersect(box, polygon.bbox ?? bboxOf(polygon.geometry))) continue;
    const clipped = intersect(featureCollection<Polygon | MultiPolygon>([feature(area), feature(polygon.geometry)]));
    if (!clipped) continue;
    const areaKm2 = geodesicAreaKm2(clipped.geometry);
    if (areaKm2 > 0) parts.push({ id: polygon.id, geometry: clipped.geometry, areaKm2 });
  }
  return parts;
}
