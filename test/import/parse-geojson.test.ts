import type { FeatureCollection, Polygon } from 'geojson';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { parseGeoJson } from '../../server/import/parse-geojson.ts';
import { toWgs84 } from '../../server/import/to-wgs84.ts';
import { maxVertexDistanceM, readFixture, utf8 } from './fixtures.ts';

const original = JSON.parse(
  new TextDecoder().decode(readFixture('townships.wgs84.geojson')),
) as FeatureCollection<Polygon>;
const json = (value: unknown) => utf8(JSON.stringify(value));
const named = (name: string) => ({ type: 'name', properties: { name } });
/** A counter-clockwise square polygon of side 0.01° (coordinates rounded, as the parser rounds to 1e-7°). */
const square = (lon: number, lat: number) => {
  const r = (v: number) => Math.round(v * 1e7) / 1e7;
  const [east, north] = [r(lon + 0.01), r(lat + 0.01)];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [east, lat],
        [east, north],
        [lon, north],
        [lon, lat],
      ],
    ],
  };
};

/**
 * Northing of latitude `lat` on a Gauss-Kruger central meridian: the meridian arc from the equator (geographiclib, an
 * oracle independent of proj4).
 */
const meridianArcM = (lat: number): number => geodesic.Geodesic.WGS84.Inverse(0, 111, lat, 111).s12 as number;

describe('parseGeoJson: legacy crs member', () => {
  it('reprojects the EPSG:4546 township fixture to the original WGS84 polygons within 1 m', () => {
    const result = parseGeoJson(readFixture('townships-epsg4546.geojson'));
    expect(result.crs).toBe('CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)');
    expect(result.problems).toEqual([]);
    expect(result.features).toHaveLength(3);
    result.features.forEach((feature, i) => {
      expect(maxVertexDistanceM(feature.geometry, original.features[i]!.geometry)).toBeLessThan(1);
    });
    expect(result.features.map((f) => f.properties.XZQMC)).toEqual(['奇村镇', '庄磨镇', '豆罗镇']);
  });

  it('puts a point on the central meridian where the meridian arc says (EPSG:4546, 4547, zone 37 = 4525)', () => {
    const northing = meridianArcM(38.4);
    for (const [code, easting, lon] of [
      [4546, 500_000, 111],
      [4547, 500_000, 114],
      [4525, 37_500_000, 111],
    ] as const) {
      const result = parseGeoJson(
        json({
          type: 'Feature',
          crs: named(`urn:ogc:def:crs:EPSG::${code}`),
          properties: {},
          geometry: { type: 'Point', coordinates: [easting, northing] },
        }),
      );
      expect(result.problems, `EPSG:${code}`).toEqual([]);
      const point = result.features[0]?.geometry;
      expect(point).toEqual({ type: 'Point', coordinates: [lon, 38.4] });
    }
  });

  it('accepts CRS84, EPSG:4326 and EPSG:4490 as WGS84', () => {
    for (const name of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4490']) {
      const result = parseGeoJson(
        json({
          type: 'FeatureCollection',
          crs: named(name),
          features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [112.7, 38.4] } }],
        }),
      );
      expect(result.problems, name).toEqual([]);
      expect(result.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [112.7, 38.4] });
    }
  });

  it('refuses any other CRS, naming it', () => {
    for (const name of ['urn:ogc:def:crs:EPSG::2383', 'urn:ogc:def:crs:EPSG::32649', 'urn:ogc:def:crs:ESRI::102025']) {
      const result = parseGeoJson(
        json({
          type: 'FeatureCollection',
          crs: named(name),
          features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [500000, 4250000] } }],
        }),
      );
      expect(result.features).toEqual([]);
      expect(result.problems).toEqual([
        expect.objectContaining({
          row: null,
          field: 'crs',
          severity: 'error',
          problem: expect.stringContaining(`unsupported CRS: "${name}"`),
        }),
      ]);
    }
  });

  it('refuses projected metres without a crs member', () => {
    const { features } = JSON.parse(
      new TextDecoder().decode(readFixture('townships-epsg4546.geojson')),
    ) as FeatureCollection;
    const result = parseGeoJson(json({ type: 'FeatureCollection', features }));
    expect(result.features).toEqual([]);
    expect(result.problems[0]?.problem).toMatch(
      /^coordinates look projected \(metres\), e\.g\. \[\d+\.?\d*, \d+\.?\d*\]; declare the CRS/,
    );
  });

  it('refuses degrees under a projected crs member', () => {
    const result = parseGeoJson(
      json({
        type: 'Feature',
        crs: named('EPSG:4546'),
        properties: {},
        geometry: { type: 'Point', coordinates: [112.7, 38.4] },
      }),
    );
    expect(result.features).toEqual([]);
    expect(result.problems[0]?.problem).toMatch(/look like longitude\/latitude degrees/);
  });
});

