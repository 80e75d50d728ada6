/**
 * The one place the rule engine is run against the database: the rule facts read at a moment,
 * every plan rule evaluated over them. Everything that needs rule hits (the alert ledger, GET
 * /alerts, /rules, /controls, /tasks, the route planner's "only with alerts", the layers'
 * `problems`) comes through here, so ingest or a change feed has one place to hook.
 *
 * @module
 */
import type { Db } from '../db/open-database.ts';
import { readRuleFacts } from '../db/rule-facts.ts';
import type { AlertLevel } from '../rules/alert-level.ts';
import { evaluateRules, type RuleFacts, type RuleHit } from '../rules/evaluate-rules.ts';

/** The facts read at a moment, the level the rules were evaluated under and the rule hits over them. */
export interface RuleEvaluation {
  facts: RuleFacts;
  /** The level asked, else the issued warning's level at as-of, else `none`. */
  alertLevel: AlertLevel;
  hits: RuleHit[];
}

/**
 * The rule facts at `asOf` (`YYYY-MM-DDTHH:mm` CST) and every rule hit over them under `alertLevel`; without one,
 * under the level of the warning issued and in force at `asOf` (issue 15), else `none`. Read-only. For callers
 * that need the facts too (the controls in force).
 *
 * @example
 * const { facts, hits } = ruleEvaluationAt(db, '2023-07-15T11:00', 'orange');
 */
export function ruleEvaluationAt(db: Db, asOf: string, alertLevel?: AlertLevel): RuleEvaluation {
  const facts = readRuleFacts(db, asOf);
  const level = alertLevel ?? facts.emergency?.warning?.level ?? 'none';
  return { facts, alertLevel: level, hits: evaluateRules(facts, { asOf, alertLevel: level }) };
}

/**
 * Every rule hit at `asOf` (`YYYY-MM-DDTHH:mm` CST) under `alertLevel` (default: the issued warning's level in
 * force at `asOf`, else `none`), in rule order then entity id. Read-only.
 *
 * @example
 * ruleHitsAt(db, '2023-07-15T11:00').filter((h) => h.task === 14).length; // the ozone controls in force
 */
export function ruleHitsAt(db: Db, asOf: string, alertLevel?: AlertLevel): RuleHit[] {
  return ruleEvaluationAt(db, asOf, alertLevel).hits;
}
