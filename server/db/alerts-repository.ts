import { routeAlert, type AlertRouting } from '../departments/alert-routing.ts';
import { err, ok, type Result } from '../result.ts';
import { fourEyesRefusal, nextAlertStatus, type AlertAction, type AlertStatus } from '../rules/alert-lifecycle.ts';
import type { RuleHit } from '../rules/evaluate-rules.ts';
import type { Alert } from '../schema/alerts.ts';
import { alertStatusLabels } from '../schema/enums/alert-status.ts';
import type { Localized } from '../schema/localized.ts';
import type { AuditAction } from '../schema/enums/audit-action.ts';
import { recordAudit, type Actor } from './audit-log.ts';
import { readAlertRouting } from './department-routing-reads.ts';
import type { Db } from './open-database.ts';

interface AlertRow {
  id: number;
  rule: string;
  task: number;
  severity: Alert['severity'];
  layer: string;
  entity_id: string;
  township_code: string;
  title: string;
  detail: string;
  since: string | null;
  raised_at: string;
  last_seen_at: string;
  cleared_at: string | null;
  status: AlertStatus;
  assignee: string | null;
  /** The department it was routed to (issue 17), or null: its task's default. */
  department_id: string | null;
}
interface EventRow {
  alert_id: number;
  action: Alert['events'][number]['action'];
  actor: string;
  at: string;
  note: string | null;
  photo: string | null;
}

/** The actor recorded for what the system does itself (raising and clearing). */
export const SYSTEM_ACTOR = 'system';

/** The audit action of each action on an alert. */
const ALERT_ACTION_AUDIT: Record<AlertAction, AuditAction> = {
  assign: 'alert.assign',
  resolve: 'alert.resolve',
  verify: 'alert.verify',
  reopen: 'alert.reopen',
};

/**
 * Brings the alert ledger in step with the rule hits at `at` (an as-of moment). A hit belongs to
 * the episode of its rule and entity that is not cleared by `at` (its seen span is extended, back
 * or forward); with none, it raises a new alert at `at`. An alert still open whose hit is gone at
 * a moment at or after it was last seen is cleared there (at the same moment: the facts changed
 * since, e.g. a warning lifted). Cleared episodes are never reopened by the sync, so looking back
 * in time never rewrites their history. Records `at` as the moment the ledger is synced to
 * ({@link readLedgerSyncedTo}). One transaction; a sync that changes nothing (the same hits at the
 * same moment) writes no row, so it adds nothing to the change log (migration 0005) either.
 *
 * Only the ledger's own advance calls this (`advanceAlertLedger`: the scheduler at the dataset's
 * present and the writes that change rule facts); a GET never does.
 *
 * @param now when the sync runs, ISO 8601 UTC (the injected clock): the time of its `alert.sync` audit entry
 */
