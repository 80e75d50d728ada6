import type { MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { createPolygonLocator } from '../../server/spatial/polygon-locator.ts';
import { createRng } from '../../seeds/random.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [4, 4],
      [4, 6],
      [6, 6],
      [6, 4],
      [4, 4],
    ],
  ],
};

describe('pointInPolygon', () => {
  it('tells inside from outside', () => {
    expect(pointInPolygon([5, 5], square)).toBe(true);
    expect(pointInPolygon([11, 5], square)).toBe(false);
    expect(pointInPolygon([-0.000001, 5], square)).toBe(false);
  });

  it('counts edges and vertices of the outer ring as inside', () => {
    expect(pointInPolygon([0, 5], square)).toBe(true);
    expect(pointInPolygon([10, 10], square)).toBe(true);
    expect(pointInPolygon([5, 0], square)).toBe(true);
  });

  it('excludes holes but keeps their boundary', () => {
    expect(pointInPolygon([5, 5], withHole)).toBe(false);
    expect(pointInPolygon([3, 5], withHole)).toBe(true);
    expect(pointInPolygon([4, 5], withHole)).toBe(true);
  });

  it('handles MultiPolygons', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        [
          [
            [20, 20],
            [30, 20],
            [30, 30],
            [20, 20],
          ],
        ],
      ],
    };
    expect(pointInPolygon([25, 22], multi)).toBe(true);
    expect(pointInPolygon([15, 15], multi)).toBe(false);
  });

  it('agrees with Turf on 20,000 seeded random points around the real county', () => {
    const county = loadReferenceData().county;
    const [minLon, minLat, maxLon, maxLat] = bboxOf(county);
    const rng = createRng('pip-oracle');
    let inside = 0;
    for (let i = 0; i < 20_000; i++) {
      const p: [number, number] = [rng.range(minLon - 0.05, maxLon + 0.05), rng.range(minLat - 0.05, maxLat + 0.05)];
      const ours = pointInPolygon(p, county);
      expect(ours, p.join(',')).toBe(booleanPointInPolygon(p, county));
      if (ours) inside++;
    }
    expect(inside).toBeGreaterThan(5_000);
  });
});

describe('createPolygonLocator', () => {
  it('finds the township of a point, and null outside every township', () => {
    const { townships } = loadReferenceData();
    const locate = createPolygonLocator(townships.map((t) => ({ id: t.code, geometry: t.geometry })));
    for (const t of townships) expect(locate(t.seat[0], t.seat[1])).toBe(t.code);
    expect(locate(112.0, 38.0)).toBeNull();
  });
});
