import type { WarningEventRecord, WarningRecord } from '../emergency/contract.ts';
import type { WarningBasis, WarningChange, WarningLevel } from '../schema/enums/emergency.ts';
import type { Provenance } from '../schema/enums/provenance.ts';
import type { Db } from './open-database.ts';

/** A stored change of a warning: the level functions' record and who recorded it. */
export interface StoredWarningEvent extends WarningEventRecord {
  note: string | null;
  /** ISO 8601 UTC. */
  recordedAt: string;
  recordedBy: string;
}

/** What a warning issued from the forecast stored of it: the daily AQI and the level Xinzhou's triggers derive. */
export interface StoredForecast {
  dailyAqi: number[];
  derivedLevel: 'none' | WarningLevel;
}

/** A warning as stored: the level functions' record, its events in seq order and the row's other fields. */
export interface StoredWarning extends WarningRecord {
  events: readonly StoredWarningEvent[];
  basis: WarningBasis;
  forecast: StoredForecast | null;
  document: string | null;
  note: string | null;
  /** The list version in force on the start's day when issued, with its label. */
  listVersion: { id: number; version: string } | null;
  provenance: Provenance;
  createdAt: string;
  createdBy: string;
}

interface WarningRow {
  id: number;
  issued_at: string;
  start_at: string;
  planned_end_at: string | null;
  lifted_at: string | null;
  basis: WarningBasis;
  forecast: string | null;
  document: string | null;
  note: string | null;
  list_version_id: number | null;
  list_version: string | null;
  provenance: Provenance;
  created_at: string;
  created_by: string;
}

interface EventRow {
  warning_id: number;
  seq: number;
  kind: WarningChange;
  effective_at: string;
  level: WarningLevel | null;
  planned_end_at: string | null;
  note: string | null;
  recorded_at: string;
  recorded_by: string;
}

const WARNING_SELECT = `SELECT w.*, v.version AS list_version FROM emergency_warnings w
  LEFT JOIN emergency_list_versions v ON v.id = w.list_version_id`;

const toEvent = (row: EventRow): StoredWarningEvent => ({
  seq: row.seq,
  kind: row.kind,
  effectiveAt: row.effective_at,
  level: row.level,
  plannedEndAt: row.planned_end_at,
  note: row.note,
  recordedAt: row.recorded_at,
  recordedBy: row.recorded_by,
});

const toWarning = (row: WarningRow, events: readonly StoredWarningEvent[]): StoredWarning => ({
  id: row.id,
  issuedAt: row.issued_at,
  startAt: row.start_at,
  plannedEndAt: row.planned_end_at,
  liftedAt: row.lifted_at,
  events,
  basis: row.basis,
  forecast: row.forecast === null ? null : (JSON.parse(row.forecast) as StoredForecast),
  document: row.document,
  note: row.note,
  listVersion: row.list_version_id === null ? null : { id: row.list_version_id, version: row.list_version ?? '' },
  provenance: row.provenance,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

/** Every warning with its events, in id order. */
export function readWarnings(db: Db): StoredWarning[] {
  const rows = db.prepare(`${WARNING_SELECT} ORDER BY w.id`).all() as WarningRow[];
  const events = db.prepare('SELECT * FROM emergency_warning_events ORDER BY warning_id, seq').all() as EventRow[];
  const byWarning = new Map<number, StoredWarningEvent[]>();
  for (const event of events) {
    const list = byWarning.get(event.warning_id) ?? [];
    list.push(toEvent(event));
    byWarning.set(event.warning_id, list);
  }
  return rows.map((row) => toWarning(row, byWarning.get(row.id) ?? []));
}

/** One warning with its events, or null. */
export function readWarning(db: Db, id: number): StoredWarning | null {
  const row = db.prepare(`${WARNING_SELECT} WHERE w.id = ?`).get(id) as WarningRow | undefined;
  if (!row) return null;
  const events = db
    .prepare('SELECT * FROM emergency_warning_events WHERE warning_id = ? ORDER BY seq')
    .all(id) as EventRow[];
  return toWarning(row, events.map(toEvent));
}

/** The fields of a new warning row. */
export interface NewWarning {
  issuedAt: string;
  startAt: string;
  plannedEndAt: string | null;
  basis: WarningBasis;
  forecast: StoredForecast | null;
  document: string | null;
  note: string | null;
  listVersionId: number | null;
  provenance: Provenance;
  createdAt: string;
  createdBy: string;
}

/** Inserts a warning row (its events separately); returns its id. */
export function insertWarning(db: Db, w: NewWarning): number {
  const result = db
    .prepare(
      `INSERT INTO emergency_warnings (issued_at, start_at, planned_end_at, lifted_at, basis, forecast, document,
         note, list_version_id, provenance, created_at, created_by)
       VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      w.issuedAt,
      w.startAt,
      w.plannedEndAt,
      w.basis,
      w.forecast === null ? null : JSON.stringify(w.forecast),
      w.document,
      w.note,
      w.listVersionId,
      w.provenance,
      w.createdAt,
      w.createdBy,
    );
  return Number(result.lastInsertRowid);
}

/** Appends an event to a warning with the next seq; returns the seq. */
export function insertWarningEvent(db: Db, warningId: number, event: Omit<StoredWarningEvent, 'seq'>): number {
  const { next } = db
    .prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM emergency_warning_events WHERE warning_id = ?')
    .get(warningId) as { next: number };
  db.prepare(
    `INSERT INTO emergency_warning_events (warning_id, seq, kind, effective_at, level, planned_end_at, note,
       recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    warningId,
    next,
    event.kind,
    event.effectiveAt,
    event.level,
    event.plannedEndAt,
    event.note,
    event.recordedAt,
    event.recordedBy,
  );
  return next;
}

/** Sets a warning's planned end (an extension). */
export function updateWarningPlannedEnd(db: Db, warningId: number, plannedEndAt: string | null): void {
  db.prepare('UPDATE emergency_warnings SET planned_end_at = ? WHERE id = ?').run(plannedEndAt, warningId);
}

/** Marks a warning lifted at `liftedAt`. */
export function setWarningLifted(db: Db, warningId: number, liftedAt: string): void {
  db.prepare('UPDATE emergency_warnings SET lifted_at = ? WHERE id = ?').run(liftedAt, warningId);
}
