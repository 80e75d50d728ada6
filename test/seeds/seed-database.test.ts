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
import { caseStateAt } from '../../server/cases/case-replay.ts';
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

  it('seeds ~40 synthetic public reports over 2023 in every status, a few still open at the demo’s as-of', () => {
    expect(count("SELECT count(*) AS n FROM public_reports WHERE provenance = 'synthetic'")).toBe(40);
    const statuses = db.prepare('SELECT DISTINCT status FROM public_reports ORDER BY status').pluck().all();
    expect(statuses).toEqual(['accepted', 'closed', 'handled', 'received', 'rejected']);
    expect(count("SELECT count(*) AS n FROM public_reports WHERE received_at NOT LIKE '2023-%'")).toBe(0);
    const withPhone = count('SELECT count(*) AS n FROM public_reports WHERE reporter_phone IS NOT NULL');
    expect(withPhone).toBeGreaterThan(10);
    expect(withPhone).toBeLessThan(30);
    expect(count("SELECT count(*) AS n FROM public_reports WHERE reporter_phone NOT LIKE '1390000____'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM public_reports WHERE ticket = 'JB20231230-XFDEMQ'")).toBe(1);
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    const open = ruleRegistry['public-report-open'].evaluate(facts, context);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.length).toBeLessThanOrEqual(6);
  });

  it('seeds synthetic activated-carbon and low-VOC ledgers whose three task-13 rules fire a few times', () => {
    const replacements = count("SELECT count(*) AS n FROM carbon_replacements WHERE provenance = 'synthetic'");
    expect(replacements).toBeGreaterThan(20);
    expect(count("SELECT count(*) AS n FROM carbon_replacements WHERE replaced_on NOT LIKE '2023-%'")).toBe(0);
    expect(count('SELECT count(*) AS n FROM carbon_transfers')).toBeGreaterThan(replacements * 0.8);
    const years = db.prepare('SELECT DISTINCT year FROM voc_materials ORDER BY year').pluck().all();
    expect(years).toEqual([2021, 2022, 2023]);
    const share = (year: number) =>
      count(`SELECT round(100 * sum(CASE WHEN low_voc = 1 THEN quantity_t END) / sum(quantity_t)) AS n
             FROM voc_materials WHERE year = ${year}`);
    expect(share(2021)).toBeLessThan(share(2022));
    expect(share(2022)).toBeLessThan(share(2023));
    for (const table of ['carbon_replacements', 'carbon_transfers', 'voc_materials']) {
      expect(count(`SELECT count(*) AS n FROM ${table} WHERE source NOT LIKE '演示数据（合成）%'`), table).toBe(0);
    }
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    for (const id of ['carbon-fill-short', 'carbon-not-transferred', 'voc-material-over-limit'] as const) {
      const hits = ruleRegistry[id].evaluate(facts, context).length;
      expect(hits, id).toBeGreaterThanOrEqual(1);
      expect(hits, id).toBeLessThanOrEqual(5);
    }
  });

  it('seeds a 2021–2023 energy ledger, coal falling; ~10 coal and ~6 两高 projects; rules fire a few times', () => {
    const years = db.prepare('SELECT DISTINCT year FROM energy_ledger ORDER BY year').pluck().all();
    expect(years).toEqual([2021, 2022, 2023]);
    const coal = (year: number) => count(`SELECT round(sum(coal_t)) AS n FROM energy_ledger WHERE year = ${year}`);
    expect(coal(2021)).toBeGreaterThan(coal(2022));
    expect(coal(2022)).toBeGreaterThan(coal(2023));
    expect(count('SELECT count(*) AS n FROM coal_projects')).toBe(10);
    expect(count('SELECT count(*) AS n FROM high_energy_projects')).toBeGreaterThanOrEqual(3);
    const built = "SELECT count(*) AS n FROM kilns_boilers WHERE build_kind <> 'existing' AND built_on IS NOT NULL";
    expect(count(built)).toBeGreaterThan(3);
    for (const table of ['energy_ledger', 'coal_projects', 'high_energy_projects'])
      expect(count(`SELECT count(*) AS n FROM ${table} WHERE source NOT LIKE '演示数据（合成）%'`), table).toBe(0);
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    const energyRules: RuleId[] = [
      'high-energy-policy-unmet',
      'coal-substitution-short',
      'coal-use-rising',
      'coal-kiln-new',
    ];
    for (const id of energyRules) {
      const hits = ruleRegistry[id].evaluate(facts, context).length;
      expect(hits, id).toBeGreaterThanOrEqual(1);
      expect(hits, id).toBeLessThanOrEqual(5);
    }
    const conversions = ruleRegistry['coal-kiln-conversion'].evaluate(facts, context).length;
    expect(conversions).toBeGreaterThan(0);
    expect(conversions).toBeLessThan(facts.enterprises.length / 8);
  });

  it('seeds the departments with their tasks, placeholder township leaders, 2023 plan items and funds', () => {
    const departments = (where: string) => count(`SELECT count(*) AS n FROM departments WHERE ${where}`);
    expect(departments("kind <> 'township' AND provenance = 'official'")).toBe(14);
    expect(departments("kind = 'township' AND provenance = 'approximate'")).toBe(18);
    expect(count("SELECT count(*) AS n FROM task_departments WHERE task = 1 AND role = 'lead'")).toBe(2);
    expect(count("SELECT count(*) AS n FROM township_leaders WHERE name NOT LIKE '_某某'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM township_leaders WHERE source NOT LIKE '演示数据（合成）%'")).toBe(0);
    expect(count('SELECT count(DISTINCT township_code) AS n FROM township_leaders')).toBe(18);
    const items = count('SELECT count(*) AS n FROM department_plan_items WHERE year = 2023');
    const overdue = count(
      "SELECT count(*) AS n FROM department_plan_items WHERE status IN ('not-started', 'in-progress') " +
        "AND due_on < '2023-12-31'",
    );
    expect(items).toBeGreaterThan(40);
    expect(overdue).toBeGreaterThan(0);
    expect(overdue / items).toBeLessThan(0.25);
    const purposes = db.prepare('SELECT DISTINCT purpose FROM special_funds ORDER BY purpose').pluck().all();
    expect(purposes).toEqual(['capacity', 'deep-treatment', 'loose-coal', 'monitoring']);
  });

  it('seeds ~60 synthetic fuel samples (~8 % failing, 2 traces open) and ~80 assistance visits', () => {
    const samples = count("SELECT count(*) AS n FROM fuel_samples WHERE provenance = 'synthetic'");
    expect(samples).toBeGreaterThanOrEqual(50);
    const failed = count("SELECT count(*) AS n FROM fuel_samples WHERE result = 'fail'");
    expect(failed / samples).toBeGreaterThan(0.03);
    expect(failed / samples).toBeLessThan(0.15);
    const atPoints =
      "SELECT count(*) AS n FROM fuel_samples WHERE site_kind = 'illegal-point' AND site_ref IS NOT NULL";
    expect(count(atPoints)).toBeGreaterThan(0);
    const notSynthetic = "SELECT count(*) AS n FROM fuel_samples WHERE source NOT LIKE '演示数据（合成）%'";
    expect(count(notSynthetic)).toBe(0);
    expect(count("SELECT count(*) AS n FROM fuel_traces WHERE status <> 'closed'")).toBe(2);
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    expect(ruleRegistry['fuel-sample-failed'].evaluate(facts, context)).toHaveLength(2);
    const visits = count("SELECT count(*) AS n FROM assistance_visits WHERE provenance = 'synthetic'");
    expect(visits).toBeGreaterThanOrEqual(70);
    const statuses = db.prepare('SELECT DISTINCT status FROM assistance_requests ORDER BY status').pluck().all();
    expect(statuses).toEqual(['answered', 'declined', 'open', 'resolved']);
    const longOpen = count(
      'SELECT count(*) AS n FROM assistance_requests r JOIN assistance_visits v ON v.id = r.visit_id ' +
        "WHERE r.status = 'open' AND v.visited_at < '2023-12-01'",
    );
    expect(longOpen).toBeGreaterThan(0);
    const duringWarnings = count(
      'SELECT count(*) AS n FROM assistance_visits v JOIN emergency_warnings w ' +
        'ON v.visited_at >= w.start_at AND v.visited_at <= coalesce(w.lifted_at, w.planned_end_at)',
    );
    expect(duringWarnings).toBeGreaterThanOrEqual(2);
  });

  it('seeds ~45 synthetic cases in every stage, their steps replaying to the stored state, 2–4 overdue', () => {
    const stages = db.prepare('SELECT DISTINCT stage FROM enforcement_cases ORDER BY stage').pluck().all();
    expect(stages).toEqual(['closed', 'decided', 'filed', 'investigating', 'no-penalty', 'rectifying']);
    const cases = count("SELECT count(*) AS n FROM enforcement_cases WHERE provenance = 'synthetic'");
    expect(cases).toBeGreaterThanOrEqual(30);
    expect(cases).toBeLessThanOrEqual(60);
    expect(count("SELECT count(*) AS n FROM enforcement_cases WHERE origin = 'alert'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM enforcement_cases WHERE origin = 'fuel-sample'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) AS n FROM enforcement_cases WHERE origin = 'public-report'")).toBeGreaterThan(0);
    const fines = db
      .prepare('SELECT min(fine_yuan) AS lo, max(fine_yuan) AS hi FROM enforcement_cases WHERE fine_yuan > 0')
      .get() as {
      lo: number;
      hi: number;
    };
    expect(fines.lo).toBeGreaterThanOrEqual(20_000);
    expect(fines.hi).toBeLessThanOrEqual(500_000);
    const refiled = "SELECT count(*) AS n FROM case_steps WHERE step = 'reinspect' AND data LIKE '%\"failed\"%'";
    expect(count(refiled)).toBeGreaterThan(0);
    const facts = readRuleFacts(db, '2023-12-31T23:00');
    for (const c of facts.cases ?? []) {
      const stored = db
        .prepare('SELECT stage, rectification_due_on AS due FROM enforcement_cases WHERE id = ?')
        .get(c.id);
      const replayed = caseStateAt(c.openedAt, c.steps, '2023-12-31T23:00');
      expect({ stage: replayed?.stage, due: replayed?.rectificationDueOn }, c.number).toEqual(stored);
    }
    const context = { asOf: '2023-12-31T23:00', alertLevel: 'none' as const, deadlines: PLAN_DEADLINES };
    const overdue = ruleRegistry['case-rectification-overdue'].evaluate(facts, context);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.length).toBeLessThanOrEqual(4);
    expect(count('SELECT count(*) AS n FROM fuel_traces WHERE case_id IS NOT NULL')).toBeGreaterThan(0);
    const notNoted = "SELECT count(*) AS n FROM case_steps WHERE step = 'file' AND note NOT LIKE '演示数据（合成）%'";
    expect(count(notNoted)).toBe(0);
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
