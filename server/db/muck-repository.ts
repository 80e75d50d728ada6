/**
 * Reads and writes of the muck-truck tables (渣土车, task 11): trucks, permits, disposal sites, GPS positions and
 * spill reports. Times are CST (`YYYY-MM-DDTHH:mm`; positions with seconds).
 *
 * @module
 */
import type { LineString } from 'geojson';
import type { MuckFacts } from '../muck/muck-facts.ts';
import type { MuckFix } from '../muck/muck-fix.ts';
import { MUCK_RULE_WINDOW_HOURS } from '../muck/muck-conventions.ts';
import type { MuckPermitFacts, MuckPlace, MuckSpillFacts } from '../muck/muck-violations.ts';
import type { SpillReporter, SpillStatus } from '../schema/enums/muck-truck.ts';
import type { Provenance } from '../schema/common.ts';
import { addMinutes } from '../time/cst.ts';
import type { Db } from './open-database.ts';

/** A registered truck as the muck routes need it. */
export interface MuckTruckRecord {
  id: string;
  plate: string;
  company: string;
  township: string;
  base: [number, number];
}

/** A permit row with its route parsed. */
export interface MuckPermitRecord extends MuckPermitFacts {
  truckId: string;
  provenance: Provenance;
  source: string;
}

/** A spill report row. */
export interface SpillRecord {
  id: number;
  reportedAt: string;
  lon: number;
  lat: number;
  township: string;
  truckId: string | null;
  plate: string | null;
  reporter: SpillReporter;
  description: string;
  status: SpillStatus;
  closedAt: string | null;
  provenance: Provenance;
  recordedBy: string;
  recordedAt: string;
}

interface PermitRow {
  id: string;
  truck_id: string;
  site_id: string;
  disposal_site_id: string;
  route: string;
  buffer_m: number;
  valid_from: string;
  valid_to: string;
  hours_from: string;
  hours_to: string;
  provenance: Provenance;
  source: string;
  site_lon: number | null;
  site_lat: number | null;
}

const permitSelect = `SELECT p.*, s.lon AS site_lon, s.lat AS site_lat FROM muck_permits p
  LEFT JOIN construction_sites s ON s.id = p.site_id`;

function permitOf(r: PermitRow): MuckPermitRecord {
  return {
    id: r.id,
    truckId: r.truck_id,
    siteId: r.site_id,
    disposalSiteId: r.disposal_site_id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    hoursFrom: r.hours_from,
    hoursTo: r.hours_to,
    bufferM: r.buffer_m,
    route: (JSON.parse(r.route) as LineString).coordinates as [number, number][],
    site: r.site_lon === null || r.site_lat === null ? null : [r.site_lon, r.site_lat],
    provenance: r.provenance,
    source: r.source,
  };
}

/** The window `(from, to]` of whole minutes as bounds on position `ts` (with seconds). */
const tsBounds = (from: string, to: string) => [`${from}:59`, `${to}:59`] as const;

/** Every registered truck, by id. */
export function readMuckTrucks(db: Db): MuckTruckRecord[] {
  const rows = db.prepare('SELECT id, plate, company, township_code, lon, lat FROM muck_trucks ORDER BY id').all() as {
    id: string;
    plate: string;
    company: string;
    township_code: string;
    lon: number;
    lat: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    plate: r.plate,
    company: r.company,
    township: r.township_code,
    base: [r.lon, r.lat],
  }));
}

/** One truck by id, or null. */
export function readMuckTruck(db: Db, id: string): MuckTruckRecord | null {
  return readMuckTrucks(db).find((t) => t.id === id) ?? null;
}

/** Permits in force on some day of `[fromDay, toDay]` (dates), optionally of one truck, by truck and id. */
export function readPermitsOverlapping(db: Db, fromDay: string, toDay: string, truckId?: string): MuckPermitRecord[] {
  const rows = db
    .prepare(
      `${permitSelect} WHERE p.valid_from <= ? AND p.valid_to >= ? AND (? IS NULL OR p.truck_id = ?)
       ORDER BY p.truck_id, p.valid_from, p.id`,
    )
    .all(toDay, fromDay, truckId ?? null, truckId ?? null) as PermitRow[];
  return rows.map(permitOf);
}

/** Permits (all, or of one truck), newest first, at most `limit`. */
export function readPermits(db: Db, truckId: string | undefined, limit: number): MuckPermitRecord[] {
  const rows = db
    .prepare(`${permitSelect} WHERE (? IS NULL OR p.truck_id = ?) ORDER BY p.valid_from DESC, p.id LIMIT ?`)
    .all(truckId ?? null, truckId ?? null, limit) as PermitRow[];
  return rows.map(permitOf);
}

/** One permit by id, or null. */
export function readPermit(db: Db, id: string): MuckPermitRecord | null {
  const row = db.prepare(`${permitSelect} WHERE p.id = ?`).get(id) as PermitRow | undefined;
  return row ? permitOf(row) : null;
}

/** The disposal sites valid on `day` (`YYYY-MM-DD`), by id. */
export function readDisposalSites(db: Db, day: string): MuckPlace[] {
  return db
    .prepare(
      `SELECT id, name, lon, lat, radius_m AS radiusM FROM disposal_sites
       WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY id`,
    )
    .all(day, day) as MuckPlace[];
}

