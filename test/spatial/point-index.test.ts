import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import { createPointIndex } from '../../server/spatial/point-index.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { preparePolygon } from '../../server/spatial/prepared-polygon.ts';
import { createRng } from '../../seeds/random.ts';
import { randomArea } from './random-shapes.ts';

/** 30,000 seeded points around (112.7, 38.4): uniform, clustered, and some repeated. */
function createPoints(seed: string): { lons: Float64Array; lats: Float64Array } {
  const rng = createRng(seed);
  const n = 30_000;
  const lons = new Float64Array(n);
  const lats = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && rng.chance(0.05)) {
      const j = rng.int(0, i - 1);
      lons[i] = lons[j] as number;
      lats[i] = lats[j] as number;
    } else if (rng.chance(0.5)) {
      lons[i] = rng.normal(112.7, 0.03);
      lats[i] = rng.normal(38.4, 0.03);
    } else {
      lons[i] = rng.range(112.45, 112.95);
      lats[i] = rng.range(38.15, 38.65);
    }
  }
  return { lons, lats };
}

describe('createPointIndex', () => {
  it('finds exactly the points brute force finds, for 120 seeded random polygons with holes and multipolygons', () => {
    const { lons, lats } = createPoints('point-index-oracle');
    const index = createPointIndex(lons, lats);
    const rng = createRng('point-index-shapes');
    let total = 0;
    for (let n = 0; n < 120; n++) {
      const geometry = randomArea(rng, rng.range(112.55, 112.85), rng.range(38.25, 38.55), rng.range(0.005, 0.2), 150);
      const [minX, minY, maxX, maxY] = bboxOf(geometry);
      const found: number[] = [];
      index.forEachInPolygon(preparePolygon(geometry), (i) => found.push(i));
      const expected: number[] = [];
      for (let i = 0; i < lons.length; i++) {
        const x = lons[i] as number;
        const y = lats[i] as number;
        if (x >= minX && x <= maxX && y >= minY && y <= maxY && pointInPolygon([x, y], geometry)) expected.push(i);
      }
      expect(
        found.sort((a, b) => a - b),
        `shape ${n}`,
      ).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(30_000);
  });

  it('counts points exactly on the boundary, as pointInPolygon does', () => {
    const ring: Position[] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const lons = Float64Array.of(0, 1, 2, 1, 3, 1);
    const lats = Float64Array.of(0, 0, 1, 1, 1, 2.0000001);
    const found: number[] = [];
    createPointIndex(lons, lats).forEachInPolygon(preparePolygon({ type: 'Polygon', coordinates: [ring] }), (i) =>
      found.push(i),
    );
    expect(found.sort()).toEqual([0, 1, 2, 3]);
  });

  it('finds exactly the points in a box, boundary included', () => {
    const { lons, lats } = createPoints('point-index-box');
    const index = createPointIndex(lons, lats);
    const box: [number, number, number, number] = [112.68, 38.38, 112.72, 38.43];
    const found: number[] = [];
    index.forEachInBbox(box, (i) => found.push(i));
    const expected = [...lons.keys()].filter(
      (i) =>
        (lons[i] as number) >= box[0] &&
        (lons[i] as number) <= box[2] &&
        (lats[i] as number) >= box[1] &&
        (lats[i] as number) <= box[3],
    );
    expect(found.sort((a, b) => a - b)).toEqual(expected);
  });

  it('works when empty and rejects arrays of different lengths', () => {
    const empty = createPointIndex(new Float64Array(0), new Float64Array(0));
    let calls = 0;
    empty.forEachInBbox([-180, -90, 180, 90], () => calls++);
    expect(calls).toBe(0);
    expect(() => createPointIndex([1, 2], [3])).toThrow(/2 longitudes but 1 latitudes/);
  });
});
