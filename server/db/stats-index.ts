/**
 * The in-memory data behind the spatial statistics: every point entity in one flatbush index;
 * every machine position in typed arrays (by machine, then time), indexed per calendar month
 * with one flatbush each (built on first use of the month); the townships prepared for exact
 * point tests; and small caches of what depends on as-of or month. Loaded from SQLite on the
 * first statistics request and kept for the app's lifetime (`npm run bench -- spatial` prints
 * the build time: about 2 s at scale 4, 1,168,000 positions).
 *
 * **Invalidation.** Before each use the index compares the database's data version
 * ({@link createDataVersion}: `PRAGMA data_version`, bumped when another connection commits, e.g.
 * `npm run seed -- --replace` against the running server's file, and `total_changes()`, writes
 * through this connection, e.g. an import) with the one it was built at; if it moved, everything
 * is dropped and rebuilt lazily. `invalidate()` forces that.
 *
 * Positions and attributes are read through the layer definitions (`db/layers/*`) where they
 * depend on as-of, so that counts equal what `/api/layers/:id` serves; machine positions are
 * read once and the latest one at as-of found by binary search, as the machines layer's SQL does.
 *
 * @module
 */
import { feature, featureCollection, union as turfUnion } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { heatingStatuses, type HeatingStatus } from '../schema/village.ts';
import { industries, type Industry } from '../schema/enterprise.ts';
import { sixChecks, type SixCheck } from '../schema/construction-site.ts';
import type { Bbox } from '../schema/common.ts';
import { statsPollutants } from '../schema/stats.ts';
import { nrmmBanReasons, type MachineFacts } from '../rules/nrmm-ban.ts';
import { bboxOf } from '../spatial/bbox-of.ts';
import { geodesicAreaKm2 } from '../spatial/geodesic-area.ts';
import { createPointIndex, type PointIndex } from '../spatial/point-index.ts';
import { preparePolygon, type PreparedPolygon } from '../spatial/prepared-polygon.ts';
import { createDataVersion } from './data-version.ts';
import { readDatasetMeta } from './dataset-meta.ts';
import { layerDefinitions } from './layers/registry.ts';
import type { Db } from './open-database.ts';

/** Point layers held in the entity index, in this order (machines are held apart). */
export const entityLayers = ['enterprises', 'construction-sites', 'villages', 'stations', 'dustfall-points', 'fuel-points'] as const;
/** One of {@link entityLayers}. */
export type EntityLayer = (typeof entityLayers)[number];

/** A township with its geometry prepared for point tests. */
export interface TownshipEntry {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  bbox: Bbox;
  /** Geodesic area of the geometry, km². */
  areaKm2: number;
  prepared: PreparedPolygon;
}

/** Static point data, loaded once. Array positions ("local indices") follow each layer's feature order. */
export interface StatsData {
  /** The 18 townships by code. */
  townships: TownshipEntry[];
  /** The district: the union of the townships (turf union, once per build) and its geodesic area, km². */
  district: { geometry: Polygon | MultiPolygon; bbox: Bbox; areaKm2: number };
  /** Every entity point: which layer (index into entityLayers) and its local index in that layer. */
  entities: { index: PointIndex; layer: Uint8Array; local: Int32Array };
  enterprises: { industry: Uint8Array };
  sites: { ids: string[] };
  villages: { codes: string[] };
  stations: { codes: string[]; national: Uint8Array; active: Uint8Array };
  dustfallPoints: { ids: string[]; lon: Float64Array; lat: Float64Array };
  fuelPoints: { open: Uint8Array };
  /** Machines by id; positions of machine m are `start[m]` … `end[m] - 1`, by time. */
  machines: {
    ids: string[];
    banned: Uint8Array;
    /** Exempt use (livelihood, emergency): allowed inside NRMM zones even when banned. */
    exempt: Uint8Array;
    start: Int32Array;
    end: Int32Array;
    /** Minutes since 1970-01-01T00:00Z of each position. */
    minute: Int32Array;
    lon: Float64Array;
    lat: Float64Array;
  };
  zones: Array<{ id: string; prepared: PreparedPolygon; effectiveFrom: string }>;
}

