import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBuiltUpArea } from '../../geodata/scripts/built-up/build-built-up-area.ts';
import { parseCsv } from '../../geodata/scripts/parse-csv.ts';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { validateGeometry } from '../../server/spatial/validate-geometry.ts';

const read = (name: string) => readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8');
const countyWgs84 = read('xinfu-county.wgs84.geojson');
const seatsCsv = read('xinfu-township-seats.approx.csv');
const committed = read('xinfu-built-up-area.approx.geojson');
const outline = JSON.parse(committed) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
const county = (JSON.parse(countyWgs84) as FeatureCollection<Polygon | MultiPolygon>).features[0]?.geometry;

describe('geodata/xinfu-built-up-area.approx.geojson', () => {
  const feature = outline.features[0];
  if (!feature || !county) throw new Error('outline or county missing');

  it('is the build output, byte for byte', () => {
    expect(buildBuiltUpArea({ countyWgs84, seatsCsv })).toBe(committed);
  });

  it('is one valid polygon marked provisional and approximate, saying how it was made', () => {
    expect(outline.features).toHaveLength(1);
    expect(validateGeometry(feature.geometry, { maxVertices: Infinity }).ok).toBe(true);
    expect(feature.properties).toMatchObject({ provisional: true, provenance: 'approximate' });
    expect(String(feature.properties.method)).toMatch(/示意.*凸包.*1\.5 km/);
  });

  it('lies inside the county and holds all 7 subdistrict seats', () => {
    const rings =
      feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
    for (const p of rings.flat()) expect(pointInPolygon(p, county)).toBe(true);
    const seats = parseCsv(seatsCsv, 'seats.csv').filter((s) => s.name?.endsWith('街道'));
    expect(seats).toHaveLength(7);
    for (const s of seats) expect(pointInPolygon([Number(s.lon), Number(s.lat)], feature.geometry)).toBe(true);
  });

  it('measures a few tens of km², as its areaKm2 says', () => {
    const km2 = geodesicAreaKm2(feature.geometry);
    expect(km2).toBeGreaterThan(20);
    expect(km2).toBeLessThan(120);
    expect(feature.properties.areaKm2).toBeCloseTo(km2, 3);
  });
});