export function syncAlerts(db: Db, at: string, hits: readonly RuleHit[], now: string): void {
  const all = db.prepare('SELECT * FROM alerts ORDER BY raised_at, id').all() as AlertRow[];
  const byKey = new Map<string, AlertRow[]>();
  for (const a of all) byKey.set(`${a.rule}|${a.entity_id}`, [...(byKey.get(`${a.rule}|${a.entity_id}`) ?? []), a]);
  const insert = db.prepare(
    `INSERT INTO alerts (rule, task, severity, layer, entity_id, township_code, title, detail, since, raised_at,
       last_seen_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')`,
  );
  // only when something changes: a repeated sync writes nothing
  const extend = db.prepare(
    `UPDATE alerts SET raised_at = min(raised_at, @at), last_seen_at = max(last_seen_at, @at), detail = @detail,
       severity = @severity
     WHERE id = @id AND (raised_at > @at OR last_seen_at < @at OR detail <> @detail OR severity <> @severity)`,
  );
  const markSynced = db.prepare(
    'INSERT INTO alert_ledger (id, synced_to) VALUES (1, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET synced_to = excluded.synced_to WHERE synced_to <> excluded.synced_to',
  );
  const clear = db.prepare('UPDATE alerts SET cleared_at = ? WHERE id = ?');
  const event = db.prepare('INSERT INTO alert_events (alert_id, action, actor, at, note) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    const seen = new Set<string>();
    const raised: number[] = [];
    const cleared: number[] = [];
    for (const hit of hits) {
      const key = `${hit.rule}|${hit.entityId}`;
      seen.add(key);
      // the episode `at` belongs to: the earliest one not cleared by then (a later one is extended back)
      const episode = (byKey.get(key) ?? []).find((a) => a.cleared_at === null || a.cleared_at > at);
      if (episode) {
        extend.run({ at, detail: JSON.stringify(hit.detail), severity: hit.severity, id: episode.id });
        continue;
      }
      const { lastInsertRowid } = insert.run(
        hit.rule,
        hit.task,
        hit.severity,
        hit.layer,
        hit.entityId,
        hit.township,
        JSON.stringify(hit.title),
        JSON.stringify(hit.detail),
        hit.since,
        at,
        at,
      );
      event.run(Number(lastInsertRowid), 'raised', SYSTEM_ACTOR, at, null);
      raised.push(Number(lastInsertRowid));
    }
    for (const alert of all) {
      // gone at `at`: cleared there, unless it was seen later (a sync back in time); at the very moment it was
      // last seen, the facts changed since (an issued warning lifted, a record corrected): cleared as well
      if (alert.cleared_at !== null || seen.has(`${alert.rule}|${alert.entity_id}`) || at < alert.last_seen_at)
        continue;
      clear.run(at, alert.id);
      event.run(alert.id, 'cleared', SYSTEM_ACTOR, at, 'condition no longer holds');
      cleared.push(alert.id);
    }
    // the rule engine's own writes: which alerts it raised and cleared at this as-of moment
    if (raised.length || cleared.length)
      recordAudit(
        db,
        { id: null, username: SYSTEM_ACTOR, role: null },
        { action: 'alert.sync', entity: 'alert', detail: { at, raised, cleared } },
        now,
      );
    markSynced.run(at);
  })();
}

/** The as-of moment (YYYY-MM-DDTHH:mm CST) the alert ledger was last synced at, or null before its first sync. */
export function readLedgerSyncedTo(db: Db): string | null {
  return (db.prepare('SELECT synced_to FROM alert_ledger WHERE id = 1').pluck().get() as string | undefined) ?? null;
}

function toAlert(row: AlertRow, events: EventRow[], routing?: AlertRouting): Alert {
  return {
    ...(routing && routeAlert(row.task, row.department_id ?? null, routing)),
    id: row.id,
    rule: row.rule,
    task: row.task,
    severity: row.severity,
    layer: row.layer,
    entityId: row.entity_id,
    township: row.township_code,
    title: JSON.parse(row.title) as Alert['title'],
    detail: JSON.parse(row.detail) as Alert['detail'],
    since: row.since,
    raisedAt: row.raised_at,
    lastSeenAt: row.last_seen_at,
    clearedAt: row.cleared_at,
    status: row.status,
    assignee: row.assignee,
    events: events.map((e) => ({
      action: e.action,
      actor: e.actor,
      at: e.at,
      note: e.note,
      hasPhoto: e.photo !== null,
    })),
  };
}

/** Filters of listAlerts. */
export interface AlertFilters {
  township?: string | undefined;
  rule?: string | undefined;
  status?: readonly AlertStatus[] | undefined;
  severity?: readonly Alert['severity'][] | undefined;
  /** The effective department (issue 17: the alert's own, else its task's default). */
  department?: string | undefined;
}

/** Alerts in force at `at` (raised by then, not cleared by then), with their event history. */
export function listAlerts(db: Db, at: string, filters: AlertFilters = {}): Alert[] {
  const clauses = ['raised_at <= ?', '(cleared_at IS NULL OR cleared_at > ?)'];
  const params: (string | number)[] = [at, at];
  if (filters.township) {
    clauses.push('township_code = ?');
    params.push(filters.township);
  }
  if (filters.rule) {
    clauses.push('rule = ?');
    params.push(filters.rule);
  }
  if (filters.status?.length) {
    clauses.push(`status IN (${filters.status.map(() => '?').join(', ')})`);
    params.push(...filters.status);
  }
  if (filters.severity?.length) {
    clauses.push(`severity IN (${filters.severity.map(() => '?').join(', ')})`);
    params.push(...filters.severity);
  }
  const rows = db
    .prepare(`SELECT * FROM alerts WHERE ${clauses.join(' AND ')} ORDER BY id`)
    .all(...params) as AlertRow[];
  const events = new Map<number, EventRow[]>();
  if (rows.length) {
    for (const e of db
      .prepare('SELECT alert_id, action, actor, at, note, photo FROM alert_events ORDER BY id')
      .iterate() as IterableIterator<EventRow>) {
      events.set(e.alert_id, [...(events.get(e.alert_id) ?? []), e]);
    }
  }
  const routing = readAlertRouting(db);
  return rows
    .map((r) => toAlert(r, events.get(r.id) ?? [], routing))
    .filter((a) => !filters.department || a.department?.id === filters.department);
}

