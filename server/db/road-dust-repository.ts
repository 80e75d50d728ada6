/**
 * Road segments, cleaning standards, cleanings and road-dust loads (issue 16, tasks 11 and 12): the reads and
 * writes of /api/roads and the rules' facts. Prepared statements only; writes run inside the writer's transaction.
 *
 * @module
 */
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BuiltUpAreaProperties } from '../schema/built-up-area.ts';
import type { BuiltUpPolygon } from '../spatial/inside-built-up-area.ts';
import { builtUpAreaLayer } from './layers/built-up-area.ts';
import type { RoadClass } from '../schema/enums/road-segment.ts';
import type { RoadSegmentProperties } from '../schema/road-segment.ts';
import type { CleaningBody, Cleaning, CleaningStandardView, DustLoadBody, StandardBody } from '../schema/roads.ts';
import type { ScheduleInput } from '../dust/schedule-summary.ts';
import { roadSegmentsLayer } from './layers/road-segments.ts';
import type { Db } from './open-database.ts';

/** The rules' road facts: the layer's properties at as-of with each segment's stored midpoint. */
export function readRoadFacts(db: Db, asOf: string): (RoadSegmentProperties & { midpoint: Position })[] {
  const midpoints = new Map(
    (db.prepare('SELECT id, lon, lat FROM road_segments').all() as { id: string; lon: number; lat: number }[]).map(
      (r) => [r.id, [r.lon, r.lat] as Position],
    ),
  );
  return roadSegmentsLayer.features(db, {}, asOf).map((f) => {
    const p = f.properties as RoadSegmentProperties;
    return { ...p, midpoint: midpoints.get(p.id) ?? [0, 0] };
  });
}

/** The built-up area's polygons at as-of, as the rules see them (rule-facts.ts reads them the same way). */
export function readBuiltUp(db: Db, asOf: string): BuiltUpPolygon[] {
  return builtUpAreaLayer.features(db, {}, asOf).map((f) => {
    const p = f.properties as BuiltUpAreaProperties;
    return { id: p.id, geometry: f.geometry as Polygon | MultiPolygon, provisional: p.provisional };
  });
}

/** The schedule's rows: every segment (of a township, of some classes) with its standard and last cleanings. */
export function readScheduleInputs(
  db: Db,
  asOf: string,
  filter: { township?: string | undefined; roadClass?: readonly RoadClass[] | undefined },
): ScheduleInput[] {
  const midpoints = new Map(
    (db.prepare('SELECT id, lon, lat FROM road_segments').all() as { id: string; lon: number; lat: number }[]).map(
      (r) => [r.id, [r.lon, r.lat] as Position],
    ),
  );
  const query = {
    ...(filter.township && { township: [filter.township] }),
    ...(filter.roadClass && { roadClass: [...filter.roadClass] }),
  };
  return roadSegmentsLayer.features(db, query as never, asOf).map((f) => {
    const p = f.properties as RoadSegmentProperties;
    return {
      id: p.id,
      name: p.name,
      roadClass: p.roadClass,
      township: p.township,
      townshipName: p.townshipName,
      maintainer: p.maintainer,
      lengthKm: p.lengthKm,
      sweepIntervalH: p.sweepIntervalH,
      washIntervalH: p.washIntervalH,
      lastSweepAt: p.lastSweepAt,
      lastWashAt: p.lastWashAt,
      midpoint: midpoints.get(p.id) ?? [0, 0],
    };
  });
}

interface StandardRow {
  road_class: RoadClass;
  sweep_interval_h: number;
  wash_interval_h: number | null;
  source: string;
  provenance: CleaningStandardView['provenance'];
}

/** The cleaning standard of every class held (in the order of the road classes). */
export function readStandards(db: Db): CleaningStandardView[] {
  const rows = db
    .prepare(
      `SELECT * FROM road_cleaning_standards ORDER BY CASE road_class WHEN 'arterial' THEN 1 WHEN 'secondary' THEN 2
         WHEN 'branch' THEN 3 ELSE 4 END`,
    )
    .all() as StandardRow[];
  return rows.map((r) => ({
    roadClass: r.road_class,
    sweepIntervalH: r.sweep_interval_h,
    washIntervalH: r.wash_interval_h,
    source: r.source,
    provenance: r.provenance,
  }));
}

/** The standard of one class, or undefined. */
export function readStandard(db: Db, roadClass: RoadClass): CleaningStandardView | undefined {
  return readStandards(db).find((s) => s.roadClass === roadClass);
}

/** Sets a class's standard (insert or replace), marked official (an admin entered the department's standard). */
export function upsertStandard(db: Db, roadClass: RoadClass, body: StandardBody): void {
  db.prepare(
    `INSERT INTO road_cleaning_standards (road_class, sweep_interval_h, wash_interval_h, source, provenance)
     VALUES (?, ?, ?, ?, 'official')
     ON CONFLICT (road_class) DO UPDATE SET sweep_interval_h = excluded.sweep_interval_h,
       wash_interval_h = excluded.wash_interval_h, source = excluded.source, provenance = excluded.provenance`,
  ).run(roadClass, body.sweepIntervalH, body.washIntervalH, body.source);
}

/** A segment's name and township, or undefined when there is no such segment. */
export function readSegmentPlace(db: Db, id: string): { id: string; name: string; township: string } | undefined {
  return db.prepare('SELECT id, name, township_code AS township FROM road_segments WHERE id = ?').get(id) as
    | { id: string; name: string; township: string }
    | undefined;
}

