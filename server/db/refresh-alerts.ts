import type { AlertLevel } from '../rules/alert-level.ts';
import { evaluateRules, type RuleHit } from '../rules/evaluate-rules.ts';
import { syncAlerts } from './alerts-repository.ts';
import type { Db } from './open-database.ts';
import { readRuleFacts } from './rule-facts.ts';

/** Evaluates every rule at `at` and brings the alert ledger in step; returns the hits. */
export function refreshAlerts(db: Db, at: string, alertLevel: AlertLevel): RuleHit[] {
  const hits = evaluateRules(readRuleFacts(db, at), { asOf: at, alertLevel });
  syncAlerts(db, at, hits);
  return hits;
}
