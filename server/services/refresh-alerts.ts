import type { AlertLevel } from '../rules/alert-level.ts';
import type { RuleHit } from '../rules/evaluate-rules.ts';
import { syncAlerts } from '../db/alerts-repository.ts';
import { datasetPresent } from './dataset-present.ts';
import type { Db } from '../db/open-database.ts';
import { ruleHitsAt } from './rule-hits-at.ts';

/**
 * Evaluates every rule at `at` (as-of, `YYYY-MM-DDTHH:mm` CST) and brings the alert ledger in step
 * (a write: alerts, their events, an `alert.sync` audit row); returns the hits. Callable on its
 * own (a worker thread with its own connection may run it); the server calls it only through
 * {@link advanceAlertLedger}, never from a GET. `now` (epoch ms, the injected clock) is when the
 * sync runs: the time of its audit entry. `alertLevel` undefined: the level of the warning issued and in force at
 * `at` (issue 15), else none.
 */
export function refreshAlerts(db: Db, at: string, alertLevel: AlertLevel | undefined, now: number): RuleHit[] {
  const hits = ruleHitsAt(db, at, alertLevel);
  syncAlerts(db, at, hits, new Date(now).toISOString());
  return hits;
}

/**
 * Advances the alert ledger to the dataset's present ({@link datasetPresent}) under the level of the warning issued
 * and in force then (issue 15; `none` without one): an issued warning's measures become alerts, and clear when it
 * is lifted or ends. A level asked in a GET only changes that GET's read-only evaluation. Called by the
 * scheduler (at start and on its timer) and after every write that changes rule facts (import
 * commits, record edits, task updates). Idempotent: a second call with nothing changed writes nothing.
 *
 * @example
 * advanceAlertLedger(db, now()); // { at: '2023-12-31T23:00', hits: 187 }
 */
export function advanceAlertLedger(db: Db, now: number): { at: string; hits: number } {
  const at = datasetPresent(db);
  return { at, hits: refreshAlerts(db, at, undefined, now).length };
}
