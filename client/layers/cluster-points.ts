/** A cluster of points that fall into one screen cell at a zoom. */
export interface PointCluster<T> {
  /** Mean position `[lon, lat]` of the members. */
  position: [number, number];
  members: T[];
}

const TILE = 512; // Web Mercator world size in pixels at zoom 0 (MapLibre's convention)

/** Web Mercator pixel coordinates of `[lon, lat]` at `zoom`. */
export function toPixels([lon, lat]: [number, number], zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

/** A number naming a grid cell (column, row ≥ 0 and below 2²⁶: any cell of the world up to zoom 20 at 1 px). */
export function cellKey(column: number, row: number): number {
  return column * 67_108_864 + row;
}

/**
 * Groups points into square screen cells of `cellPx` pixels at `zoom` (a grid aggregation,
 * O(n)); cells holding one point stay single. Deterministic for a given input order.
 *
 * @example
 * clusterPoints(machines, (m) => m.position, 9, 40); // clusters of machines 40 px apart at zoom 9
 */
export function clusterPoints<T>(
  items: readonly T[],
  positionOf: (item: T) => [number, number],
  zoom: number,
  cellPx: number,
): PointCluster<T>[] {
  const cells = new Map<number, { sumLon: number; sumLat: number; members: T[] }>();
  for (const item of items) {
    const position = positionOf(item);
    const [x, y] = toPixels(position, zoom);
    const key = cellKey(Math.floor(x / cellPx), Math.floor(y / cellPx));
    const cell = cells.get(key);
    if (cell) {
      cell.sumLon += position[0];
      cell.sumLat += position[1];
      cell.members.push(item);
    } else cells.set(key, { sumLon: position[0], sumLat: position[1], members: [item] });
  }
  return [...cells.values()].map((c) => ({
    position: [c.sumLon / c.members.length, c.sumLat / c.members.length],
    members: c.members,
  }));
}
