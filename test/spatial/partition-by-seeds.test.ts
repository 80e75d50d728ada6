import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { partitionBySeeds, type PartitionSeed } from '../../server/spatial/partition-by-seeds.ts';
import { gapM2, tilingEdgeDefects, totalOverlapM2 } from './tiling-checks.ts';

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

/** Planar area in degrees², exact for the grid coordinates used here. */
function planarArea(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      let twice = 0;
      for (let k = 0; k + 1 < ring.length; k++) {
        const [x1 = 0, y1 = 0] = ring[k] ?? [];
        const [x2 = 0, y2 = 0] = ring[k + 1] ?? [];
        twice += x1 * y2 - x2 * y1;
      }
      total += (i === 0 ? 1 : -1) * Math.abs(twice / 2);
    });
  }
  return total;
}

/** The vertices of a single-ring polygon as a sorted list, to compare cells regardless of start and direction. */
const vertexSet = (geometry: Polygon | MultiPolygon): string[] =>
  (geometry.type === 'Polygon' ? (geometry.coordinates[0] ?? []) : [])
    .slice(0, -1)
    .map((p) => p.join(','))
    .sort();

const seeds = (...positions: Position[]): PartitionSeed[] =>
  positions.map((position, i) => ({ id: `s${i}`, position }));

