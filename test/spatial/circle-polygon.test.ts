import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { circlePolygon } from '../../server/spatial/circle-polygon.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { validateGeometry } from '../../server/spatial/validate-geometry.ts';

describe('circlePolygon', () => {
  it('is closed, counter-clockwise, starts due north and contains its centre', () => {
    const circle = circlePolygon([112.734, 38.417], 2000, 64);
    const ring = circle.coordinates[0] as Position[];
    expect(ring).toHaveLength(65);
    expect(ring[64]).toEqual(ring[0]);
    expect(ring[0]?.[0]).toBeCloseTo(112.734, 12);
    expect(ring[0]?.[1]).toBeGreaterThan(38.417);
    let twice = 0;
    for (let k = 0; k + 1 < ring.length; k++)
      twice +=
        (ring[k]?.[0] as number) * (ring[k + 1]?.[1] as number) -
        (ring[k + 1]?.[0] as number) * (ring[k]?.[1] as number);
    expect(twice).toBeGreaterThan(0);
    expect(pointInPolygon([112.734, 38.417], circle)).toBe(true);
  });

  it('defaults to 128 vertices and refuses fewer than 64, non-positive radii and bad centres', () => {
    expect(circlePolygon([0, 0], 10).coordinates[0]).toHaveLength(129);
    expect(() => circlePolygon([0, 0], 10, 32)).toThrow(/vertices must be an integer ≥ 64/);
    expect(() => circlePolygon([0, 0], 0)).toThrow(/positive/);
    expect(() => circlePolygon([0, 95], 10)).toThrow(/not a \[lon, lat\]/);
  });

  it('unrolls longitudes across the antimeridian, which validation then rejects as out of range', () => {
    const circle = circlePolygon([179.99, 0], 5000, 64);
    expect(Math.max(...(circle.coordinates[0] as Position[]).map((p) => p[0] as number))).toBeGreaterThan(180);
    expect(validateGeometry(circle)).toMatchObject({ ok: false, problems: [{ code: 'out-of-range' }] });
  });
});