/** What depends on as-of: statuses of villages and sites, and where each machine was last. */
export interface AsOfSnapshot {
  asOf: string;
  /** Index into heatingStatuses per village. */
  villageStatus: Uint8Array;
  /** Per site: 1 compliant, 0 failing, 255 never inspected. */
  siteCompliant: Uint8Array;
  /** Per site: bit k set when check sixChecks[k] failed. */
  siteFailed: Uint8Array;
  siteActive: Uint8Array;
  /** Per machine: index of its latest position at as-of, or -1 when it has none yet. */
  machineLatest: Int32Array;
  /** Per machine: its latest position lies in an NRMM zone in force at as-of (effective from on or before as-of's date). */
  machineInZone: Uint8Array;
}

/** Machine positions of one calendar month (CST), indexed. */
export interface MonthPositions {
  index: PointIndex;
  machine: Int32Array;
  minute: Int32Array;
}

/** Sums of valid hourly values per pollutant for one station over one window. */
export interface ReadingSums {
  count: Float64Array;
  sum: Float64Array;
}

/** The lazily built, self-invalidating statistics index of one database. */
export interface StatsIndex {
  /** The static data, (re)built if needed. */
  data(): StatsData;
  /** Statuses and latest positions at `asOf` (`YYYY-MM-DDTHH:mm` CST); cached. */
  atAsOf(asOf: string): AsOfSnapshot;
  /** Machine positions in `month` (YYYY-MM, CST calendar month); cached. */
  monthPositions(month: string): MonthPositions;
  /** Readings of each dustfall point in `month`, t/(km²·month); NaN where there is none. Cached. */
  dustfall(month: string): Float64Array;
  /** Valid-hour sums of station `local` over hour-ending timestamps in (from, to]; cached. */
  readingSums(local: number, from: string, to: string): ReadingSums;
  /** The latest month with dustfall readings up to `month`, or null. */
  latestDustfallMonth(upTo: string): string | null;
  /** The dataset's default as-of. */
  defaultAsOf(): string;
  /** Drops everything; the next use rebuilds. */
  invalidate(): void;
}

/**
 * Minutes since 1970-01-01T00:00Z of a China Standard Time `YYYY-MM-DDTHH:mm`.
 *
 * @example
 * cstMinute('2023-12-31T23:00') - cstMinute('2023-12-31T22:00'); // 60
 */
export function cstMinute(text: string): number {
  return Math.round(Date.parse(`${text}:00+08:00`) / 60_000);
}

/** How many as-of snapshots, months and reading windows are kept. */
const CACHE_ENTRIES = 24;

function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
  return value;
}

/**
 * Creates the statistics index of `db`. Nothing is read until first use.
 *
 * @example
 * const index = createStatsIndex(db);
 * index.data().townships.length; // 18
 */
