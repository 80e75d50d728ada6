/**
 * The warning mechanism's records (issue 15): dated steps, notifications and their acknowledgements, resident
 * supervisors, visits; and the lookups their checks need (enterprises, accounts that may supervise).
 *
 * @module
 */
import type { LineState, NotificationChannel, StepKind, VisitKind, VisitVerdict } from '../schema/enums/emergency.ts';
import type { Provenance } from '../schema/enums/provenance.ts';
import type { Role } from '../schema/auth.ts';
import type { Db } from './open-database.ts';

// ---- steps

export interface StepRecord {
  id: number;
  kind: StepKind;
  at: string;
  enterpriseId: string | null;
  note: string;
  recordedBy: string;
}

interface StepRow {
  id: number;
  kind: StepKind;
  at: string;
  enterprise_id: string | null;
  note: string;
  recorded_by: string;
}

const toStep = (r: StepRow): StepRecord => ({
  id: r.id,
  kind: r.kind,
  at: r.at,
  enterpriseId: r.enterprise_id,
  note: r.note,
  recordedBy: r.recorded_by,
});

/** The steps of a warning, in time order. */
export function readSteps(db: Db, warningId: number): StepRecord[] {
  const rows = db
    .prepare('SELECT * FROM emergency_steps WHERE warning_id = ? ORDER BY at, id')
    .all(warningId) as StepRow[];
  return rows.map(toStep);
}

