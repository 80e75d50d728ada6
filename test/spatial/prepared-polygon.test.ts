import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { preparePolygon } from '../../server/spatial/prepared-polygon.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { createRng } from '../../seeds/random.ts';
import { latticePolygon, randomArea } from './random-shapes.ts';

/** Random points in and around the box, plus every vertex and every edge's midpoint and quarter points. */
function probes(geometry: Polygon | MultiPolygon, random: () => number, count: number): Position[] {
  const [minX, minY, maxX, maxY] = bboxOf(geometry);
  const padX = (maxX - minX) * 0.1;
  const padY = (maxY - minY) * 0.1;
  const points: Position[] = [];
  for (let i = 0; i < count; i++)
    points.push([minX - padX + random() * (maxX - minX + 2 * padX), minY - padY + random() * (maxY - minY + 2 * padY)]);
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (let k = 0; k + 1 < ring.length; k++) {
      const [ax, ay] = ring[k] as [number, number];
      const [bx, by] = ring[k + 1] as [number, number];
      points.push([ax, ay], [(ax + bx) / 2, (ay + by) / 2], [ax + (bx - ax) / 4, ay + (by - ay) / 4]);
    }
  }
  return points;
}

describe('preparePolygon', () => {
  it('answers exactly as pointInPolygon on 150 seeded random polygons with holes and multipolygons', () => {
    const rng = createRng('prepared-polygon-oracle');
    let tested = 0;
    let inside = 0;
    for (let n = 0; n < 150; n++) {
      const geometry = randomArea(rng, 112.7, 38.4, 0.1, 300);
      const prepared = preparePolygon(geometry);
      for (const p of probes(geometry, () => rng.next(), 300)) {
        const expected = pointInPolygon(p, geometry);
        expect(prepared.contains(p[0] as number, p[1] as number), `${n}: ${p.join(',')}`).toBe(expected);
        tested++;
        if (expected) inside++;
      }
    }
    expect(tested).toBeGreaterThan(50_000);
    expect(inside / tested).toBeGreaterThan(0.2);
  });

  it('agrees on lattice polygons, where many points lie exactly on edges and vertices', () => {
    const rng = createRng('prepared-polygon-lattice');
    let onBoundary = 0;
    for (let n = 0; n < 50; n++) {
      const size = rng.int(4, 30);
      const geometry = latticePolygon(rng, size);
      const prepared = preparePolygon(geometry, { cellsPerEdge: rng.int(1, 64) });
      for (let x = -1; x <= size + 1; x += 0.5) {
        for (let y = -1; y <= size + 1; y += 0.5) {
          const expected = pointInPolygon([x, y], geometry);
          expect(prepared.contains(x, y), `${n}: ${x},${y}`).toBe(expected);
          if (expected && !pointInPolygon([x + 1e-9, y + 1e-9], geometry)) onBoundary++;
        }
      }
    }
    expect(onBoundary).toBeGreaterThan(100);
  });

  it('agrees on every township of the real partition, probed densely', () => {
    const rng = createRng('prepared-polygon-townships');
    for (const township of loadReferenceData().townships) {
      const prepared = preparePolygon(township.geometry);
      for (const p of probes(township.geometry, () => rng.next(), 3000)) {
        expect(prepared.contains(p[0] as number, p[1] as number), `${township.code} ${p.join(',')}`).toBe(
          pointInPolygon(p, township.geometry),
        );
      }
    }
  });

  it('handles degenerate input like pointInPolygon: empty, zero-area, unclosed', () => {
    const cases: Array<Polygon | MultiPolygon> = [
      { type: 'MultiPolygon', coordinates: [] },
      { type: 'Polygon', coordinates: [] },
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [2, 0],
            [0, 0],
          ],
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 2],
          ],
        ],
      },
    ];
    for (const geometry of cases) {
      const prepared = preparePolygon(geometry);
      for (const p of [
        [0, 0],
        [1, 0],
        [1, 1],
        [0.5, 1.5],
        [3, 3],
        [1, 2],
      ] as Position[]) {
        expect(prepared.contains(p[0] as number, p[1] as number), `${JSON.stringify(geometry)} ${p.join(',')}`).toBe(
          pointInPolygon(p, geometry),
        );
      }
    }
  });

  it('rejects points outside the box without testing edges, and keeps the geometry', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const prepared = preparePolygon(square);
    expect(prepared.bbox).toEqual([0, 0, 1, 1]);
    expect(prepared.geometry).toBe(square);
    expect(prepared.contains(Number.NaN, 0.5)).toBe(false);
    expect(prepared.contains(1.0000001, 0.5)).toBe(false);
    expect(prepared.contains(1, 0.5)).toBe(true);
  });
});
