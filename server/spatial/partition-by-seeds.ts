/**
 * Partition an area (a county polygon) into the Voronoi cells of seed points, clipped to the area,
 * so that the cells tile the area exactly on a decimal coordinate grid.
 *
 * @module
 */
import {
  bbox as computeBbox,
  booleanPointInPolygon,
  feature,
  featureCollection,
  intersect,
  point,
  polygon,
  voronoi,
} from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A seed of the partition: an id used in error messages and a `[lon, lat]` position in EPSG:4326 degrees. */
export interface PartitionSeed {
  id: string;
  position: Position;
}

/** Options of {@link partitionBySeeds}. */
export interface PartitionOptions {
  /**
   * Output coordinates are rounded to this many decimals of a degree (grid step 10^-decimals °). Default 6 (≈ 0.1 m).
   */
  decimals?: number;
  /**
   * Factor applied to longitudes before the Voronoi diagram is computed, so that "nearest seed" means
   * nearest on the ground. Default: cos of the area's mid-latitude (a local equirectangular projection).
   * Pass 1 for a Voronoi diagram in plain degrees.
   */
  lonScale?: number;
}

type Lattice = [number, number];

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const keyOf = (x: number, y: number): string => `${x},${y}`;

/** Twice the signed shoelace area of a closed lattice ring, exact (BigInt). */
function doubledArea(ring: readonly Lattice[]): bigint {
  let sum = 0n;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Lattice;
    const [x2, y2] = ring[i + 1] as Lattice;
    sum += BigInt(x1) * BigInt(y2) - BigInt(x2) * BigInt(y1);
  }
  return sum;
}

/** Twice the area of a polygon (outer ring minus holes, any orientation), exact. */
function netDoubledArea(rings: readonly Lattice[][]): bigint {
  return rings.reduce((sum, ring, i) => {
    const twice = doubledArea(ring);
    const magnitude = twice < 0n ? -twice : twice;
    return i === 0 ? sum + magnitude : sum - magnitude;
  }, 0n);
}

/** Drops repeated vertices and spikes (A, X, A) from a lattice ring; returns it closed, or null if degenerate. */
function cleanRing(ring: readonly Lattice[]): Lattice[] | null {
  let open = ring.slice(0, -1);
  for (let changed = true; changed && open.length >= 3; ) {
    changed = false;
    const next: Lattice[] = [];
    for (const vertex of open) {
      const last = next[next.length - 1];
      if (!last || last[0] !== vertex[0] || last[1] !== vertex[1]) next.push(vertex);
    }
    while (next.length > 1 && keyOf(...(next[0] as Lattice)) === keyOf(...(next[next.length - 1] as Lattice)))
      next.pop();
    for (let i = 0; i < next.length && next.length >= 3; i++) {
      const before = next[(i + next.length - 1) % next.length] as Lattice;
      const after = next[(i + 1) % next.length] as Lattice;
      if (before[0] === after[0] && before[1] === after[1]) {
        next.splice(i, 1);
        changed = true;
        break;
      }
    }
    open = next;
  }
  if (open.length < 3) return null;
  const closed = [...open, open[0] as Lattice];
  return doubledArea(closed) === 0n ? null : closed;
}

/** Orients a closed ring counter-clockwise (outer, `ccw` true) or clockwise (hole), per RFC 7946. */
function orient(ring: Lattice[], ccw: boolean): Lattice[] {
  return doubledArea(ring) > 0n === ccw ? ring : ring.slice().reverse();
}

/** Distance (degrees) from p to segment ab and the parameter t ∈ [0, 1] of the closest point. */
function toSegment(p: Position, a: Position, b: Position): { distance: number; t: number } {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return { distance: Math.hypot(px - (ax + t * dx), py - (ay + t * dy)), t };
}

