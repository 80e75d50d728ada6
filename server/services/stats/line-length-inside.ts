/**
 * The length of a line inside a polygon (roads clipped to a township or a drawn area). Pure: no db, no http.
 *
 * Each segment of the line is cut where it crosses an edge of the polygon (in `[lon, lat]` degrees, as
 * `pointInPolygon` tests containment); a piece counts when its midpoint lies inside or on the boundary, and
 * it counts its share of the segment's geodesic length on the WGS84 ellipsoid. So a line wholly inside
 * gives its whole geodesic length, and the pieces of a line split by a shared boundary add up to it.
 *
 * @module
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
// geographiclib-geodesic is CommonJS; under Node ESM only its default export exists.
import geodesic from 'geographiclib-geodesic';
import type { Bbox } from '../../schema/common.ts';

const wgs84 = geodesic.Geodesic.WGS84;

/** A polygon's edges as flat `[x1, y1, x2, y2]` runs (degrees), with its box and a containment test. */
export interface EdgeSet {
  bbox: Bbox;
  edges: Float64Array;
  contains(lon: number, lat: number): boolean;
}

/**
 * The edges of `geometry` (every ring), for {@link lineKmInside}.
 *
 * @example
 * const area = edgeSet(polygon, (lon, lat) => pointInPolygon([lon, lat], polygon));
 */
export function edgeSet(
  geometry: Polygon | MultiPolygon,
  contains: (lon: number, lat: number) => boolean,
  bbox: Bbox,
): EdgeSet {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const values: number[] = [];
  for (const rings of polygons)
    for (const ring of rings)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position;
        const b = ring[i + 1] as Position;
        values.push(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
      }
  return { bbox, edges: Float64Array.from(values), contains };
}

/**
 * Geodesic length of the segment from `a` to `b` (`[lon, lat]` degrees), km.
 *
 * @example
 * segmentKm([112.7, 38.4], [112.7, 38.5]); // about 11.1
 */
export function segmentKm(a: Position, b: Position): number {
  return (wgs84.Inverse(a[1] as number, a[0] as number, b[1] as number, b[0] as number).s12 ?? 0) / 1000;
}

/**
 * Geodesic length of a LineString's coordinates, km.
 *
 * @example
 * lineKm([[112.7, 38.4], [112.7, 38.5]]); // about 11.1
 */
export function lineKm(line: readonly Position[]): number {
  let km = 0;
  for (let i = 0; i + 1 < line.length; i++) km += segmentKm(line[i] as Position, line[i + 1] as Position);
  return km;
}

/**
 * The geodesic km of `line` (`[lon, lat]` degrees) that lie inside `area` (boundary included).
 *
 * @param segmentKms - the geodesic length of each segment of the line (from {@link segmentKm}), km
 * @example
 * const line = [[0, 0], [2, 0]];
 * lineKmInside(line, [segmentKm([0, 0], [2, 0])], edgeSet(unitSquare, contains, [0, -1, 1, 1])); // half of it
 */
export function lineKmInside(line: readonly Position[], segmentKms: ArrayLike<number>, area: EdgeSet): number {
  const [minX, minY, maxX, maxY] = area.bbox;
  const { edges } = area;
  let km = 0;
  const cuts: number[] = [];
  for (let s = 0; s + 1 < line.length; s++) {
    const ax = (line[s] as Position)[0] as number;
    const ay = (line[s] as Position)[1] as number;
    const bx = (line[s + 1] as Position)[0] as number;
    const by = (line[s + 1] as Position)[1] as number;
    const sMinX = Math.min(ax, bx);
    const sMaxX = Math.max(ax, bx);
    const sMinY = Math.min(ay, by);
    const sMaxY = Math.max(ay, by);
    if (sMaxX < minX || sMinX > maxX || sMaxY < minY || sMinY > maxY) continue;
    const dx = bx - ax;
    const dy = by - ay;
    cuts.length = 0;
    cuts.push(0, 1);
    for (let e = 0; e < edges.length; e += 4) {
      const cx = edges[e] as number;
      const cy = edges[e + 1] as number;
      const ex = edges[e + 2] as number;
      const ey = edges[e + 3] as number;
      if (Math.max(cx, ex) < sMinX || Math.min(cx, ex) > sMaxX) continue;
      if (Math.max(cy, ey) < sMinY || Math.min(cy, ey) > sMaxY) continue;
      const fx = ex - cx;
      const fy = ey - cy;
      const denominator = dx * fy - dy * fx;
      if (denominator === 0) {
        // parallel: where the edge's ends fall on the segment (collinear overlap), cut there
        const length2 = dx * dx + dy * dy;
        if (length2 === 0) continue;
        for (const [px, py] of [
          [cx, cy],
          [ex, ey],
        ] as const) {
          const t = ((px - ax) * dx + (py - ay) * dy) / length2;
          if (t > 0 && t < 1) cuts.push(t);
        }
        continue;
      }
      const t = ((cx - ax) * fy - (cy - ay) * fx) / denominator;
      const u = ((cx - ax) * dy - (cy - ay) * dx) / denominator;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) cuts.push(t);
    }
    cuts.sort((p, q) => p - q);
    const length = segmentKms[s] as number;
    for (let i = 0; i + 1 < cuts.length; i++) {
      const t0 = cuts[i] as number;
      const t1 = cuts[i + 1] as number;
      if (t1 <= t0) continue;
      const tm = (t0 + t1) / 2;
      if (area.contains(ax + dx * tm, ay + dy * tm)) km += (t1 - t0) * length;
    }
  }
  return km;
}