/** Whether a disposal site of that id exists (valid or not). */
export function disposalSiteExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM disposal_sites WHERE id = ?').get(id) !== undefined;
}

/** Fixes in `(from, to]` (CST minutes), optionally of one truck, grouped by truck in time order. */
export function readFixes(db: Db, from: string, to: string, truckId?: string): Map<string, MuckFix[]> {
  const [lo, hi] = tsBounds(from, to);
  const rows = (
    truckId === undefined
      ? db
          .prepare(
            `SELECT truck_id, ts, lon, lat, speed_kmh FROM muck_positions WHERE ts > ? AND ts <= ?
             ORDER BY truck_id, ts`,
          )
          .raw()
          .all(lo, hi)
      : db
          .prepare(
            `SELECT truck_id, ts, lon, lat, speed_kmh FROM muck_positions WHERE truck_id = ? AND ts > ? AND ts <= ?
             ORDER BY ts`,
          )
          .raw()
          .all(truckId, lo, hi)
  ) as [string, string, number, number, number | null][];
  const byTruck = new Map<string, MuckFix[]>();
  for (const [id, ts, lon, lat, speedKmh] of rows) {
    let list = byTruck.get(id);
    if (!list) byTruck.set(id, (list = []));
    list.push({ ts, lon, lat, speedKmh });
  }
  return byTruck;
}

interface SpillRow {
  id: number;
  reported_at: string;
  lon: number;
  lat: number;
  township_code: string;
  truck_id: string | null;
  plate: string | null;
  reporter: SpillReporter;
  description: string;
  status: SpillStatus;
  closed_at: string | null;
  provenance: Provenance;
  recorded_by: string;
  recorded_at: string;
}

function spillOf(r: SpillRow): SpillRecord {
  return {
    id: r.id,
    reportedAt: r.reported_at,
    lon: r.lon,
    lat: r.lat,
    township: r.township_code,
    truckId: r.truck_id,
    plate: r.plate,
    reporter: r.reporter,
    description: r.description,
    status: r.status,
    closedAt: r.closed_at,
    provenance: r.provenance,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
}

/** Spill reports filter. */
export interface SpillQuery {
  from?: string;
  to?: string;
  township?: string;
  status?: SpillStatus;
  truckId?: string;
  limit: number;
}

/** Spill reports reported in `(from, to]` (each bound optional), newest first, at most `limit`. */
export function readSpills(db: Db, q: SpillQuery): SpillRecord[] {
  const rows = db
    .prepare(
      `SELECT * FROM spill_reports WHERE (? IS NULL OR reported_at > ?) AND (? IS NULL OR reported_at <= ?)
         AND (? IS NULL OR township_code = ?) AND (? IS NULL OR status = ?) AND (? IS NULL OR truck_id = ?)
       ORDER BY reported_at DESC, id DESC LIMIT ?`,
    )
    .all(
      q.from ?? null,
      q.from ?? null,
      q.to ?? null,
      q.to ?? null,
      q.township ?? null,
      q.township ?? null,
      q.status ?? null,
      q.status ?? null,
      q.truckId ?? null,
      q.truckId ?? null,
      q.limit,
    ) as SpillRow[];
  return rows.map(spillOf);
}

/** One spill report, or null. */
export function readSpill(db: Db, id: number): SpillRecord | null {
  const row = db.prepare('SELECT * FROM spill_reports WHERE id = ?').get(id) as SpillRow | undefined;
  return row ? spillOf(row) : null;
}

/** Spill reports as the analysis takes them (those naming a truck). */
export function spillFacts(spills: readonly SpillRecord[]): MuckSpillFacts[] {
  return spills.flatMap((s) =>
    s.truckId === null
      ? []
      : [
          {
            id: s.id,
            truckId: s.truckId,
            reportedAt: s.reportedAt,
            lon: s.lon,
            lat: s.lat,
            description: s.description,
            status: s.status,
          },
        ],
  );
}

/**
 * The muck-truck facts of the rules at `asOf`: trucks with their permits overlapping the window and their fixes of
 * `(asOf − 24 h, asOf]`, the disposal sites valid on as-of's day, the open spill reports up to as-of naming a truck.
 */
export function readMuckFacts(db: Db, asOf: string): MuckFacts {
  const from = addMinutes(asOf, -MUCK_RULE_WINDOW_HOURS * 60);
  const fixes = readFixes(db, from, asOf);
  const permits = readPermitsOverlapping(db, from.slice(0, 10), asOf.slice(0, 10));
  const open = db
    .prepare("SELECT * FROM spill_reports WHERE status = 'open' AND truck_id IS NOT NULL AND reported_at <= ?")
    .all(asOf) as SpillRow[];
  return {
    trucks: readMuckTrucks(db).map((t) => ({
      ...t,
      permits: permits.filter((p) => p.truckId === t.id),
      fixes: fixes.get(t.id) ?? [],
    })),
    disposalSites: readDisposalSites(db, asOf.slice(0, 10)),
    openSpills: spillFacts(open.map(spillOf)),
  };
}