/**
 * Splits `area` into the Voronoi cells of `seeds`, each clipped to `area`, one cell per seed in seed order.
 *
 * The cells tile the area exactly, with no gaps or overlaps: all output coordinates lie on the grid of
 * `decimals` decimal places, adjacent cells carry identical vertices along every common edge, and
 * every place where a cell edge meets the area's boundary is a grid point lying exactly on that boundary
 * edge. Such a point is the grid point on the boundary edge nearest the true crossing; on a typical
 * digitised boundary (no grid point strictly inside an edge) that is the nearer vertex of the edge, so the
 * end of a Voronoi edge moves by at most half a boundary segment. The area's own vertices are rounded to
 * the grid first; pass an area already on the grid (as committed GeoJSON is) to tile it unchanged.
 * Interior Voronoi vertices are rounded to the grid. Cell edges are straight in lon/lat.
 *
 * A cell that the area's shape cuts into pieces is a MultiPolygon; otherwise a Polygon. Rings follow
 * RFC 7946 (outer counter-clockwise, holes clockwise).
 *
 * @param area - the area to partition; positions are `[lon, lat]` in EPSG:4326 degrees
 * @param seeds - the seed points; each must lie inside `area` (the boundary counts as inside)
 * @param options - grid precision and longitude scaling, see {@link PartitionOptions}
 * @returns one Polygon or MultiPolygon per seed, in seed order
 * @throws Error naming the seed if a seed lies outside the area or repeats another seed's position
 * @example
 * const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] };
 * const [west, east] = partitionBySeeds(square, [
 *   { id: 'w', position: [0.5, 1] },
 *   { id: 'e', position: [1.5, 1] },
 * ]); // west covers lon 0–1, east lon 1–2
 */