/** Inserts a step; returns it. */
export function insertStep(db: Db, warningId: number, step: Omit<StepRecord, 'id'>, recordedAt: string): StepRecord {
  const result = db
    .prepare(
      `INSERT INTO emergency_steps (warning_id, kind, at, enterprise_id, note, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(warningId, step.kind, step.at, step.enterpriseId, step.note, recordedAt, step.recordedBy);
  return { id: Number(result.lastInsertRowid), ...step };
}

// ---- notifications

export interface NotificationRecord {
  enterpriseId: string;
  notifiedAt: string;
  channel: NotificationChannel;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

interface NotificationRow {
  enterprise_id: string;
  notified_at: string;
  channel: NotificationChannel;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
}

const toNotification = (r: NotificationRow): NotificationRecord => ({
  enterpriseId: r.enterprise_id,
  notifiedAt: r.notified_at,
  channel: r.channel,
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by,
});

/** The notifications of a warning, by enterprise id. */
export function readNotifications(db: Db, warningId: number): NotificationRecord[] {
  const rows = db
    .prepare('SELECT * FROM emergency_notifications WHERE warning_id = ? ORDER BY enterprise_id')
    .all(warningId) as NotificationRow[];
  return rows.map(toNotification);
}

/** One notification, or null. */
export function readNotification(db: Db, warningId: number, enterpriseId: string): NotificationRecord | null {
  const row = db
    .prepare('SELECT * FROM emergency_notifications WHERE warning_id = ? AND enterprise_id = ?')
    .get(warningId, enterpriseId) as NotificationRow | undefined;
  return row ? toNotification(row) : null;
}

/**
 * Records that an enterprise was notified; notifying it again updates the time and channel unless it has
 * acknowledged already (an acknowledgement is kept as it was, with the notification it answered).
 */
export function upsertNotification(
  db: Db,
  warningId: number,
  enterpriseId: string,
  notifiedAt: string,
  channel: NotificationChannel,
  recordedBy: string,
): void {
  db.prepare(
    `INSERT INTO emergency_notifications (warning_id, enterprise_id, notified_at, channel, recorded_by)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (warning_id, enterprise_id) DO UPDATE SET notified_at = excluded.notified_at,
       channel = excluded.channel, recorded_by = excluded.recorded_by
     WHERE acknowledged_at IS NULL`,
  ).run(warningId, enterpriseId, notifiedAt, channel, recordedBy);
}

/** Records an enterprise's acknowledgement. */
export function acknowledgeNotification(
  db: Db,
  warningId: number,
  enterpriseId: string,
  acknowledgedAt: string,
  acknowledgedBy: string,
): void {
  db.prepare(
    `UPDATE emergency_notifications SET acknowledged_at = ?, acknowledged_by = ?
     WHERE warning_id = ? AND enterprise_id = ?`,
  ).run(acknowledgedAt, acknowledgedBy, warningId, enterpriseId);
}

// ---- supervisors

export interface SupervisorRecord {
  enterpriseId: string;
  userId: number | null;
  username: string;
  /** The account's display name; the stored name for a supervisor without an account. */
  displayName: string;
  assignedAt: string;
  assignedBy: string;
}

interface SupervisorRow {
  enterprise_id: string;
  user_id: number | null;
  username: string;
  display_name: string | null;
  assigned_at: string;
  assigned_by: string;
}

/** The resident supervisors of a warning, by enterprise id. */
export function readSupervisors(db: Db, warningId: number): SupervisorRecord[] {
  const rows = db
    .prepare(
      `SELECT s.*, u.display_name FROM emergency_supervisors s LEFT JOIN users u ON u.id = s.user_id
       WHERE s.warning_id = ? ORDER BY s.enterprise_id`,
    )
    .all(warningId) as SupervisorRow[];
  return rows.map((r) => ({
    enterpriseId: r.enterprise_id,
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name ?? r.username,
    assignedAt: r.assigned_at,
    assignedBy: r.assigned_by,
  }));
}

/** Whether `userId` is the resident supervisor of `enterpriseId` in warning `warningId`. */
export function isSupervisorOf(db: Db, warningId: number, enterpriseId: string, userId: number): boolean {
  return (
    db
      .prepare('SELECT 1 FROM emergency_supervisors WHERE warning_id = ? AND enterprise_id = ? AND user_id = ?')
      .get(warningId, enterpriseId, userId) !== undefined
  );
}

/** Assigns (or reassigns) the supervisor of an enterprise in a warning. */
export function upsertSupervisor(
  db: Db,
  warningId: number,
  s: { enterpriseId: string; userId: number; username: string; assignedAt: string; assignedBy: string },
): void {
  db.prepare(
    `INSERT INTO emergency_supervisors (warning_id, enterprise_id, user_id, username, assigned_at, assigned_by)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (warning_id, enterprise_id) DO UPDATE SET user_id = excluded.user_id,
       username = excluded.username, assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by`,
  ).run(warningId, s.enterpriseId, s.userId, s.username, s.assignedAt, s.assignedBy);
}

/** Removes the supervisor of an enterprise in a warning. */
export function deleteSupervisor(db: Db, warningId: number, enterpriseId: string): void {
  db.prepare('DELETE FROM emergency_supervisors WHERE warning_id = ? AND enterprise_id = ?').run(
    warningId,
    enterpriseId,
  );
}

/** An account that may be a resident supervisor. */
export interface SupervisorAccount {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  townships: string[];
}

interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  disabled: number;
  townships: string;
}

const toAccount = (r: AccountRow): SupervisorAccount => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  disabled: r.disabled === 1,
  townships: JSON.parse(r.townships) as string[],
});

/** An account by id (any role, enabled or not), or null. */
export function readAccount(db: Db, id: number): SupervisorAccount | null {
  const row = db
    .prepare('SELECT id, username, display_name, role, disabled, townships FROM users WHERE id = ?')
    .get(id) as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

/** The enabled accounts of `roles`, by user name. */
export function listAccounts(db: Db, roles: readonly Role[]): SupervisorAccount[] {
  const rows = db
    .prepare(
      `SELECT id, username, display_name, role, disabled, townships FROM users
       WHERE disabled = 0 AND role IN (SELECT value FROM json_each(?)) ORDER BY username`,
    )
    .all(JSON.stringify(roles)) as AccountRow[];
  return rows.map(toAccount);
}

// ---- visits

export interface VisitRecord {
  id: number;
  warningId: number | null;
  enterpriseId: string;
  /** The name the enterprises layer (or else the warning's list) gives it; the id when neither does. */
  enterpriseName: string;
  kind: VisitKind;
  visitedAt: string;
  inspectorId: number | null;
  inspector: string;
  verdict: VisitVerdict;
  lines: { line: string; state: LineState }[];
  note: string;
  photoId: number | null;
  provenance: Provenance;
}

interface VisitRow {
  id: number;
  warning_id: number | null;
  enterprise_id: string;
  enterprise_name: string | null;
  kind: VisitKind;
  visited_at: string;
  inspector_id: number | null;
  inspector: string;
  verdict: VisitVerdict;
  lines: string;
  note: string;
  photo_id: number | null;
  provenance: Provenance;
}

const VISIT_SELECT = `SELECT v.*, COALESCE(e.name, (SELECT le.enterprise_name FROM emergency_list_entries le
    JOIN emergency_warnings w ON w.list_version_id = le.version_id
    WHERE w.id = v.warning_id AND le.enterprise_id = v.enterprise_id)) AS enterprise_name
  FROM emergency_visits v LEFT JOIN enterprises e ON e.id = v.enterprise_id`;

const toVisit = (r: VisitRow): VisitRecord => ({
  id: r.id,
  warningId: r.warning_id,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name ?? r.enterprise_id,
  kind: r.kind,
  visitedAt: r.visited_at,
  inspectorId: r.inspector_id,
  inspector: r.inspector,
  verdict: r.verdict,
  lines: JSON.parse(r.lines) as VisitRecord['lines'],
  note: r.note,
  photoId: r.photo_id,
  provenance: r.provenance,
});

/** Visits matching every filter given, in time order. */
export function readVisits(
  db: Db,
  filter: { warningId?: number | undefined; enterpriseId?: string | undefined; kind?: VisitKind | undefined },
): VisitRecord[] {
  const rows = db
    .prepare(
      `${VISIT_SELECT}
       WHERE (@warning IS NULL OR v.warning_id = @warning) AND (@enterprise IS NULL OR v.enterprise_id = @enterprise)
         AND (@kind IS NULL OR v.kind = @kind)
       ORDER BY v.visited_at, v.id`,
    )
    .all({
      warning: filter.warningId ?? null,
      enterprise: filter.enterpriseId ?? null,
      kind: filter.kind ?? null,
    }) as VisitRow[];
  return rows.map(toVisit);
}

/** One visit, or null. */
export function readVisit(db: Db, id: number): VisitRecord | null {
  const row = db.prepare(`${VISIT_SELECT} WHERE v.id = ?`).get(id) as VisitRow | undefined;
  return row ? toVisit(row) : null;
}

/** Assistance visits (any warning or none) between two moments, inclusive, in time order. */
export function readAssistanceVisitsBetween(db: Db, from: string, to: string): VisitRecord[] {
  const rows = db
    .prepare(
      `${VISIT_SELECT} WHERE v.kind = 'assistance' AND v.visited_at >= ? AND v.visited_at <= ?
       ORDER BY v.visited_at, v.id`,
    )
    .all(from, to) as VisitRow[];
  return rows.map(toVisit);
}

/** Inserts a visit; returns its id. */
export function insertVisit(db: Db, v: Omit<VisitRecord, 'id' | 'enterpriseName'>, recordedAt: string): number {
  const result = db
    .prepare(
      `INSERT INTO emergency_visits (warning_id, enterprise_id, kind, visited_at, inspector_id, inspector, verdict,
         lines, note, photo_id, provenance, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      v.warningId,
      v.enterpriseId,
      v.kind,
      v.visitedAt,
      v.inspectorId,
      v.inspector,
      v.verdict,
      JSON.stringify(v.lines),
      v.note,
      v.photoId,
      v.provenance,
      recordedAt,
    );
  return Number(result.lastInsertRowid);
}

// ---- enterprises

/** Where an enterprise of the enterprises layer is. */
export interface EnterprisePlace {
  id: string;
  name: string;
  township: string;
  townshipName: string | null;
}

/** The enterprises of `ids` that the enterprises layer holds, by id. */
export function readEnterprisePlaces(db: Db, ids: readonly string[]): Map<string, EnterprisePlace> {
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.township_code AS township, t.name AS township_name FROM enterprises e
       LEFT JOIN townships t ON t.code = e.township_code WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: string; name: string; township: string; township_name: string | null }[];
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: r.name, township: r.township, townshipName: r.township_name }]),
  );
}