export function createStatsIndex(db: Db): StatsIndex {
  const stamp = createDataVersion(db);
  let built: { stamp: string; data: StatsData; defaultAsOf: string } | null = null;
  const asOfCache = new Map<string, AsOfSnapshot>();
  const monthCache = new Map<string, MonthPositions>();
  const dustfallCache = new Map<string, Float64Array>();
  const readingCache = new Map<string, Array<ReadingSums | undefined>>();
  const readingStatement = db.prepare(
    `SELECT count(so2), sum(so2), count(no2), sum(no2), count(pm10), sum(pm10), count(pm25), sum(pm25), count(co), sum(co), count(o3), sum(o3)
     FROM station_readings WHERE station_code = ? AND ts > ? AND ts <= ?`,
  );

  const invalidate = () => {
    built = null;
    asOfCache.clear();
    monthCache.clear();
    dustfallCache.clear();
    readingCache.clear();
  };
  const current = () => {
    const now = stamp();
    if (built && built.stamp !== now) invalidate();
    if (!built) built = { stamp: now, data: loadStatsData(db), defaultAsOf: readDatasetMeta(db).defaultAsOf };
    return built;
  };

  return {
    data: () => current().data,
    defaultAsOf: () => current().defaultAsOf,
    invalidate,
    atAsOf(asOf) {
      const data = current().data;
      return remember(asOfCache, asOf, () => snapshotAt(db, data, asOf));
    },
    monthPositions(month) {
      const data = current().data;
      return remember(monthCache, month, () => positionsOfMonth(data, month));
    },
    dustfall(month) {
      const data = current().data;
      return remember(dustfallCache, month, () => {
        const values = new Float64Array(data.dustfallPoints.ids.length).fill(Number.NaN);
        const local = new Map(data.dustfallPoints.ids.map((id, i) => [id, i]));
        for (const row of db.prepare('SELECT point_id, value FROM dustfall_readings WHERE month = ?').all(month) as { point_id: string; value: number }[]) {
          const i = local.get(row.point_id);
          if (i !== undefined) values[i] = row.value;
        }
        return values;
      });
    },
    readingSums(local, from, to) {
      const data = current().data;
      const perStation = remember(readingCache, `${from}|${to}`, () => new Array<ReadingSums | undefined>(data.stations.codes.length));
      let sums = perStation[local];
      if (!sums) {
        const row = readingStatement.raw().get(data.stations.codes[local], from, to) as (number | null)[];
        sums = { count: new Float64Array(statsPollutants.length), sum: new Float64Array(statsPollutants.length) };
        for (let p = 0; p < statsPollutants.length; p++) {
          sums.count[p] = row[2 * p] ?? 0;
          sums.sum[p] = row[2 * p + 1] ?? 0;
        }
        perStation[local] = sums;
      }
      return sums;
    },
    latestDustfallMonth(upTo) {
      current();
      const row = db.prepare('SELECT max(month) AS month FROM dustfall_readings WHERE month <= ?').get(upTo) as { month: string | null };
      return row.month;
    },
  };
}

