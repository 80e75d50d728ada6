import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildGeodata, SOURCE_FILES } from '../../geodata/scripts/build-geodata.ts';
import type { TownshipProperties } from '../../geodata/scripts/build-townships.ts';
import { parseCsv } from '../../geodata/scripts/parse-csv.ts';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { decimalsOf, gapM2, tilingEdgeDefects, totalOverlapM2 } from '../spatial/tiling-checks.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const geodataDir = resolve(repoRoot, 'geodata');
/** The build's source files, kept in the repository (see geodata/sources/SOURCES.md). */
const sourceDir = resolve(geodataDir, 'sources');

const readCommitted = (name: string): string => readFileSync(resolve(geodataDir, name), 'utf8');
const readGeoJson = <G extends Geometry, P>(name: string) => JSON.parse(readCommitted(name)) as FeatureCollection<G, P>;

function loadTownships() {
  const townships = readGeoJson<Polygon | MultiPolygon, TownshipProperties>('xinfu-townships.approx.geojson').features;
  const county = readGeoJson<MultiPolygon, unknown>('xinfu-county.wgs84.geojson').features[0]?.geometry;
  if (!county) throw new Error('geodata/xinfu-county.wgs84.geojson has no feature');
  return { townships, county, cells: townships.map((f) => f.geometry) };
}

describe('geodata/xinfu-townships.approx.geojson', () => {
  it('has one feature per township of xinfu-townships.csv, same codes and names, in code order', () => {
    const { townships } = loadTownships();
    const list = parseCsv(readCommitted('xinfu-townships.csv'), 'xinfu-townships.csv');
    expect(townships).toHaveLength(18);
    expect(townships.map((f) => [f.properties.code, f.properties.code12, f.properties.name])).toEqual(
      list.map((row) => [row.code9, row.code12, row.name]),
    );
    for (const { properties } of townships) {
      expect(Object.keys(properties)).toEqual([
        'code',
        'code12',
        'name',
        'nameEn',
        'kind',
        'seat',
        'areaKm2',
        'provenance',
        'method',
      ]);
      expect(properties.provenance).toBe('approximate');
      expect(properties.kind).toBe(
        { 街道: 'subdistrict', 镇: 'town', 乡: 'township' }[
          properties.name.endsWith('街道') ? '街道' : properties.name.slice(-1)
        ],
      );
      expect(properties.nameEn).toMatch(/^[A-Z][a-z]+ (Subdistrict|Town|Township)$/);
      expect(properties.method).toMatch(/Voronoi.*approximate.*seat.*clipped to the county boundary/);
    }
  });

  it('has every seat inside its own cell, at the position of xinfu-township-seats.approx.csv', () => {
    const { townships } = loadTownships();
    const seats = new Map(
      parseCsv(readCommitted('xinfu-township-seats.approx.csv'), 'seats').map((r) => [
        r.code9,
        [Number(r.lon), Number(r.lat)],
      ]),
    );
    for (const { properties, geometry } of townships) {
      expect(properties.seat).toEqual(seats.get(properties.code));
      expect(booleanPointInPolygon(properties.seat, geometry), `${properties.code} ${properties.name}`).toBe(true);
    }
  });

  it('has areas that add up to the county area (achieved: relative error below 1e-9)', () => {
    const { townships, county, cells } = loadTownships();
    const countyKm2 = geodesicAreaKm2(county);
    const sumKm2 = cells.reduce((sum, cell) => sum + geodesicAreaKm2(cell), 0);
    const relative = Math.abs(sumKm2 - countyKm2) / countyKm2;
    expect(relative).toBeLessThan(1e-3); // the requirement
    // What the build achieves: 6.7e-10 (1.3 m²), all from two cell edges that end on a grid point inside a
    // county edge, where the geodesic and the straight lon/lat reading of that edge differ.
    expect(relative).toBeLessThan(1e-9);
    // The stored, rounded areaKm2 values: each within rounding of the geometry's area.
    townships.forEach(({ properties }, i) =>
      expect(Math.abs(properties.areaKm2 - geodesicAreaKm2(cells[i] as Polygon))).toBeLessThanOrEqual(0.0005),
    );
    expect(Math.abs(townships.reduce((sum, f) => sum + f.properties.areaKm2, 0) - countyKm2)).toBeLessThan(18 * 0.0005);
  });

  it('has no overlaps between cells (pairwise intersection area < 1 m²)', () => {
    expect(totalOverlapM2(loadTownships().cells)).toBeLessThan(1);
  });

  it('has no gaps (county minus the union of cells < 1 m²)', () => {
    const { county, cells } = loadTownships();
    expect(gapM2(county, cells)).toBeLessThan(1);
  });

  it('shares identical vertices along every common edge, and the county boundary elsewhere', () => {
    const { county, cells } = loadTownships();
    expect(tilingEdgeDefects(county, cells, 6)).toEqual([]);
  });
});

describe('geodata/ build output', () => {
  it('keeps every source file of the build in geodata/sources/', () => {
    expect(SOURCE_FILES.filter((name) => !existsSync(resolve(sourceDir, name)))).toEqual([]);
  });

  it('is exactly what the build produces from geodata/sources/, and the build is deterministic', () => {
    const readSource = (name: string) => readFileSync(resolve(sourceDir, name));
    const files = buildGeodata(readSource);
    expect(files.map((f) => f.name).sort()).toEqual([
      'xinfu-county.gcj02.geojson',
      'xinfu-county.wgs84.geojson',
      'xinfu-township-seats.approx.csv',
      'xinfu-townships.approx.geojson',
      'xinfu-townships.csv',
      'xinfu-villages-2021.csv',
      'xinzhou-aq-stations.geojson',
      'xinzhou-counties.wgs84.geojson',
      'xinzhou-rivers-1to4m.geojson',
    ]);
    for (const file of files)
      expect(readCommitted(file.name), `geodata/${file.name}; run npm run geodata:build`).toBe(file.content);
    expect(buildGeodata(readSource)).toEqual(files);
    for (const name of SOURCE_FILES.filter((n) => n.endsWith('.csv'))) {
      expect(
        readFileSync(resolve(geodataDir, name)).equals(readSource(name)),
        `${name} is not a byte-for-byte copy`,
      ).toBe(true);
    }
  });

  it('stores GeoJSON canonically: one feature per line, ≤ 6 decimals, trailing newline', () => {
    const names = [
      'xinfu-county.gcj02.geojson',
      'xinfu-county.wgs84.geojson',
      'xinfu-townships.approx.geojson',
      'xinzhou-aq-stations.geojson',
      'xinzhou-counties.wgs84.geojson',
      'xinzhou-rivers-1to4m.geojson',
    ];
    for (const name of names) {
      const text = readCommitted(name);
      const lines = text.split('\n');
      const collection = JSON.parse(text) as FeatureCollection;
      expect(lines[0], name).toBe('{"type":"FeatureCollection","features":[');
      expect(lines.slice(-2), name).toEqual([']}', '']);
      expect(lines.length - 3, name).toBe(collection.features.length);
      const coordinates = collection.features.flatMap((f) =>
        'coordinates' in f.geometry ? [f.geometry.coordinates].flat(4) : [],
      ) as number[];
      expect(coordinates.length, name).toBeGreaterThan(0);
      expect(Math.max(...coordinates.map(decimalsOf)), name).toBeLessThanOrEqual(6);
    }
  });
});
