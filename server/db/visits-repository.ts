import type { RequestCategory, RequestStatus, VisitTopic } from '../schema/enums/assistance.ts';
import type { Provenance } from '../schema/common.ts';
import type { VisitProblemCategory } from '../visits/problem-categories.ts';
import type { StoredVisit } from '../visits/visit-at.ts';
import type { Db } from './open-database.ts';

interface VisitRow {
  id: number;
  enterprise_id: string;
  enterprise_name: string;
  township: string;
  township_name: string;
  lon: number;
  lat: number;
  department_id: string;
  department_name: string;
  visited_at: string;
  visitors: string;
  topic: VisitTopic;
  problems: string;
  follow_up: string;
  follow_up_due_on: string | null;
  follow_up_done_on: string | null;
  photo_id: number | null;
  provenance: Provenance;
}

interface RequestRow {
  id: number;
  visit_id: number;
  text: string;
  category: RequestCategory;
  department_id: string;
  department_name: string;
  status: RequestStatus;
  response: string | null;
  answered_at: string | null;
}

const VISIT_SELECT = `SELECT v.*, e.name AS enterprise_name, e.township_code AS township, t.name AS township_name,
    e.lon, e.lat,
    d.name AS department_name
  FROM assistance_visits v JOIN enterprises e ON e.id = v.enterprise_id JOIN townships t ON t.code = e.township_code
  JOIN departments d ON d.id = v.department_id`;

