import type { MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { validateGeometry } from '../../server/spatial/validate-geometry.ts';
import { createPolygonLocator } from '../../server/spatial/polygon-locator.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { readRuleFacts } from '../../server/db/rule-facts.ts';
import { PLAN_DEADLINES } from '../../server/rules/plan-deadlines.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { dbContentHash } from '../helpers/db-content-hash.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import type { RuleId } from '../../server/schema/enums/rule-id.ts';
import { readVehicleProgress } from '../../server/services/read-vehicle-progress.ts';

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

  it('holds the provisional built-up area: one valid 示意 outline of a few tens of km² in the city', () => {
    const rows = db.prepare('SELECT * FROM built_up_areas').all() as {
      geometry: string;
      area_km2: number;
      provisional: number;
      provenance: string;
      source: string;
      township_code: string;
      lon: number;
      lat: number;
    }[];
    expect(rows).toHaveLength(1);
    const [row] = rows;
    if (!row) throw new Error('no built-up area seeded');
    expect(row).toMatchObject({ provisional: 1, provenance: 'approximate' });
    expect(row.source).toContain('示意');
    expect(row.area_km2).toBeGreaterThan(20);
    expect(row.area_km2).toBeLessThan(120);
    const geometry = JSON.parse(row.geometry) as Polygon | MultiPolygon;
    expect(validateGeometry(geometry, { maxVertices: Infinity }).ok).toBe(true);
    expect(pointInPolygon([row.lon, row.lat], geometry)).toBe(true);
    expect(ref.townships.find((t) => t.code === row.township_code)?.kind).toBe('subdistrict');
  });

  it('seeds ~40 synthetic stockyards, some failing or never inspected, one uncovered by a point over 7', () => {
    const yards = db.prepare('SELECT id, provenance, source, lon, lat FROM stockyards').all() as {
      id: string;
      provenance: string;
      source: string;
      lon: number;
      lat: number;
    }[];
    expect(yards.length).toBeGreaterThanOrEqual(35);
    expect(yards.length).toBeLessThanOrEqual(45);
    expect(yards.every((y) => y.provenance === 'synthetic' && y.source.includes('演示数据（合成）'))).toBe(true);
    const latest = db
      .prepare(
        `SELECT y.id, i.cover, i.enclosure + i.cover + i.spraying + i.wheel_washing + i.hard_surface AS met
         FROM stockyards y LEFT JOIN stockyard_inspections i ON i.id = (SELECT id FROM stockyard_inspections
           WHERE stockyard_id = y.id ORDER BY inspected_on DESC, id DESC LIMIT 1)`,
      )
      .all() as { id: string; cover: number | null; met: number | null }[];
    const failing = latest.filter((y) => y.met !== null && y.met < 5).length;
    const never = latest.filter((y) => y.met === null).length;
    expect(failing / yards.length).toBeGreaterThan(0.05);
    expect(failing / yards.length).toBeLessThan(0.35);
    expect(never).toBeGreaterThanOrEqual(2);
    expect(never).toBeLessThanOrEqual(5);
    // the "done when" scenario: no cover at its latest inspection, 1–3 km from a point over 7 in December
    expect(latest.find((y) => y.id === 'Y0900')?.cover).toBe(0);
    const scenario = yards.find((y) => y.id === 'Y0900');
    const over = db
      .prepare(
        `SELECT p.lon, p.lat FROM dustfall_points p JOIN dustfall_readings r ON r.point_id = p.id
         WHERE r.month = '2023-12' AND r.value > 7`,
      )
      .all() as { lon: number; lat: number }[];
    const km = (p: { lon: number; lat: number }) =>
      Math.hypot((p.lon - (scenario?.lon ?? 0)) * 87.2, (p.lat - (scenario?.lat ?? 0)) * 111.0);
    expect(over.some((p) => km(p) >= 1 && km(p) <= 3)).toBe(true);
  });

  it('seeds the built-up area’s main roads as synthetic segments, ~10–20 % behind schedule at the demo’s as-of', () => {
    const segments = db
      .prepare('SELECT id, road_class, length_km, lon, lat, provenance, source FROM road_segments')
      .all() as {
      id: string;
      road_class: string;
      length_km: number;
      lon: number;
      lat: number;
      provenance: string;
      source: string;
    }[];
    expect(segments.length).toBeGreaterThanOrEqual(20);
    expect(segments.every((s) => s.provenance === 'synthetic' && s.source.includes('演示数据（合成）'))).toBe(true);
    expect(new Set(segments.map((s) => s.road_class))).toEqual(new Set(['arterial', 'secondary']));
    expect(segments.every((s) => s.length_km >= 0.5 && s.length_km <= 1.5)).toBe(true);
    const builtUp = (db.prepare('SELECT geometry FROM built_up_areas').all() as { geometry: string }[]).map(
      (r) => JSON.parse(r.geometry) as Polygon | MultiPolygon,
    );
    expect(segments.every((s) => builtUp.some((g) => pointInPolygon([s.lon, s.lat], g)))).toBe(true);
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    const behind = ruleRegistry['road-sweeping-behind'].evaluate(facts, context).length / segments.length;
    expect(behind).toBeGreaterThanOrEqual(0.1);
    expect(behind).toBeLessThanOrEqual(0.2);
    const high = ruleRegistry['road-dust-load-high'].evaluate(facts, context).length;
    expect(high).toBeGreaterThan(0);
    expect(high / segments.length).toBeLessThan(0.3);
    expect(count("SELECT count(DISTINCT origin) AS n FROM road_cleanings WHERE provenance = 'synthetic'")).toBe(2);
  });

  it('seeds a synthetic vehicle register whose phase-out moves through 2023 and whose rules fire a few times', () => {
    expect(count('SELECT count(*) AS n FROM vehicles')).toBeGreaterThan(1500);
    expect(count('SELECT count(*) AS n FROM vehicles')).toBeLessThan(4000);
    expect(
      count(
        "SELECT count(*) AS n FROM vehicles WHERE provenance <> 'synthetic' OR source NOT LIKE '演示数据（合成）%'",
      ),
    ).toBe(0);
    const progress = readVehicleProgress(db, '2023-12-31T23:00');
    expect(progress.dieselTrucks.atStart - progress.dieselTrucks.inUse).toBeGreaterThan(20);
    expect(progress.leanBurnGasTrucks.left.scrapped).toBeGreaterThan(0);
    expect(progress.municipal.cleanShare).toBeGreaterThan(0.7);
    expect(progress.municipal.cleanShare).toBeLessThan(1);
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    const hits = (id: RuleId) => ruleRegistry[id].evaluate(facts, context).length;
    for (const id of ['diesel-truck-phase-out', 'lean-burn-gas-truck', 'bulk-freight-dirty-truck'] as const) {
      expect(hits(id), id).toBeGreaterThanOrEqual(1);
      expect(hits(id), id).toBeLessThanOrEqual(8);
    }
    expect(hits('municipal-vehicle-not-clean')).toBeGreaterThanOrEqual(1);
    expect(hits('municipal-vehicle-not-clean')).toBeLessThanOrEqual(6);
  });

  it('seeds ~8 synthetic checkpoints with checks through 2023 (hits 5–15 %) and ~25 repair shops, 2 open', () => {
    expect(count('SELECT count(*) AS n FROM checkpoints')).toBe(8);
    expect(count("SELECT count(DISTINCT kind) AS n FROM checkpoints WHERE source LIKE '演示数据（合成）%'")).toBe(4);
    const checks = count("SELECT count(*) AS n FROM roadside_checks WHERE provenance = 'synthetic'");
    const hits = count(
      `SELECT count(*) AS n FROM roadside_checks WHERE devices IN ('missing', 'tampered')
         OR obd IN ('fault', 'tampered') OR emission_test = 'fail'`,
    );
    expect(checks).toBeGreaterThan(8 * 52);
    expect(hits / checks).toBeGreaterThan(0.05);
    expect(hits / checks).toBeLessThan(0.15);
    expect(count('SELECT count(vehicle_id) AS n FROM roadside_checks') / checks).toBeGreaterThan(0.5);
    expect(count("SELECT count(*) AS n FROM roadside_checks WHERE checked_at > '2023-12-31T23:00'")).toBe(0);
    expect(count('SELECT count(*) AS n FROM repair_shops')).toBe(25);
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    expect(ruleRegistry['repair-shop-tampering'].evaluate(facts, context)).toHaveLength(2);
    const failed = ruleRegistry['vehicle-check-failed'].evaluate(facts, context).length;
    expect(failed).toBeGreaterThanOrEqual(3);
    expect(failed).toBeLessThanOrEqual(30);
  });

  it('seeds 30 synthetic muck trucks whose four task-11 rules fire once each at the demo’s as-of', () => {
    expect(count("SELECT count(*) AS n FROM muck_trucks WHERE provenance = 'synthetic'")).toBe(30);
    expect(count('SELECT count(*) AS n FROM disposal_sites')).toBe(3);
    expect(count('SELECT count(*) AS n FROM muck_permits')).toBe(30);
    const fixes = count('SELECT count(*) AS n FROM muck_positions');
    expect(fixes).toBeGreaterThan(5_000);
    expect(fixes).toBeLessThan(60_000);
    expect(count("SELECT count(*) AS n FROM muck_positions WHERE ts > '2023-12-31T23:00:59'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM spill_reports WHERE status = 'open'")).toBe(1);
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    const offRoute = ruleRegistry['muck-off-route'].evaluate(facts, context);
    expect(offRoute).toEqual([expect.objectContaining({ entityId: 'ZTC-007', since: '2023-12-30T23:40' })]);
    for (const id of ['muck-out-of-hours', 'muck-illegal-dumping', 'muck-spill'] as const) {
      expect(ruleRegistry[id].evaluate(facts, context)).toHaveLength(1);
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