/** Deterministic PRNG (mulberry32) for sample points. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('partitionBySeeds', () => {
  it('splits a square into its four quadrants for four symmetric seeds, in seed order', () => {
    const cells = partitionBySeeds(square(0, 0, 2), seeds([0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5]));
    expect(cells.map(vertexSet)).toEqual([
      ['0,0', '0,1', '1,0', '1,1'],
      ['1,0', '1,1', '2,0', '2,1'],
      ['1,1', '1,2', '2,1', '2,2'],
      ['0,1', '0,2', '1,1', '1,2'],
    ]);
    expect(cells.map(planarArea)).toEqual([1, 1, 1, 1]);
    // Geodesically the cells tile the square with its edge midpoints as vertices (a geodesic from
    // (0,2) to (2,2) is not the two geodesics via (1,2)).
    const withMidpoints: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [2, 0],
          [2, 1],
          [2, 2],
          [1, 2],
          [0, 2],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const total = cells.reduce((sum, cell) => sum + geodesicAreaKm2(cell), 0);
    expect(Math.abs(total / geodesicAreaKm2(withMidpoints) - 1)).toBeLessThan(1e-12);
  });

  it('puts the boundary between two seeds half-way, giving exact areas 1 and 2', () => {
    const rectangle: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const cells = partitionBySeeds(rectangle, seeds([0.5, 0.5], [1.5, 0.5]));
    expect(cells.map(planarArea)).toEqual([1, 2]);
    expect(cells.map(vertexSet)).toEqual([
      ['0,0', '0,1', '1,0', '1,1'],
      ['1,0', '1,1', '3,0', '3,1'],
    ]);
  });

  it("moves a boundary crossing to the nearest grid point on the boundary edge, here the edge's end", () => {
    // The cell edge x = 1 meets the slanted top edge (0,1)–(1.000001,1.2) at a point no 1e-6 grid point
    // on that edge matches except its ends; it meets the bottom edge at (1,0), a grid point, kept as is.
    const area: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1.000001, 1.2],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const cells = partitionBySeeds(area, seeds([0.5, 0.5], [1.5, 0.5]));
    expect(cells.map(vertexSet)).toEqual([
      ['0,0', '0,1', '1,0', '1.000001,1.2'],
      ['1,0', '1.000001,1.2', '2,0', '2,1'],
    ]);
    expect(tilingEdgeDefects(area, cells)).toEqual([]);
  });

  it('tiles a concave area exactly: no overlaps, no gaps, shared vertices on every common edge', () => {
    // A U shape (on the 1e-6 grid), and seeds whose cell edges cross the boundary at awkward places.
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2.123457, 3],
          [2.123457, 1.000003],
          [0.9, 1.000003],
          [0.9, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const cells = partitionBySeeds(u, seeds([0.3, 2.7], [2.7, 2.2], [1.5, 0.4], [0.2, 0.2], [2.9, 0.9], [0.45, 1.3]));
    expect(cells).toHaveLength(6);
    expect(tilingEdgeDefects(u, cells)).toEqual([]);
    expect(totalOverlapM2(cells)).toBeLessThan(1);
    expect(gapM2(u, cells)).toBeLessThan(1);
    expect(cells.reduce((sum, cell) => sum + planarArea(cell), 0)).toBeCloseTo(planarArea(u), 9);
  });

  it(
    'assigns every sample point to its nearest seed on the ground ' + '(longitudes scaled by cos of the mid-latitude)',
    () => {
      const area = square(10, 59, 2); // at 60°N a degree of longitude is half a degree of latitude on the ground
      const positions: Position[] = [
        [10.3, 59.4],
        [11.6, 59.5],
        [10.8, 60.7],
        [11.2, 60.1],
        [10.5, 60.0],
      ];
      const cells = partitionBySeeds(area, seeds(...positions));
      const scale = Math.cos((60 * Math.PI) / 180);
      const random = mulberry32(42);
      let checked = 0;
      for (let n = 0; n < 400; n++) {
        const p: Position = [10 + 2 * random(), 59 + 2 * random()];
        const distances = positions.map(([x = 0, y = 0]) =>
          Math.hypot(((p[0] as number) - x) * scale, (p[1] as number) - y),
        );
        const sorted = [...distances].sort((a, b) => a - b);
        if ((sorted[1] as number) - (sorted[0] as number) < 1e-4) continue; // too close to a cell edge to judge
        const owner = cells.findIndex((cell) => booleanPointInPolygon(p, cell));
        expect(owner).toBe(distances.indexOf(sorted[0] as number));
        checked++;
      }
      expect(checked).toBeGreaterThan(390);
      // In plain degrees (lonScale 1) the cells differ.
      const degreeCells = partitionBySeeds(area, seeds(...positions), { lonScale: 1 });
      expect(degreeCells.map(planarArea)).not.toEqual(cells.map(planarArea));
    },
  );

  it('tiles an area that is not on the grid as rounded to the grid', () => {
    const offGrid = square(0.00000049, 0.1234567, 0.99999999); // rounds to square(0, 0.123457, 1)
    const onGrid = square(0, 0.123457, 1);
    const cells = partitionBySeeds(offGrid, seeds([0.2, 0.3], [0.8, 0.9]));
    expect(tilingEdgeDefects(onGrid, cells)).toEqual([]);
    expect(cells.reduce((sum, cell) => sum + planarArea(cell), 0)).toBeCloseTo(1, 12);
  });

  it('rounds every output coordinate to the requested grid', () => {
    const cells = partitionBySeeds(square(0, 0, 1), seeds([0.1234567, 0.2], [0.7, 0.81]), { decimals: 3 });
    for (const value of cells.flatMap((cell) => (cell as Polygon).coordinates.flat(2))) {
      expect(Math.abs(value * 1000 - Math.round(value * 1000))).toBeLessThan(1e-9);
    }
  });

  it('throws, naming the seed, when a seed lies outside the area', () => {
    const run = () =>
      partitionBySeeds(square(0, 0, 1), [
        { id: 'inside', position: [0.5, 0.5] },
        { id: '奇村镇', position: [1.5, 0.5] },
      ]);
    expect(run).toThrow(/Seed "奇村镇" at \[1.5, 0.5\] lies outside/);
  });

  it('throws when two seeds share a position', () => {
    expect(() => partitionBySeeds(square(0, 0, 1), seeds([0.5, 0.5], [0.5, 0.5]))).toThrow(
      /repeats the position of seed "s0"/,
    );
  });
});