/** Reads every static thing the statistics need. */
function loadStatsData(db: Db): StatsData {
  const asOf = readDatasetMeta(db).defaultAsOf;
  const townshipRows = db.prepare('SELECT code, name, geometry FROM townships ORDER BY code').all() as { code: string; name: string; geometry: string }[];
  const townships = townshipRows.map((row): TownshipEntry => {
    const geometry = JSON.parse(row.geometry) as Polygon | MultiPolygon;
    return { code: row.code, name: row.name, geometry, bbox: bboxOf(geometry), areaKm2: geodesicAreaKm2(geometry), prepared: preparePolygon(geometry) };
  });
  const union = townships.length > 0 ? turfUnion(featureCollection(townships.map((t) => feature(t.geometry)))) : null;
  const districtGeometry: Polygon | MultiPolygon = union?.geometry ?? { type: 'MultiPolygon', coordinates: [] };
  const district = {
    geometry: districtGeometry,
    bbox: union ? bboxOf(districtGeometry) : ([0, 0, 0, 0] as Bbox),
    areaKm2: union ? geodesicAreaKm2(districtGeometry) : 0,
  };

  // Entity points exactly as their layers serve them (no filters).
  const featuresOf = (layer: EntityLayer) => layerDefinitions[layer].features(db, {}, asOf);
  const lons: number[] = [];
  const lats: number[] = [];
  const layerOf: number[] = [];
  const localOf: number[] = [];
  const perLayer = entityLayers.map((layer, l) => {
    const features = featuresOf(layer);
    features.forEach((f, i) => {
      if (f.geometry.type !== 'Point') throw new Error(`layer ${layer}: feature ${String(f.id)} is not a Point`);
      lons.push(f.geometry.coordinates[0] as number);
      lats.push(f.geometry.coordinates[1] as number);
      layerOf.push(l);
      localOf.push(i);
    });
    return features.map((f) => f.properties);
  });
  const [enterprises, sites, villages, stations, dustfallPoints, fuelPoints] = perLayer as [
    Record<string, unknown>[], Record<string, unknown>[], Record<string, unknown>[], Record<string, unknown>[], Record<string, unknown>[], Record<string, unknown>[],
  ];
  const industryIndex = new Map<Industry, number>(industries.map((industry, i) => [industry, i]));

  // Machines and all their positions, in primary-key order (machine, time).
  const machineRows = db.prepare('SELECT id, emission_stage, registration_code, smoke_test, exempt_use FROM machines ORDER BY id').all() as {
    id: string; emission_stage: MachineFacts['emissionStage']; registration_code: string | null; smoke_test: MachineFacts['smokeTest'];
    exempt_use: string | null;
  }[];
  const machineIndex = new Map(machineRows.map((m, i) => [m.id, i]));
  const total = (db.prepare('SELECT count(*) AS n FROM machine_positions').get() as { n: number }).n;
  const minute = new Int32Array(total);
  const lon = new Float64Array(total);
  const lat = new Float64Array(total);
  const start = new Int32Array(machineRows.length).fill(0);
  const end = new Int32Array(machineRows.length).fill(0);
  const minutes = new Map<string, number>();
  let k = 0;
  let currentMachine = -1;
  for (const row of db.prepare('SELECT machine_id, ts, lon, lat FROM machine_positions ORDER BY machine_id, ts').raw().iterate() as IterableIterator<[string, string, number, number]>) {
    const m = machineIndex.get(row[0]);
    if (m === undefined) continue;
    if (m !== currentMachine) {
      start[m] = k;
      currentMachine = m;
    }
    let t = minutes.get(row[1]);
    if (t === undefined) {
      t = cstMinute(row[1]);
      minutes.set(row[1], t);
    }
    minute[k] = t;
    lon[k] = row[2];
    lat[k] = row[3];
    k++;
    end[m] = k;
  }

  const zoneRows = db.prepare('SELECT id, geometry, effective_from FROM nrmm_zones ORDER BY id').all() as { id: string; geometry: string; effective_from: string }[];

  return {
    townships,
    district,
    entities: { index: createPointIndex(lons, lats), layer: Uint8Array.from(layerOf), local: Int32Array.from(localOf) },
    enterprises: { industry: Uint8Array.from(enterprises, (p) => industryIndex.get(p.industry as Industry) ?? 0) },
    sites: { ids: sites.map((p) => String(p.id)) },
    villages: { codes: villages.map((p) => String(p.code)) },
    stations: {
      codes: stations.map((p) => String(p.code)),
      national: Uint8Array.from(stations, (p) => (p.kind === 'national' ? 1 : 0)),
      active: Uint8Array.from(stations, (p) => (p.status === 'stopped' ? 0 : 1)),
    },
    dustfallPoints: {
      ids: dustfallPoints.map((p) => String(p.id)),
      lon: Float64Array.from(lons.filter((_, i) => layerOf[i] === entityLayers.indexOf('dustfall-points'))),
      lat: Float64Array.from(lats.filter((_, i) => layerOf[i] === entityLayers.indexOf('dustfall-points'))),
    },
    fuelPoints: { open: Uint8Array.from(fuelPoints, (p) => (p.status === 'closed' ? 0 : 1)) },
    machines: {
      ids: machineRows.map((m) => m.id),
      banned: Uint8Array.from(machineRows, (m) =>
        nrmmBanReasons({ emissionStage: m.emission_stage, registrationCode: m.registration_code, smokeTest: m.smoke_test }).length > 0 ? 1 : 0,
      ),
      exempt: Uint8Array.from(machineRows, (m) => (m.exempt_use === null ? 0 : 1)),
      start,
      end,
      minute: minute.subarray(0, k),
      lon: lon.subarray(0, k),
      lat: lat.subarray(0, k),
    },
    zones: zoneRows.map((z) => ({ id: z.id, prepared: preparePolygon(JSON.parse(z.geometry) as Polygon | MultiPolygon), effectiveFrom: z.effective_from })),
  };
}

