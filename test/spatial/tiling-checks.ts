/**
 * Test helpers that check whether polygons tile an area exactly. Used by the partition tests
 * (synthetic shapes) and the geodata tests (the committed township partition).
 */
import { area as turfAreaM2, bbox, difference, feature, featureCollection, intersect, union } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Areal = Polygon | MultiPolygon;

const ringsOf = (geometry: Areal): Position[][] =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();

/** The number of decimals a coordinate prints with (`112.5` → 1); Infinity for exponent notation. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return Number.POSITIVE_INFINITY;
  return text.includes('.') ? (text.split('.')[1] ?? '').length : 0;
}

/** Sum of the overlap areas (m², turf's spherical area) of all pairs of `cells`, with a bbox pre-check. */
export function totalOverlapM2(cells: readonly Areal[]): number {
  const boxes = cells.map((cell) => bbox(cell));
  let total = 0;
  for (let i = 0; i < cells.length; i++) {
    for (let j = i + 1; j < cells.length; j++) {
      const [w1, s1, e1, n1] = boxes[i] as number[];
      const [w2, s2, e2, n2] = boxes[j] as number[];
      if (
        (w1 as number) > (e2 as number) ||
        (w2 as number) > (e1 as number) ||
        (s1 as number) > (n2 as number) ||
        (s2 as number) > (n1 as number)
      )
        continue;
      const overlap = intersect(featureCollection<Areal>([feature(cells[i] as Areal), feature(cells[j] as Areal)]));
      if (overlap) total += turfAreaM2(overlap);
    }
  }
  return total;
}

/** Area (m², turf's spherical area) of `area` not covered by any of `cells`. */
export function gapM2(area: Areal, cells: readonly Areal[]): number {
  const covered =
    cells.length === 1
      ? feature(cells[0] as Areal)
      : union(featureCollection<Areal>(cells.map((cell) => feature(cell))));
  if (!covered) return turfAreaM2(area);
  const rest = difference(featureCollection<Areal>([feature(area), covered]));
  return rest ? turfAreaM2(rest) : 0;
}

/**
 * Topology check on a 10^-decimals grid: every edge of every cell, after rounding its ends to `decimals`,
 * must either be matched by the same edge, reversed, in exactly one other cell (adjacent cells share
 * identical vertices along their common edge, no T-junctions), or lie along an edge of `area`'s boundary.
 * No directed edge may appear twice. Returns a description of each defect; empty when the tiling is clean.
 */
export function tilingEdgeDefects(area: Areal, cells: readonly Areal[], decimals = 6): string[] {
  const unit = 10 ** decimals;
  const toGrid = (p: Position): [number, number] => [
    Math.round((p[0] as number) * unit),
    Math.round((p[1] as number) * unit),
  ];
  const boundary = ringsOf(area).flatMap((ring) =>
    ring.slice(0, -1).map((p, i) => [toGrid(p), toGrid(ring[i + 1] as Position)] as const),
  );
  const onBoundary = ([px, py]: [number, number], [qx, qy]: [number, number]): boolean =>
    boundary.some(([[ax, ay], [bx, by]]) => {
      const collinear =
        (bx - ax) * (py - ay) - (by - ay) * (px - ax) === 0 && (bx - ax) * (qy - ay) - (by - ay) * (qx - ax) === 0;
      const within = (x: number, y: number) =>
        Math.min(ax, bx) <= x && x <= Math.max(ax, bx) && Math.min(ay, by) <= y && y <= Math.max(ay, by);
      return collinear && within(px, py) && within(qx, qy);
    });

  const owner = new Map<string, number>();
  const defects: string[] = [];
  const edges: Array<{ cell: number; p: [number, number]; q: [number, number] }> = [];
  cells.forEach((cell, index) => {
    for (const ring of ringsOf(cell)) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const p = toGrid(ring[i] as Position);
        const q = toGrid(ring[i + 1] as Position);
        if (p[0] === q[0] && p[1] === q[1]) continue;
        const key = `${p}>${q}`;
        if (owner.has(key)) defects.push(`edge ${key} appears in cells ${owner.get(key)} and ${index}`);
        owner.set(key, index);
        edges.push({ cell: index, p, q });
      }
    }
  });
  for (const { cell, p, q } of edges) {
    const partner = owner.get(`${q}>${p}`);
    if (partner === cell) defects.push(`edge ${p}>${q} of cell ${cell} runs back along itself`);
    if (partner === undefined && !onBoundary(p, q))
      defects.push(`edge ${p}>${q} of cell ${cell} has no neighbour and is not on the boundary`);
  }
  return defects;
}