describe('parseGeoJson: geometry checks', () => {
  it('reports a self-intersecting polygon with its feature number and keeps the others', () => {
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [112.7, 38.4],
          [112.72, 38.42],
          [112.72, 38.4],
          [112.7, 38.42],
          [112.7, 38.4],
        ],
      ],
    };
    const result = parseGeoJson(
      json({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'ok' }, geometry: square(112.6, 38.5) },
          { type: 'Feature', properties: { name: 'bow tie' }, geometry: bowTie },
        ],
      }),
    );
    expect(result.features.map((f) => f.row)).toEqual([1]);
    expect(result.problems).toEqual([
      {
        row: 2,
        field: 'geometry',
        severity: 'error',
        problem: expect.stringMatching(/^feature 2: ring 0 \(outer\) intersects itself: .* at \[112\.71, 38\.41\]/),
      },
    ]);
  });

  it('reports bad types, unclosed rings, non-numbers and missing geometry per feature', () => {
    const unclosed = {
      type: 'Polygon',
      coordinates: [
        [
          [112.7, 38.4],
          [112.71, 38.4],
          [112.71, 38.41],
          [112.7, 38.41],
        ],
      ],
    };
    const result = parseGeoJson(
      json({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [112.7, 38.4] } },
          { type: 'Feature', properties: {}, geometry: unclosed },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [112.7, null] } },
          { type: 'Feature', properties: {}, geometry: null },
          { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[112.7, 38.4]] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [112.7, 38.4] } },
        ],
      }),
    );
    expect(result.features.map((f) => f.row)).toEqual([6]);
    expect(result.problems.map((p) => [p.row, p.severity])).toEqual([
      [1, 'error'],
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(result.problems[0]?.problem).toMatch(/unknown geometry type "Circle"/);
    expect(result.problems[1]?.problem).toMatch(/not closed/);
    expect(result.problems[2]?.problem).toMatch(/two or three finite numbers/);
    expect(result.problems[3]?.problem).toMatch(/no geometry/);
    expect(result.problems[4]?.problem).toMatch(/a line needs at least 2/);
  });

  it('refuses deeply nested GeometryCollections without overflowing the stack', () => {
    const nestedCollections = (depth: number) =>
      `${'{"type":"GeometryCollection","geometries":['.repeat(depth)}` +
      `{"type":"Point","coordinates":[112.7,38.4]}${']}'.repeat(depth)}`;
    const result = parseGeoJson(utf8(nestedCollections(6)));
    expect(result.features).toEqual([]);
    expect(result.problems[0]?.problem).toMatch(/nests GeometryCollections more than 4 deep/);
    const deeper = parseGeoJson(utf8(nestedCollections(5000)));
    expect(deeper.features).toEqual([]);
    expect(deeper.problems).toEqual([
      expect.objectContaining({
        row: null,
        problem: expect.stringMatching(
          /^the file nests arrays and objects more than 32 levels deep \(at character \d+\)/,
        ),
      }),
    ]);
  });

  it('refuses coordinates nested 100,000 deep as a whole-file error, not a stack overflow (issue 12, probe 5)', () => {
    const text =
      '{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":' +
      `${'['.repeat(100_000)}0${']'.repeat(100_000)}}}`;
    const result = parseGeoJson(utf8(text));
    expect(result.features).toEqual([]);
    expect(result.problems[0]?.problem).toBe(
      'the file nests arrays and objects more than 32 levels deep (at character 116); GeoJSON needs at most 8',
    );
  });

  it('reports positions outside China, saying when they look swapped', () => {
    const result = parseGeoJson(json({ type: 'Point', coordinates: [38.4, 112.7] }));
    expect(result.features).toEqual([]);
    expect(result.problems[0]?.problem).toMatch(/^feature 1: .*swapped/);
  });

  it('rewinds polygons as RFC 7946 asks (outer ring counter-clockwise)', () => {
    const clockwise = { type: 'Polygon', coordinates: [square(112.7, 38.4).coordinates[0]!.slice().reverse()] };
    const result = parseGeoJson(json(clockwise));
    expect(result.features[0]?.geometry).toEqual(square(112.7, 38.4));
  });
});

describe('parseGeoJson: input forms', () => {
  it('reads a bare geometry and a single Feature, keeping properties and id', () => {
    expect(parseGeoJson(json({ type: 'Point', coordinates: [112.7, 38.4] })).features).toEqual([
      { row: 1, properties: {}, geometry: { type: 'Point', coordinates: [112.7, 38.4] } },
    ]);
    const feature = parseGeoJson(
      json({
        type: 'Feature',
        id: 'S-1',
        properties: { 名称: ' 示例 ', n: 3, ok: true, tags: ['a'] },
        geometry: { type: 'Point', coordinates: [112.7, 38.4] },
      }),
    );
    expect(feature.features[0]?.properties).toEqual({ 名称: '示例', n: 3, ok: true, tags: '["a"]', id: 'S-1' });
  });

  it('applies a declared GCJ-02 when the file has no crs member', () => {
    const result = parseGeoJson(json({ type: 'Point', coordinates: [112.74, 38.42] }), { crs: 'gcj02' });
    expect(result.crs).toBe('GCJ-02');
    expect(result.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: toWgs84(112.74, 38.42, 'gcj02').map((v) => Math.round(v * 1e7) / 1e7),
    });
  });

  it('prefers the crs member over a declared GCJ-02, with a warning', () => {
    const result = parseGeoJson(
      json({
        type: 'Feature',
        crs: named('EPSG:4326'),
        properties: {},
        geometry: { type: 'Point', coordinates: [112.74, 38.42] },
      }),
      { crs: 'gcj02' },
    );
    expect(result.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [112.74, 38.42] });
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'crs' })]);
  });

  it('refuses text that is not JSON or not GeoJSON', () => {
    expect(parseGeoJson(utf8('{"type": "FeatureCollection",')).problems[0]?.problem).toMatch(
      /^the file is not valid JSON/,
    );
    expect(parseGeoJson(json({ type: 'Topology', objects: {} })).problems[0]?.problem).toMatch(
      /^the file is not GeoJSON: type "Topology"/,
    );
    expect(parseGeoJson(json({ type: 'FeatureCollection', features: [] })).problems[0]?.problem).toBe(
      'the file has no features',
    );
  });
});