/** Statuses from the villages and construction-sites layers at as-of; latest machine positions by binary search. */
function snapshotAt(db: Db, data: StatsData, asOf: string): AsOfSnapshot {
  const statusIndex = new Map<HeatingStatus, number>(heatingStatuses.map((s, i) => [s, i]));
  const villageLocal = new Map(data.villages.codes.map((code, i) => [code, i]));
  const villageStatus = new Uint8Array(data.villages.codes.length);
  for (const f of layerDefinitions.villages.features(db, {}, asOf)) {
    const i = villageLocal.get(String(f.properties.code));
    if (i !== undefined) villageStatus[i] = statusIndex.get(f.properties.heatingStatus as HeatingStatus) ?? 0;
  }
  const siteLocal = new Map(data.sites.ids.map((id, i) => [id, i]));
  const siteCompliant = new Uint8Array(data.sites.ids.length).fill(255);
  const siteFailed = new Uint8Array(data.sites.ids.length);
  const siteActive = new Uint8Array(data.sites.ids.length);
  for (const f of layerDefinitions['construction-sites'].features(db, {}, asOf)) {
    const i = siteLocal.get(String(f.properties.id));
    if (i === undefined) continue;
    const compliant = f.properties.compliant as boolean | null;
    siteCompliant[i] = compliant === null ? 255 : compliant ? 1 : 0;
    siteActive[i] = f.properties.active === true ? 1 : 0;
    let mask = 0;
    for (const check of f.properties.failedChecks as SixCheck[]) mask |= 1 << sixChecks.indexOf(check);
    siteFailed[i] = mask;
  }

  const { machines, zones } = data;
  const limit = cstMinute(asOf);
  const asOfDate = asOf.slice(0, 10);
  const inForce = zones.filter((z) => z.effectiveFrom <= asOfDate);
  const machineLatest = new Int32Array(machines.ids.length).fill(-1);
  const machineInZone = new Uint8Array(machines.ids.length);
  for (let m = 0; m < machines.ids.length; m++) {
    // Last position with minute ≤ limit in [start, end).
    let lo = machines.start[m] as number;
    let hi = machines.end[m] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((machines.minute[mid] as number) <= limit) lo = mid + 1;
      else hi = mid;
    }
    const p = lo - 1;
    if (p < (machines.start[m] as number)) continue;
    machineLatest[m] = p;
    const x = machines.lon[p] as number;
    const y = machines.lat[p] as number;
    machineInZone[m] = inForce.some((z) => z.prepared.contains(x, y)) ? 1 : 0;
  }
  return { asOf, villageStatus, siteCompliant, siteFailed, siteActive, machineLatest, machineInZone };
}

/** The positions of one CST calendar month, with their machine and time, in a flatbush index. */
function positionsOfMonth(data: StatsData, month: string): MonthPositions {
  const from = cstMinute(`${month}-01T00:00`);
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
  const to = cstMinute(`${next}-01T00:00`);
  const { machines } = data;
  const picked: number[] = [];
  const owner: number[] = [];
  for (let m = 0; m < machines.ids.length; m++) {
    for (let p = machines.start[m] as number; p < (machines.end[m] as number); p++) {
      const t = machines.minute[p] as number;
      if (t >= from && t < to) {
        picked.push(p);
        owner.push(m);
      }
    }
  }
  const lons = Float64Array.from(picked, (p) => machines.lon[p] as number);
  const lats = Float64Array.from(picked, (p) => machines.lat[p] as number);
  return { index: createPointIndex(lons, lats), machine: Int32Array.from(owner), minute: Int32Array.from(picked, (p) => machines.minute[p] as number) };
}