/** One alert with its history, or null. */
export function readAlert(db: Db, id: number): Alert | null {
  const row = db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
  if (!row) return null;
  return toAlert(
    row,
    db
      .prepare('SELECT alert_id, action, actor, at, note, photo FROM alert_events WHERE alert_id = ? ORDER BY id')
      .all(id) as EventRow[],
    readAlertRouting(db),
  );
}

/** Outcome of an action on an alert: the alert as it now is, or why nothing changed. */
export type ActOutcome = Result<Alert, { code: 'not-found' | 'conflict'; message: string; text: Localized }>;

/** The Chinese of each action, as a refusal names it. */
const actionZh: Record<AlertAction, string> = { assign: '指派', resolve: '办结', verify: '核验', reopen: '退回' };

/**
 * Applies an action to alert `id` if the loop allows it from its current status, recording who,
 * when (`now`, the caller's injected clock), the note and the photo. Illegal transitions, and a verification by the
 * user who resolved the alert (four eyes), change nothing.
 */
export function actOnAlert(
  db: Db,
  id: number,
  action: AlertAction,
  input: { actor: Actor; assignee?: string; note?: string | undefined; photo?: string | undefined },
  now: Date,
): ActOutcome {
  return db.transaction((): ActOutcome => {
    const row = db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
    if (!row) {
      const message = `no alert ${id}`;
      return err({ code: 'not-found', message, text: { zh: `未找到告警 ${id}`, en: message } });
    }
    const next = nextAlertStatus(row.status, action);
    if (!next) {
      const message = `cannot ${action} an alert that is ${row.status}`;
      const zh = `告警当前为「${alertStatusLabels[row.status].zh}」，不能${actionZh[action]}`;
      return err({ code: 'conflict', message, text: { zh, en: message } });
    }
    const resolvedBy = db
      .prepare("SELECT actor FROM alert_events WHERE alert_id = ? AND action = 'resolved' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get(id) as string | undefined;
    const refusal = fourEyesRefusal(action, input.actor.username, resolvedBy ?? null);
    if (refusal) {
      const message = `alert ${id}: ${refusal}`;
      // only the one who resolved it is refused: the refusal speaks to them
      const zh = '此告警由您办结，须由另一名用户核验（双人复核）';
      return err({ code: 'conflict', message, text: { zh, en: message } });
    }
    const assignee = action === 'assign' ? (input.assignee ?? null) : row.assignee;
    db.prepare('UPDATE alerts SET status = ?, assignee = ? WHERE id = ?').run(next, assignee, id);
    const recorded =
      action === 'assign'
        ? 'assigned'
        : action === 'resolve'
          ? 'resolved'
          : action === 'verify'
            ? 'verified'
            : 'reopened';
    const note = action === 'assign' ? [`→ ${assignee}`, input.note].filter(Boolean).join(' · ') : (input.note ?? null);
    db.prepare('INSERT INTO alert_events (alert_id, action, actor, at, note, photo) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      recorded,
      input.actor.username,
      now.toISOString(),
      note,
      input.photo ?? null,
    );
    recordAudit(
      db,
      input.actor,
      {
        action: ALERT_ACTION_AUDIT[action],
        entity: 'alert',
        entityId: id,
        before: { status: row.status, assignee: row.assignee },
        after: { status: next, assignee },
        detail: { note, photo: input.photo ? 'attached' : undefined },
      },
      now.toISOString(),
    );
    const alert = readAlert(db, id);
    const message = `no alert ${id}`;
    return alert ? ok(alert) : err({ code: 'not-found', message, text: { zh: `未找到告警 ${id}`, en: message } });
  })();
}
