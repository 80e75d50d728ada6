import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import { circlePolygon } from '../../server/spatial/circle-polygon.ts';
import { geodesicAreaKm2, geodesicPerimeterKm } from '../../server/spatial/geodesic-area.ts';
import { createAreaIntersector } from '../../server/spatial/intersection-area.ts';
import { intersectPolygons } from '../../server/spatial/intersect-polygons.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { preparePolygon } from '../../server/spatial/prepared-polygon.ts';
import { validateGeometry } from '../../server/spatial/validate-geometry.ts';
import { expectGolden, goldenCases } from './golden.ts';

type Areal = Polygon | MultiPolygon;

describe('validateGeometry (golden)', () => {
  it.each(goldenCases('validate-geometry').map((c) => [c.name, c]))('%s', (_, testCase) => {
    const input = testCase.input as Feature;
    const result = validateGeometry(input.geometry);
    // Output: the problems as features (a Point where the problem is located), or the accepted geometry.
    const out: FeatureCollection = result.ok
      ? {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { ok: true, vertices: result.vertices, warnings: result.warnings },
              geometry: result.geometry,
            },
          ],
        }
      : {
          type: 'FeatureCollection',
          features: result.problems.map(
            (p) =>
              ({
                type: 'Feature',
                properties: { ...p },
                geometry: p.at ? { type: 'Point', coordinates: p.at } : null,
              }) as Feature,
          ),
        };
    expectGolden(testCase, out);
    // The fixture's name says whether it is valid.
    expect(result.ok, JSON.stringify(result)).toBe(
      testCase.name.startsWith('valid') || testCase.name === 'hole-touching-shell',
    );
  });
});

describe('circlePolygon (golden)', () => {
  it.each(goldenCases('circle-polygon').map((c) => [c.name, c]))('%s', (_, testCase) => {
    const input = testCase.input as Feature<Point, { radiusM: number; vertices: number }>;
    const center = input.geometry.coordinates as [number, number];
    const { radiusM, vertices } = input.properties;
    const circle = circlePolygon(center, radiusM, vertices);
    expectGolden(testCase, {
      type: 'Feature',
      properties: { radiusM, vertices, areaKm2: geodesicAreaKm2(circle), perimeterKm: geodesicPerimeterKm(circle) },
      geometry: circle,
    });

    // Independent checks: every vertex at the radius (geodesic inverse), the n-gon area, valid and counter-clockwise.
    const ring = circle.coordinates[0] as Position[];
    expect(ring).toHaveLength(vertices + 1);
    for (const [lon, lat] of ring as [number, number][]) {
      expect(geodesic.Geodesic.WGS84.Inverse(center[1], center[0], lat, lon).s12).toBeCloseTo(radiusM, 6);
    }
    const polygonFactor = (vertices * Math.sin((2 * Math.PI) / vertices)) / (2 * Math.PI);
    expect(geodesicAreaKm2(circle) / ((Math.PI * radiusM * radiusM * polygonFactor) / 1e6)).toBeCloseTo(1, 3);
    expect(validateGeometry(circle).ok).toBe(true);
  });
});

describe('intersectPolygons (golden) and createAreaIntersector (same areas)', () => {
  it.each(goldenCases('intersect-polygons').map((c) => [c.name, c]))('%s', (_, testCase) => {
    const [area, ...others] = (testCase.input as FeatureCollection<Areal>).features as Feature<Areal>[];
    if (!area) throw new Error('fixture has no area');
    const polygons = others.map((f) => ({ id: String(f.id), geometry: f.geometry }));
    const parts = intersectPolygons(area.geometry, polygons);
    expectGolden(testCase, {
      type: 'FeatureCollection',
      features: parts.map((p) => ({
        type: 'Feature',
        id: p.id,
        properties: { id: p.id, areaKm2: p.areaKm2 },
        geometry: p.geometry,
      })),
    });
    const fast = createAreaIntersector(area.geometry);
    for (const polygon of polygons) {
      const exact = fast.intersect(polygon.geometry);
      const turfArea = parts.find((p) => p.id === polygon.id)?.areaKm2 ?? 0;
      // Null only for touching boundaries; none of these fixtures has them.
      expect(exact, polygon.id).not.toBeNull();
      expect(Math.abs((exact?.areaKm2 ?? NaN) - turfArea), polygon.id).toBeLessThan(1e-9 * Math.max(1, turfArea));
    }
  });
});

describe('preparePolygon (golden)', () => {
  it.each(goldenCases('prepared-polygon').map((c) => [c.name, c]))('%s', (_, testCase) => {
    const geometry = (testCase.input as Feature<Areal>).geometry;
    const prepared = preparePolygon(geometry);
    // A 41 × 41 grid over the box (it hits edges and vertices of the axis-aligned fixtures) and every vertex.
    const [minX, minY, maxX, maxY] = bboxOf(geometry);
    const points: Position[] = [];
    for (let i = 0; i <= 40; i++)
      for (let j = 0; j <= 40; j++) points.push([minX + ((maxX - minX) * i) / 40, minY + ((maxY - minY) * j) / 40]);
    points.push(...(geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2)));
    const inside = points.filter(([x, y]) => prepared.contains(x as number, y as number));
    expectGolden(testCase, {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { inside: true, count: inside.length },
          geometry: { type: 'MultiPoint', coordinates: inside },
        },
        {
          type: 'Feature',
          properties: { inside: false, count: points.length - inside.length },
          geometry: { type: 'MultiPoint', coordinates: points.filter((p) => !inside.includes(p)) },
        },
      ],
    });
    for (const p of points)
      expect(prepared.contains(p[0] as number, p[1] as number), p.join(',')).toBe(pointInPolygon(p, geometry));
  });
});
