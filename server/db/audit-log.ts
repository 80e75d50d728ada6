import type { AuditEntry, AuditQuery } from '../schema/audit.ts';
import type { AuditAction } from '../schema/enums/audit-action.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database.ts';

/** Who did it: a signed-in user, or a named system/anonymous actor (a failed login's name). */
export interface Actor {
  id: number | null;
  username: string;
  role: SessionUser['role'] | null;
}

/** One write to record. */
export interface AuditRecord {
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

const inserts = new WeakMap<Db, Statement<unknown[]>>();

/**
 * Appends one entry to the audit log (call inside the write's transaction so both land or neither).
 *
 * @param at when, ISO 8601 UTC (the caller's injected clock)
 */
export function recordAudit(db: Db, actor: Actor, record: AuditRecord, at: string): void {
  let insert = inserts.get(db);
  if (!insert) {
    insert = db.prepare(
      'INSERT INTO audit_log (at, actor_id, actor, role, action, entity, entity_id, before, after, detail) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    inserts.set(db, insert);
  }
  insert.run(
    at,
    actor.id,
    actor.username,
    actor.role,
    record.action,
    record.entity,
    record.entityId === undefined || record.entityId === null ? null : String(record.entityId),
    json(record.before),
    json(record.after),
    json(record.detail),
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor: string;
  role: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  detail: string | null;
}

const parse = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));

/** Entries newest first, filtered; `nextBefore` pages on. */
export function listAudit(db: Db, query: AuditQuery): { entries: AuditEntry[]; nextBefore: number | null } {
  const rows = db
    .prepare(
      `SELECT * FROM audit_log
       WHERE (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action = @action)
         AND (@entity IS NULL OR entity = @entity)
         AND (@entityId IS NULL OR entity_id = @entityId) AND (@before IS NULL OR id < @before)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({
      actor: query.actor ?? null,
      action: query.action ?? null,
      entity: query.entity ?? null,
      entityId: query.entityId ?? null,
      before: query.before ?? null,
      limit: query.limit + 1,
    }) as AuditRow[];
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actor: r.actor,
      role: r.role,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: parse(r.before),
      after: parse(r.after),
      detail: parse(r.detail),
    })),
    nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
