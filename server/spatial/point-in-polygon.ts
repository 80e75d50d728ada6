import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Exact even-odd point-in-polygon test for a GeoJSON Polygon or MultiPolygon (WGS84 degrees,
 * planar in lon/lat, which is how GeoJSON edges are drawn). Holes are honoured; a point on
 * an edge counts as inside. Coordinates are `[lon, lat]`.
 *
 * @example
 * pointInPolygon([112.73, 38.42], county.geometry); // true
 */
export function pointInPolygon(point: Position, geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) {
    if (rings.length === 0 || !ringContains(rings[0] as Position[], point)) continue;
    let inHole = false;
    for (let i = 1; i < rings.length; i++) {
      if (ringContains(rings[i] as Position[], point) && !onRingBoundary(rings[i] as Position[], point)) {
        inHole = true;
        break;
      }
    }
    if (!inHole) return true;
  }
  return false;
}

/** Even-odd ray casting; boundary points count as inside. Index access, no destructuring: this is a hot loop. */
function ringContains(ring: Position[], point: Position): boolean {
  const x = point[0] as number;
  const y = point[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    const xi = a[0] as number,
      yi = a[1] as number,
      xj = b[0] as number,
      yj = b[1] as number;
    if (onSegment(x, y, xi, yi, xj, yj)) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function onRingBoundary(ring: Position[], point: Position): boolean {
  const x = point[0] as number;
  const y = point[1] as number;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (onSegment(x, y, a[0] as number, a[1] as number, b[0] as number, b[1] as number)) return true;
  }
  return false;
}

/** Whether (x, y) lies on the segment; the cheap box test comes first. */
function onSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean {
  if (x < (x1 < x2 ? x1 : x2) || x > (x1 > x2 ? x1 : x2) || y < (y1 < y2 ? y1 : y2) || y > (y1 > y2 ? y1 : y2))
    return false;
  return (x - x1) * (y2 - y1) - (y - y1) * (x2 - x1) === 0;
}
