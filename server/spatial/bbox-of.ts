import type { Geometry, Position } from 'geojson';
import type { Bbox } from '../schema/common.ts';

/** The `[minLon, minLat, maxLon, maxLat]` box of any GeoJSON geometry (WGS84 degrees). */
export function bboxOf(geometry: Geometry): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = (coords: unknown): void => {
    if (typeof (coords as Position)[0] === 'number') {
      const [lon, lat] = coords as [number, number];
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
      return;
    }
    for (const child of coords as unknown[]) extend(child);
  };
  const geometries = geometry.type === 'GeometryCollection' ? geometry.geometries : [geometry];
  for (const part of geometries) {
    if (part.type === 'GeometryCollection') extend(bboxCorners(part));
    else extend(part.coordinates);
  }
  return box;
}

function bboxCorners(geometry: Geometry): Position[] {
  const [minLon, minLat, maxLon, maxLat] = bboxOf(geometry);
  return [
    [minLon, minLat],
    [maxLon, maxLat],
  ];
}

/** Whether two boxes intersect (touching counts). */
export function bboxesIntersect(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
