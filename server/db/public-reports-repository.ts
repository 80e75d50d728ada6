import { randomBytes } from 'node:crypto';
import type { Provenance } from '../schema/enums/provenance.ts';
import type {
  PublicReportFollowUp,
  PublicReportsQuery,
  PublicReportStep,
  PublicReportSummary,
  ReportCategory,
  ReportStatus,
} from '../schema/public-reports.ts';
import { readDatasetMeta, writeDatasetMeta } from './dataset-meta.ts';
import type { Db } from './open-database.ts';

/** A public report as stored, with its contact data (the route decides who sees them). */
export interface PublicReportRecord extends PublicReportSummary {
  photoId: number | null;
  reply: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
}

interface Row {
  id: number;
  ticket: string;
  received_at: string;
  category: ReportCategory;
  status: ReportStatus;
  description: string;
  township_code: string;
  township_name: string;
  address: string | null;
  lon: number;
  lat: number;
  photo_id: number | null;
  handler: string | null;
  reply: string | null;
  reporter_name: string | null;
  reporter_phone: string | null;
  updated_at: string;
  provenance: Provenance;
}

const SELECT = `SELECT r.id, r.ticket, r.received_at, r.category, r.status, r.description, r.township_code,
  t.name AS township_name, r.address, r.lon, r.lat, r.photo_id, r.handler, r.reply, r.reporter_name,
  r.reporter_phone, r.updated_at, r.provenance
  FROM public_reports r JOIN townships t ON t.code = r.township_code`;

const summaryOf = (r: Row): PublicReportSummary => ({
  id: r.id,
  ticket: r.ticket,
  receivedAt: r.received_at,
  category: r.category,
  status: r.status,
  description: r.description,
  township: r.township_code,
  townshipName: r.township_name,
  address: r.address,
  lon: r.lon,
  lat: r.lat,
  hasPhoto: r.photo_id !== null,
  handler: r.handler,
  updatedAt: r.updated_at,
  provenance: r.provenance,
});

/** Reports matching the handlers' filters, newest first, at most `query.limit`, with the count of all matching. */
export function readPublicReports(
  db: Db,
  query: PublicReportsQuery,
): { reports: PublicReportSummary[]; total: number } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (query.status) {
    clauses.push(`r.status IN (${query.status.map(() => '?').join(', ')})`);
    params.push(...query.status);
  }
  if (query.category) {
    clauses.push(`r.category IN (${query.category.map(() => '?').join(', ')})`);
    params.push(...query.category);
  }
  if (query.township) {
    clauses.push('r.township_code = ?');
    params.push(query.township);
  }
  if (query.from) {
    clauses.push('r.received_at >= ?');
    params.push(query.from);
  }
  if (query.to) {
    clauses.push('r.received_at < ?');
    params.push(`${query.to}T99`); // the whole day: 'YYYY-MM-DDTHH:mm' < 'YYYY-MM-DDT99'
  }
  const where = clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '';
  const rows = db
    .prepare(`${SELECT}${where} ORDER BY r.received_at DESC, r.id DESC LIMIT ?`)
    .all(...params, query.limit) as Row[];
  const total = db
    .prepare(`SELECT count(*) FROM public_reports r${where}`)
    .pluck()
    .get(...params) as number;
  return { reports: rows.map(summaryOf), total };
}

/** One report with its contact data, or undefined. */
export function readPublicReport(db: Db, id: number): PublicReportRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  if (!row) return undefined;
  return {
    ...summaryOf(row),
    photoId: row.photo_id,
    reply: row.reply,
    reporterName: row.reporter_name,
    reporterPhone: row.reporter_phone,
  };
}

/** What the public sees of the report with `ticket`, or undefined. */
export function readPublicFollowUp(db: Db, ticket: string): PublicReportFollowUp | undefined {
  return db
    .prepare(
      `SELECT ticket, category, status, received_at AS receivedAt, reply, updated_at AS updatedAt
       FROM public_reports WHERE ticket = ?`,
    )
    .get(ticket) as PublicReportFollowUp | undefined;
}

