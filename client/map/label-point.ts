import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A label position for a polygon: the area centroid of its largest outer ring (planar, in
 * degrees, which is fine for placing a label). `[lon, lat]`.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const rings =
    geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  let best: { area: number; x: number; y: number } = { area: 0, x: 0, y: 0 };
  for (const ring of rings) {
    const c = ringCentroid(ring);
    if (Math.abs(c.area) > Math.abs(best.area)) best = c;
  }
  return [best.x, best.y];
}

function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let area = 0,
    cx = 0,
    cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const cross = xj * yi - xi * yj;
    area += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, x: 0, y: 0 } : { area, x: cx / (6 * area), y: cy / (6 * area) };
}