export function partitionBySeeds(
  area: Polygon | MultiPolygon,
  seeds: readonly PartitionSeed[],
  options: PartitionOptions = {},
): Array<Polygon | MultiPolygon> {
  const decimals = options.decimals ?? 6;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 9)
    throw new Error(`decimals must be an integer 0–9, got ${decimals}`);
  if (area.type !== 'Polygon' && area.type !== 'MultiPolygon')
    throw new Error(`area must be a Polygon or MultiPolygon, got ${(area as { type: unknown }).type}`);
  if (seeds.length === 0) throw new Error('seeds must not be empty');
  const unit = 10 ** decimals;
  const toLattice = (position: Position): Lattice => [
    Math.round((position[0] as number) * unit),
    Math.round((position[1] as number) * unit),
  ];

  // The area on the grid, as lattice rings (for exact checks) and as degrees (for turf).
  const areaPolygons = (area.type === 'Polygon' ? [area.coordinates] : area.coordinates).flatMap((rings) => {
    const [outer, ...holes] = rings.map((ring) => cleanRing(ring.map(toLattice)));
    return outer ? [[outer, ...holes.filter((ring): ring is Lattice[] => ring !== null)]] : [];
  });
  const gridArea: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: areaPolygons.map((rings) => rings.map((ring) => ring.map(([x, y]) => [x / unit, y / unit]))),
  };

  const seen = new Map<string, string>();
  for (const seed of seeds) {
    const [lon, lat] = seed.position;
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new Error(`Seed "${seed.id}": position ${JSON.stringify(seed.position)} is not a finite [lon, lat]`);
    }
    if (!booleanPointInPolygon([lon, lat], gridArea)) {
      throw new Error(`Seed "${seed.id}" at [${lon}, ${lat}] lies outside the area to partition`);
    }
    const key = keyOf(lon, lat);
    const other = seen.get(key);
    if (other !== undefined) throw new Error(`Seed "${seed.id}" repeats the position of seed "${other}"`);
    seen.set(key, seed.id);
  }

  // Voronoi diagram in a locally scaled plane, inside a box comfortably larger than the area.
  const [west, south, east, north] = computeBbox(gridArea) as [number, number, number, number];
  const lonScale = options.lonScale ?? Math.cos((((south + north) / 2) * Math.PI) / 180);
  const margin = Math.max((east - west) * lonScale, north - south, 1 / unit) * 2;
  const diagram = voronoi(
    featureCollection(
      seeds.map((seed) => point([(seed.position[0] as number) * lonScale, seed.position[1] as number])),
    ),
    {
      bbox: [west * lonScale - margin, south - margin, east * lonScale + margin, north + margin],
    },
  );

  // Boundary edges of the area, in degrees and on the lattice.
  const areaVertices = new Set<string>();
  const edges: Array<{ a: Lattice; b: Lattice; from: Position; to: Position }> = [];
  for (const ring of areaPolygons.flat()) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Lattice;
      const b = ring[i + 1] as Lattice;
      areaVertices.add(keyOf(a[0] / unit, a[1] / unit));
      edges.push({ a, b, from: [a[0] / unit, a[1] / unit], to: [b[0] / unit, b[1] / unit] });
    }
  }

  // Every clipped vertex goes to the lattice: area vertices stay, crossings of the boundary go to
  // the nearest grid point on their boundary edge, interior (Voronoi) vertices are rounded.
  // Near-identical crossings computed in different clip operations share one decision.
  const tolerance = 1e-3 / unit;
  const crossings: Array<{ at: Position; to: Lattice }> = [];
  const snapVertex = (position: Position): Lattice => {
    const [x, y] = position as [number, number];
    if (areaVertices.has(keyOf(x, y))) return toLattice(position);
    const known = crossings.find(({ at }) => Math.hypot((at[0] as number) - x, (at[1] as number) - y) < tolerance);
    if (known) return known.to;
    let best: { distance: number; t: number; a: Lattice; b: Lattice } | null = null;
    for (const edge of edges) {
      const candidate = toSegment(position, edge.from, edge.to);
      if (candidate.distance < tolerance && (!best || candidate.distance < best.distance))
        best = { ...candidate, a: edge.a, b: edge.b };
    }
    if (!best) return toLattice(position);
    const dx = best.b[0] - best.a[0];
    const dy = best.b[1] - best.a[1];
    const steps = gcd(Math.abs(dx), Math.abs(dy));
    const k = Math.round(best.t * steps);
    const to: Lattice = steps === 0 ? best.a : [best.a[0] + (k * dx) / steps, best.a[1] + (k * dy) / steps];
    crossings.push({ at: position, to });
    return to;
  };

  const cells = seeds.map((seed, index) => {
    const cell = diagram.features[index];
    if (!cell) throw new Error(`Seed "${seed.id}" has no Voronoi cell`);
    const ring = (cell.geometry.coordinates[0] ?? []).map(([x, y]) => [(x as number) / lonScale, y as number]);
    const clipped = intersect(featureCollection<Polygon | MultiPolygon>([polygon([ring]), feature(gridArea)]));
    if (!clipped) throw new Error(`Seed "${seed.id}": its Voronoi cell does not meet the area`);
    const pieces = clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
    const polygons: Lattice[][][] = [];
    for (const rings of pieces) {
      const cleaned = rings.map((r) => cleanRing(r.map(snapVertex)));
      const outer = cleaned[0];
      if (!outer) continue;
      polygons.push([
        orient(outer, true),
        ...cleaned
          .slice(1)
          .filter((r): r is Lattice[] => r !== null)
          .map((r) => orient(r, false)),
      ]);
    }
    if (polygons.length === 0)
      throw new Error(`Seed "${seed.id}": its cell vanished when snapped to the grid; is it on the boundary?`);
    return polygons;
  });

  // Exact invariant on the lattice: the cells' areas add up to the area's, to the last grid unit.
  const expected = areaPolygons.reduce((sum, rings) => sum + netDoubledArea(rings), 0n);
  const actual = cells.reduce(
    (sum, polygons) => sum + polygons.reduce((s, rings) => s + netDoubledArea(rings), 0n),
    0n,
  );
  if (actual !== expected)
    throw new Error(`partitionBySeeds: cells do not tile the area (doubled grid areas ${actual} vs ${expected})`);

  return cells.map((polygons, index): Polygon | MultiPolygon => {
    const coordinates = polygons.map((rings) => rings.map((ring) => ring.map(([x, y]) => [x / unit, y / unit])));
    const cell: Polygon | MultiPolygon =
      coordinates.length === 1
        ? { type: 'Polygon', coordinates: coordinates[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates };
    const seed = seeds[index] as PartitionSeed;
    // Moving crossings to boundary vertices can only go wrong on a boundary far coarser than the cells.
    if (!booleanPointInPolygon(seed.position, cell))
      throw new Error(`Seed "${seed.id}" is not inside its own cell after snapping; densify the boundary`);
    return cell;
  });
}
