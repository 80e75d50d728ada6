import type { MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { createPolygonLocator } from '../../server/spatial/polygon-locator.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { dbContentHash } from '../helpers/db-content-hash.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';

const ref = loadReferenceData();

describe('seedDatabase: determinism', () => {
  it('gives the same content for the same seed and different content for another seed', () => {
    const hashOf = (seed: string) => {
      const db = openDatabase(':memory:');
      seedDatabase(db, { seed, scale: 0.25 }, ref);
      const hash = dbContentHash(db);
      db.close();
      return hash;
    };
    const first = hashOf('lantian-2023');
    expect(hashOf('lantian-2023')).toBe(first);
    expect(hashOf('another-seed')).not.toBe(first);
  });

  it('refuses to seed over existing data unless asked to replace it', () => {
    const db = openDatabase(':memory:');
    seedDatabase(db, { scale: 0.1 }, ref);
    expect(() => seedDatabase(db, { scale: 0.1 }, ref)).toThrow(/already holds data/);
    const before = dbContentHash(db);
    seedDatabase(db, { scale: 0.1, replace: true }, ref);
    expect(dbContentHash(db)).toBe(before);
  });

  it('rejects a scale outside (0, 100]', () => {
    expect(() => seedDatabase(openDatabase(':memory:'), { scale: 0 }, ref)).toThrow(/scale/);
  });
});

describe('seedDatabase: the default dataset', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let db: Db;
  const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

  beforeAll(() => {
    seeded = createSeededDbFile();
    db = seeded.db;
  });
  afterAll(() => seeded.dispose());

  it('is the same byte for byte in content as a second default seeding', () => {
    const other = openDatabase(':memory:');
    seedDatabase(other, {}, ref);
    expect(dbContentHash(other)).toBe(dbContentHash(db));
  });

  it('has a realistic size for the district', () => {
    expect(count('SELECT count(*) AS n FROM townships')).toBe(18);
    expect(count('SELECT count(*) AS n FROM villages')).toBe(271);
    expect(count('SELECT count(*) AS n FROM clean_heating')).toBe(271);
    expect(count('SELECT count(*) AS n FROM enterprises')).toBeGreaterThanOrEqual(200);
    expect(count('SELECT count(*) AS n FROM construction_sites')).toBeGreaterThanOrEqual(100);
    expect(count('SELECT count(*) AS n FROM machines')).toBeGreaterThanOrEqual(200);
    expect(count("SELECT count(*) AS n FROM stations WHERE kind = 'national'")).toBe(4);
    expect(count("SELECT count(*) AS n FROM stations WHERE kind = 'micro'")).toBeGreaterThanOrEqual(24);
    expect(count('SELECT count(*) AS n FROM plan_tasks')).toBe(17);
  });

  it('has hourly readings for all of 2023 at every active station, and none at the stopped one', () => {
    const perStation = db
      .prepare(
        `SELECT s.code, s.status, count(r.ts) AS n, min(r.ts) AS first, max(r.ts) AS last
         FROM stations s LEFT JOIN station_readings r ON r.station_code = s.code GROUP BY s.code`,
      )
      .all() as { code: string; status: string; n: number; first: string; last: string }[];
    for (const s of perStation) {
      if (s.status === 'stopped') {
        expect(s.n).toBe(0);
        continue;
      }
      expect(s).toMatchObject({ n: 8760, first: '2023-01-01T01:00', last: '2024-01-01T00:00' });
    }
    const stopped = perStation.filter((s) => s.status === 'stopped').map((s) => s.code);
    expect(stopped).toEqual(['2180A']);
  });

  it('has missing hours (for the validity rules) but mostly valid data', () => {
    const missing = count('SELECT count(*) AS n FROM station_readings WHERE pm25 IS NULL');
    const all = count('SELECT count(*) AS n FROM station_readings');
    expect(missing).toBeGreaterThan(0);
    expect(missing / all).toBeLessThan(0.1);
  });

  it('has a winter PM2.5 peak and a summer ozone peak at the national stations', () => {
    const monthly = (column: string, month: string) =>
      (
        db
          .prepare(`SELECT avg(${column}) AS v FROM station_readings WHERE station_code = '3208A' AND ts LIKE ?`)
          .get(`${month}%`) as { v: number }
      ).v;
    expect(monthly('pm25', '2023-01')).toBeGreaterThan(1.8 * monthly('pm25', '2023-07'));
    expect(monthly('o3', '2023-06')).toBeGreaterThan(2 * monthly('o3', '2023-12'));
    expect(monthly('so2', '2023-01')).toBeGreaterThan(monthly('so2', '2023-07'));
  });

  it('has monthly 2023 dustfall readings at every point, around the 7 t/(km²·month) limit', () => {
    const points = count('SELECT count(*) AS n FROM dustfall_points');
    expect(count('SELECT count(*) AS n FROM dustfall_readings')).toBe(points * 12);
    const stats = db
      .prepare('SELECT min(value) AS lo, max(value) AS hi, avg(value) AS mean FROM dustfall_readings')
      .get() as Record<string, number>;
    expect(stats.lo).toBeGreaterThan(1);
    expect(stats.hi).toBeGreaterThan(7);
    expect(stats.mean).toBeGreaterThan(4);
    expect(stats.mean).toBeLessThan(10);
  });

  it('names the plan’s enterprises and village, marked approximate where positions are guessed', () => {
    const named = db
      .prepare('SELECT name, provenance, plan_task FROM enterprises WHERE plan_task IS NOT NULL ORDER BY name')
      .all();
    expect(named).toEqual(
      ['山西禹王煤炭气化有限公司', '忻州市五峰山水泥有限公司', '忻州市铁牛水泥粉磨有限公司']
        .sort()
        .map((name) => ({ name, provenance: 'approximate', plan_task: 3 })),
    );
    const village = db
      .prepare(
        `SELECT v.name, t.name AS township, h.retrofit_type, h.in_progress FROM villages v
         JOIN townships t ON t.code = v.township_code JOIN clean_heating h ON h.village_code = v.code ` +
          `WHERE v.name LIKE '二十里铺村%'`,
      )
      .all();
    expect(village).toEqual([
      { name: '二十里铺村委会', township: '云中路街道', retrofit_type: 'none', in_progress: 1 },
    ]);
  });

  it('puts every entity inside the county, in the township its position falls in', () => {
    const locate = createPolygonLocator(ref.townships.map((t) => ({ id: t.code, geometry: t.geometry })));
    for (const table of [
      'villages',
      'enterprises',
      'construction_sites',
      'stations',
      'dustfall_points',
      'fuel_points',
      'machine_positions',
    ]) {
      const rows = db.prepare(`SELECT lon, lat, township_code FROM ${table}`).all() as {
        lon: number;
        lat: number;
        township_code: string;
      }[];
      expect(rows.length).toBeGreaterThan(0);
      const wrong = rows.filter((r) => locate(r.lon, r.lat) !== r.township_code);
      expect(wrong, table).toEqual([]);
    }
  });

  it('keeps NRMM zones inside the county', () => {
    const zones = db.prepare('SELECT geometry FROM nrmm_zones').all() as { geometry: string }[];
    expect(zones.length).toBeGreaterThan(0);
    for (const z of zones) {
      const geometry = JSON.parse(z.geometry) as Polygon | MultiPolygon;
      const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
      const interior = rings.flat().filter((p) => !pointInPolygon(p, ref.county));
      // clipped vertices lie on the county boundary; rounding to 6 decimals may move them < 0.1 m
      expect(interior.length).toBeLessThanOrEqual(rings.flat().length * 0.1);
    }
  });

  it('stores only the three provenance values, and says where every row came from', () => {
    for (const table of [
      'townships',
      'villages',
      'enterprises',
      'construction_sites',
      'nrmm_zones',
      'machines',
      'stations',
      'dustfall_points',
      'fuel_points',
    ]) {
      expect(
        count(`SELECT count(*) AS n FROM ${table} WHERE provenance NOT IN ('official', 'approximate', 'synthetic')`),
      ).toBe(0);
      expect(count(`SELECT count(*) AS n FROM ${table} WHERE length(source) < 10`)).toBe(0);
    }
    expect(count("SELECT count(*) AS n FROM stations WHERE kind = 'national' AND provenance = 'official'")).toBe(4);
    expect(count("SELECT count(*) AS n FROM townships WHERE provenance = 'approximate'")).toBe(18);
  });
});

describe('seedDatabase --scale', () => {
  it('grows to at least 1,000,000 machine positions and 1,000,000 hourly readings at scale 4', () => {
    const db = openDatabase(':memory:');
    const summary = seedDatabase(db, { scale: 4 }, ref);
    expect(summary.machine_positions).toBeGreaterThanOrEqual(1_000_000);
    expect(summary.station_readings).toBeGreaterThanOrEqual(1_000_000);
    db.close();
  }, 120_000);
});
