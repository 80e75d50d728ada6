import type { AlertLevel } from '../rules/alert-level.ts';
import type { RuleHit } from '../rules/evaluate-rules.ts';
import type { ListedAlert } from '../schema/alerts.ts';
import { listAlerts, readLedgerSyncedTo, type AlertFilters } from '../db/alerts-repository.ts';
import { readAlertRouting } from '../db/department-routing-reads.ts';
import { routeAlert, type AlertRouting } from '../departments/alert-routing.ts';
import type { Db } from '../db/open-database.ts';
import { ruleHitsAt } from './rule-hits-at.ts';

/** The alerts in force at a moment, as {@link readAlertsAt} reads them. */
export interface AlertsAt {
  /** The moment asked, `YYYY-MM-DDTHH:mm` CST. */
  at: string;
  /** The moment the ledger is synced to, or null before its first sync. */
  ledgerAt: string | null;
  /** Ledger alerts first (by id), then the provisional rows (in rule order). */
  alerts: ListedAlert[];
}

const keyOf = (a: { rule: string; entityId: string }) => `${a.rule}|${a.entityId}`;

/** A rule hit the ledger does not hold, as a read-only row: no id, open, no history. */
function provisionalRow(hit: RuleHit, at: string, routing: AlertRouting): ListedAlert {
  return {
    ...routeAlert(hit.task, null, routing),
    id: null,
    provisional: true,
    rule: hit.rule,
    task: hit.task,
    severity: hit.severity,
    layer: hit.layer,
    entityId: hit.entityId,
    township: hit.township,
    title: hit.title,
    detail: hit.detail,
    since: hit.since,
    raisedAt: at,
    lastSeenAt: at,
    clearedAt: null,
    status: 'open',
    assignee: null,
    events: [],
  };
}

function matches(alert: ListedAlert, filters: AlertFilters): boolean {
  return (
    (!filters.township || alert.township === filters.township) &&
    (!filters.rule || alert.rule === filters.rule) &&
    (!filters.status?.length || filters.status.includes(alert.status)) &&
    (!filters.severity?.length || filters.severity.includes(alert.severity)) &&
    (!filters.department || alert.department?.id === filters.department)
  );
}

/**
 * The alerts in force at `at` (as-of, `YYYY-MM-DDTHH:mm` CST) under `alertLevel` (undefined: the level of the
 * warning issued and in force at `at`, as the ledger follows it; issue 15), **read-only**: nothing is written,
 * whatever `at` and the level.
 *
 * - At the ledger's moment with no level asked (the present, once the server has synced): the
 *   ledger's alerts in force, exactly as stored.
 * - At an earlier moment: the ledger's history (raised by `at`, not cleared by `at`), plus the
 *   rules evaluated at `at` for the hits the ledger did not hold then, as provisional rows.
 * - At a later moment (the ledger has not got there): the rules evaluated at `at`; a hit whose
 *   episode is open in the ledger is that ledger alert, the others are provisional. Ledger alerts
 *   whose condition is gone by `at` are left out (the ledger clears them when it gets there).
 * - Under a level asked (a what-if): as above, with the rules evaluated under that level (its heavy-pollution
 *   measures come as provisional rows where the ledger, which follows the issued warning, does not hold them).
 *
 * Filters apply to the merged list (a provisional row's status is `open`).
 *
 * @example
 * readAlertsAt(db, '2100-12-31T23:59', undefined).alerts.every((a) => a.provisional || a.clearedAt === null); // true
 */
export function readAlertsAt(
  db: Db,
  at: string,
  alertLevel: AlertLevel | undefined,
  filters: AlertFilters = {},
): AlertsAt {
  const ledgerAt = readLedgerSyncedTo(db);
  const beyondLedger = ledgerAt === null || at > ledgerAt;
  const ledger: ListedAlert[] =
    ledgerAt === null
      ? []
      : listAlerts(db, beyondLedger ? ledgerAt : at).map((a) => ({ ...a, provisional: false as const }));
  let alerts: ListedAlert[];
  if (at === ledgerAt && alertLevel === undefined) {
    alerts = ledger;
  } else {
    const hits = ruleHitsAt(db, at, alertLevel);
    const routing = readAlertRouting(db);
    const inLedger = new Map(ledger.map((a) => [keyOf(a), a]));
    if (beyondLedger) {
      const held = hits.flatMap((h) => inLedger.get(keyOf(h)) ?? []).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
      alerts = [...held, ...hits.filter((h) => !inLedger.has(keyOf(h))).map((h) => provisionalRow(h, at, routing))];
    } else {
      alerts = [...ledger, ...hits.filter((h) => !inLedger.has(keyOf(h))).map((h) => provisionalRow(h, at, routing))];
    }
  }
  return { at, ledgerAt, alerts: alerts.filter((a) => matches(a, filters)) };
}