/** Filters of {@link readStoredVisits}; absent members do not filter. */
export interface VisitFilter {
  /** Visited at or before this moment (as-of). */
  until: string;
  enterprise?: string | undefined;
  department?: string | undefined;
  township?: string | undefined;
  topic?: VisitTopic | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The visits made by `until` matching the filter, newest first, each with its requests (as stored). */
export function readStoredVisits(db: Db, filter: VisitFilter): StoredVisit[] {
  const rows = db
    .prepare(
      `${VISIT_SELECT} WHERE v.visited_at <= @until
        AND (@enterprise IS NULL OR v.enterprise_id = @enterprise)
        AND (@department IS NULL OR v.department_id = @department)
        AND (@township IS NULL OR e.township_code = @township)
        AND (@topic IS NULL OR v.topic = @topic)
        AND (@from IS NULL OR v.visited_at >= @from)
        AND (@to IS NULL OR v.visited_at <= @to || 'T23:59')
       ORDER BY v.visited_at DESC, v.id DESC`,
    )
    .all({
      until: filter.until,
      enterprise: filter.enterprise ?? null,
      department: filter.department ?? null,
      township: filter.township ?? null,
      topic: filter.topic ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    }) as VisitRow[];
  return withRequests(db, rows);
}

/** One visit with its requests, or null. */
export function readStoredVisit(db: Db, id: number): StoredVisit | null {
  const row = db.prepare(`${VISIT_SELECT} WHERE v.id = ?`).get(id) as VisitRow | undefined;
  return row ? (withRequests(db, [row])[0] ?? null) : null;
}

function withRequests(db: Db, rows: readonly VisitRow[]): StoredVisit[] {
  if (rows.length === 0) return [];
  const requests = db
    .prepare(
      `SELECT r.*, d.name AS department_name FROM assistance_requests r JOIN departments d ON d.id = r.department_id
       WHERE r.visit_id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as RequestRow[];
  const byVisit = new Map<number, RequestRow[]>();
  for (const r of requests) byVisit.set(r.visit_id, [...(byVisit.get(r.visit_id) ?? []), r]);
  return rows.map((r) => ({
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    township: r.township,
    townshipName: r.township_name,
    position: [r.lon, r.lat],
    departmentId: r.department_id,
    departmentName: r.department_name,
    visitedAt: r.visited_at,
    visitors: r.visitors,
    topic: r.topic,
    problems: JSON.parse(r.problems) as { text: string; category: VisitProblemCategory }[],
    followUp: r.follow_up,
    followUpDueOn: r.follow_up_due_on,
    followUpDoneOn: r.follow_up_done_on,
    photoId: r.photo_id,
    provenance: r.provenance,
    requests: (byVisit.get(r.id) ?? []).map((q) => ({
      id: q.id,
      text: q.text,
      category: q.category,
      departmentId: q.department_id,
      departmentName: q.department_name,
      status: q.status,
      response: q.response,
      answeredAt: q.answered_at,
    })),
  }));
}

/** The ids of the departments among `ids` that exist. */
export function existingDepartments(db: Db, ids: readonly string[]): Set<string> {
  const rows = db
    .prepare('SELECT id FROM departments WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(ids)) as string[];
  return new Set(rows);
}

/** A user's department, or null when none is assigned. */
export function userDepartment(db: Db, userId: number): string | null {
  return (db.prepare('SELECT department_id FROM users WHERE id = ?').pluck().get(userId) as string | null) ?? null;
}

/** An enterprise's name and township, or null. */
export function readEnterpriseTownship(db: Db, id: string): { name: string; township: string } | null {
  return (
    (db.prepare('SELECT name, township_code AS township FROM enterprises WHERE id = ?').get(id) as
      | { name: string; township: string }
      | undefined) ?? null
  );
}

/** A new visit's columns. */
export interface VisitInsert {
  enterpriseId: string;
  departmentId: string;
  visitedAt: string;
  visitors: string;
  visitorId: number | null;
  topic: VisitTopic;
  problems: readonly { text: string; category: VisitProblemCategory }[];
  followUp: string;
  followUpDueOn: string | null;
  photoId: number | null;
  provenance: Provenance;
  requests: readonly { text: string; category: RequestCategory; departmentId: string }[];
}

/** Inserts a visit with its requests (all open); returns its id. */
export function insertAssistanceVisit(db: Db, v: VisitInsert, recordedAt: string): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO assistance_visits (enterprise_id, department_id, visited_at, visitors, visitor_id, topic, problems,
           follow_up, follow_up_due_on, photo_id, provenance, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        v.enterpriseId,
        v.departmentId,
        v.visitedAt,
        v.visitors,
        v.visitorId,
        v.topic,
        JSON.stringify(v.problems),
        v.followUp,
        v.followUpDueOn,
        v.photoId,
        v.provenance,
        recordedAt,
      ).lastInsertRowid,
  );
  const insert = db.prepare(
    "INSERT INTO assistance_requests (visit_id, text, category, department_id, status) VALUES (?, ?, ?, ?, 'open')",
  );
  for (const r of v.requests) insert.run(id, r.text, r.category, r.departmentId);
  return id;
}

/** The visit a request belongs to, or null for no such request. */
export function requestVisitId(db: Db, requestId: number): number | null {
  return (db.prepare('SELECT visit_id FROM assistance_requests WHERE id = ?').pluck().get(requestId) as number) ?? null;
}

/** Records the answer to a request. */
export function answerRequest(
  db: Db,
  requestId: number,
  a: { status: Exclude<RequestStatus, 'open'>; response: string; answeredAt: string },
): void {
  db.prepare('UPDATE assistance_requests SET status = ?, response = ?, answered_at = ? WHERE id = ?').run(
    a.status,
    a.response,
    a.answeredAt,
    requestId,
  );
}

/** Records a visit's follow-up done on a day. */
export function markFollowUpDone(db: Db, visitId: number, doneOn: string): void {
  db.prepare('UPDATE assistance_visits SET follow_up_done_on = ? WHERE id = ?').run(doneOn, visitId);
}

/** The moments of the assistance visits (帮扶) made between two moments, inclusive, in time order. */
export function readAssistanceVisitMoments(db: Db, from: string, to: string): string[] {
  return db
    .prepare('SELECT visited_at FROM assistance_visits WHERE visited_at >= ? AND visited_at <= ? ORDER BY visited_at')
    .pluck()
    .all(from, to) as string[];
}
