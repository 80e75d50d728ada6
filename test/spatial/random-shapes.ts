/**
 * Seeded random shapes for oracle tests: simple star-shaped rings (never self-intersecting),
 * polygons with holes strictly inside, MultiPolygons of disjoint parts, and shapes on an
 * integer lattice whose edges and vertices random lattice points hit exactly.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Rng } from '../../seeds/random.ts';

/**
 * A star-shaped ring around (cx, cy): n vertices at increasing angles, radii in [rMin, rMax]; counter-clockwise,
 * closed.
 */
export function starRing(rng: Rng, cx: number, cy: number, rMin: number, rMax: number, n: number): Position[] {
  const ring: Position[] = [];
  const phase = rng.range(0, 2 * Math.PI);
  for (let k = 0; k < n; k++) {
    const angle = phase + (2 * Math.PI * k) / n;
    const r = rng.range(rMin, rMax);
    ring.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  ring.push([...(ring[0] as Position)]);
  return ring;
}

/** A star polygon with 0–3 star holes inside its inner radius (holes disjoint: placed on separate sectors). */
export function starPolygonWithHoles(rng: Rng, cx: number, cy: number, radius: number, vertices: number): Position[][] {
  const outer = starRing(rng, cx, cy, radius * 0.6, radius, vertices);
  const holes: Position[][] = [];
  const count = rng.int(0, 3);
  for (let h = 0; h < count; h++) {
    const angle = (2 * Math.PI * h) / 3;
    const hx = cx + radius * 0.3 * Math.cos(angle);
    const hy = cy + radius * 0.3 * Math.sin(angle);
    holes.push(starRing(rng, hx, hy, radius * 0.05, radius * 0.12, rng.int(3, 12)).reverse());
  }
  return [outer, ...holes];
}

/** A random area around (cx, cy): a Polygon with holes, or a MultiPolygon of 2–3 disjoint such polygons. */
export function randomArea(
  rng: Rng,
  cx: number,
  cy: number,
  radius: number,
  maxVertices = 200,
): Polygon | MultiPolygon {
  if (rng.chance(0.5))
    return { type: 'Polygon', coordinates: starPolygonWithHoles(rng, cx, cy, radius, rng.int(3, maxVertices)) };
  const parts = rng.int(2, 3);
  const coordinates = Array.from({ length: parts }, (_, p) => {
    const angle = (2 * Math.PI * p) / parts;
    return starPolygonWithHoles(
      rng,
      cx + radius * Math.cos(angle),
      cy + radius * Math.sin(angle),
      radius * 0.45,
      rng.int(3, maxVertices),
    );
  });
  return { type: 'MultiPolygon', coordinates };
}

/**
 * A polygon with integer vertices (a lattice staircase with a lattice hole), so lattice points fall on its edges and
 * vertices.
 */
export function latticePolygon(rng: Rng, size: number): Polygon {
  // A "skyline": columns of random heights along the x axis, closed along y = 0.
  const ring: Position[] = [[0, 0]];
  let x = 0;
  while (x < size) {
    const width = rng.int(1, 3);
    const height = rng.int(4, size);
    ring.push([x, height], [Math.min(size, x + width), height]);
    x = Math.min(size, x + width);
  }
  ring.push([size, 0], [0, 0]);
  // Remove repeated consecutive vertices (equal heights make collinear steps, which are fine).
  const outer = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]);
  const hole: Position[] = [
    [1, 1],
    [1, 3],
    [2, 3],
    [2, 1],
    [1, 1],
  ];
  return { type: 'Polygon', coordinates: [outer, hole] };
}