/** Whether a ticket is taken. */
export function ticketExists(db: Db, ticket: string): boolean {
  return db.prepare('SELECT 1 FROM public_reports WHERE ticket = ?').get(ticket) !== undefined;
}

/** A new report to store. */
export interface NewPublicReport {
  ticket: string;
  receivedAt: string;
  category: ReportCategory;
  description: string;
  lon: number;
  lat: number;
  township: string;
  address: string | null;
  photoId: number | null;
  reporterName: string | null;
  reporterPhone: string | null;
  status: ReportStatus;
  handler: string | null;
  reply: string | null;
  updatedAt: string;
  clientKey: string;
  provenance: Provenance;
}

/** Inserts a report; returns its id. */
export function insertPublicReport(db: Db, r: NewPublicReport): number {
  return Number(
    db
      .prepare(
        `INSERT INTO public_reports (ticket, received_at, category, description, lon, lat, township_code, address,
           photo_id, reporter_name, reporter_phone, status, handler, reply, updated_at, client_key, provenance)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.ticket,
        r.receivedAt,
        r.category,
        r.description,
        r.lon,
        r.lat,
        r.township,
        r.address,
        r.photoId,
        r.reporterName,
        r.reporterPhone,
        r.status,
        r.handler,
        r.reply,
        r.updatedAt,
        r.clientKey,
        r.provenance,
      ).lastInsertRowid,
  );
}

/** Moves a report to `status`, naming its handler and (when given) replacing the public reply. */
export function updatePublicReportStatus(
  db: Db,
  id: number,
  change: { status: ReportStatus; handler: string; reply: string | undefined; at: string },
): void {
  db.prepare(
    'UPDATE public_reports SET status = ?, handler = ?, reply = coalesce(?, reply), updated_at = ? WHERE id = ?',
  ).run(change.status, change.handler, change.reply ?? null, change.at, id);
}

/** The id of the open (not cleared) `public-report-open` alert on a ticket, or null. */
export function readOpenReportAlert(db: Db, ticket: string): number | null {
  const id = db
    .prepare(
      `SELECT id FROM alerts WHERE rule = 'public-report-open' AND entity_id = ? AND cleared_at IS NULL
       ORDER BY id DESC LIMIT 1`,
    )
    .pluck()
    .get(ticket) as number | undefined;
  return id ?? null;
}

/** The handling steps of report `id`, oldest first, as the audit log recorded them (`report.step`). */
export function readPublicReportSteps(db: Db, id: number): PublicReportStep[] {
  const rows = db
    .prepare(
      `SELECT at, actor, after FROM audit_log WHERE action = 'report.step' AND entity = 'public-report'
       AND entity_id = ? ORDER BY id LIMIT 50`,
    )
    .all(String(id)) as { at: string; actor: string; after: string | null }[];
  return rows.map((r) => {
    const after = JSON.parse(r.after ?? '{}') as Partial<PublicReportStep>;
    return {
      at: r.at,
      actor: r.actor,
      action: after.action ?? 'accept',
      status: after.status ?? 'accepted',
      note: after.note ?? null,
      reply: after.reply ?? null,
    };
  });
}

/** The facts of rule `public-report-open`: reports received by as-of, with their current status. */
export function readPublicReportFacts(
  db: Db,
  asOf: string,
): { ticket: string; category: ReportCategory; status: ReportStatus; receivedAt: string; township: string }[] {
  return db
    .prepare(
      `SELECT ticket, category, status, received_at AS receivedAt, township_code AS township FROM public_reports
       WHERE received_at <= ? AND status IN ('received', 'accepted') ORDER BY ticket`,
    )
    .all(asOf) as ReturnType<typeof readPublicReportFacts>;
}

/**
 * The salt of the intake's client keys: `dataset_meta.public_report_salt`, 32 random bytes (hex) made on first use.
 * Addresses are never stored; only SHA-256(salt + address).
 */
export function publicReportSalt(db: Db): string {
  const stored = readDatasetMeta(db).values.public_report_salt;
  if (stored) return stored;
  const salt = randomBytes(32).toString('hex');
  writeDatasetMeta(db, 'public_report_salt', salt);
  return salt;
}