/** Every segment's line with its township (the track matcher's input). */
export function readSegmentLines(db: Db): { id: string; township: string; line: Position[] }[] {
  return (
    db.prepare('SELECT id, township_code, geometry FROM road_segments ORDER BY id').all() as {
      id: string;
      township_code: string;
      geometry: string;
    }[]
  ).map((r) => ({ id: r.id, township: r.township_code, line: (JSON.parse(r.geometry) as LineString).coordinates }));
}

interface CleaningRow {
  id: number;
  segment_id: string;
  done_at: string;
  kind: Cleaning['kind'];
  vehicle_plate: string | null;
  origin: Cleaning['origin'];
  provenance: Cleaning['provenance'];
}

const cleaningView = (r: CleaningRow): Cleaning => ({
  id: r.id,
  segmentId: r.segment_id,
  doneAt: r.done_at,
  kind: r.kind,
  plate: r.vehicle_plate,
  origin: r.origin,
  provenance: r.provenance,
});

/**
 * Records a cleaning; a cleaning of the same segment, minute and kind already held is kept (the insert is ignored).
 * Returns the stored cleaning and whether it is new.
 */
export function insertCleaning(
  db: Db,
  row: CleaningBody & { origin: Cleaning['origin'] },
): { cleaning: Cleaning; created: boolean } {
  const result = db
    .prepare(
      `INSERT INTO road_cleanings (segment_id, done_at, kind, vehicle_plate, origin, provenance)
       VALUES (?, ?, ?, ?, ?, 'official') ON CONFLICT (segment_id, done_at, kind) DO NOTHING`,
    )
    .run(row.segmentId, row.doneAt, row.kind, row.plate ?? null, row.origin);
  const stored = db
    .prepare('SELECT * FROM road_cleanings WHERE segment_id = ? AND done_at = ? AND kind = ?')
    .get(row.segmentId, row.doneAt, row.kind) as CleaningRow;
  return { cleaning: cleaningView(stored), created: result.changes > 0 };
}

/** A segment's cleanings between `from` and `to` (CST minutes, inclusive), newest first, at most `limit`. */
export function readCleanings(db: Db, segmentId: string, from: string, to: string, limit: number): Cleaning[] {
  return (
    db
      .prepare(
        `SELECT * FROM road_cleanings WHERE segment_id = ? AND done_at BETWEEN ? AND ?
         ORDER BY done_at DESC, kind LIMIT ?`,
      )
      .all(segmentId, from, to, limit) as CleaningRow[]
  ).map(cleaningView);
}

interface DustLoadRow {
  id: number;
  segment_id: string;
  segment_name: string;
  measured_on: string;
  load_g_m2: number;
  method: string;
  provenance: Cleaning['provenance'];
}

/** A road-dust load as served. */
export interface DustLoadView {
  id: number;
  segmentId: string;
  segmentName: string;
  measuredOn: string;
  loadGM2: number;
  method: string;
  provenance: Cleaning['provenance'];
}

const dustLoadView = (r: DustLoadRow): DustLoadView => ({
  id: r.id,
  segmentId: r.segment_id,
  segmentName: r.segment_name,
  measuredOn: r.measured_on,
  loadGM2: r.load_g_m2,
  method: r.method,
  provenance: r.provenance,
});

/** Records a road-dust load; a second measurement of the same segment and day replaces the first. */
export function upsertDustLoad(db: Db, body: DustLoadBody): { load: DustLoadView; before: DustLoadView | null } {
  const select = db.prepare(
    `SELECT d.*, r.name AS segment_name FROM road_dust_loads d JOIN road_segments r ON r.id = d.segment_id
     WHERE d.segment_id = ? AND d.measured_on = ?`,
  );
  const before = select.get(body.segmentId, body.measuredOn) as DustLoadRow | undefined;
  db.prepare(
    `INSERT INTO road_dust_loads (segment_id, measured_on, load_g_m2, method, provenance)
     VALUES (?, ?, ?, ?, 'official')
     ON CONFLICT (segment_id, measured_on) DO UPDATE SET load_g_m2 = excluded.load_g_m2, method = excluded.method,
       provenance = excluded.provenance`,
  ).run(body.segmentId, body.measuredOn, body.loadGM2, body.method);
  const after = select.get(body.segmentId, body.measuredOn) as DustLoadRow;
  return { load: dustLoadView(after), before: before ? dustLoadView(before) : null };
}

/** Road-dust loads (of one segment, between two dates), newest first, at most `limit`. */
export function readDustLoads(
  db: Db,
  filter: { segment?: string | undefined; from?: string | undefined; to?: string | undefined },
  limit: number,
): DustLoadView[] {
  return (
    db
      .prepare(
        `SELECT d.*, r.name AS segment_name FROM road_dust_loads d JOIN road_segments r ON r.id = d.segment_id
         WHERE (? IS NULL OR d.segment_id = ?) AND d.measured_on >= ? AND d.measured_on <= ?
         ORDER BY d.measured_on DESC, d.segment_id LIMIT ?`,
      )
      .all(
        filter.segment ?? null,
        filter.segment ?? null,
        filter.from ?? '0000-00-00',
        filter.to ?? '9999-12-31',
        limit,
      ) as DustLoadRow[]
  ).map(dustLoadView);
}
