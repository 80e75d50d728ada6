/**
 * The rule engine's read-only answers (GET /alerts, /rules, /controls, /tasks): each reads the
 * rule facts at a moment and evaluates every plan rule, a few hundred milliseconds on a large
 * dataset, so they run in the task pool rather than on the request loop. None of them writes.
 *
 * @module
 */
import { datasetPresent } from '../services/dataset-present.ts';
import type { Db } from '../db/open-database.ts';
import { readPlan } from '../db/plan-repository.ts';
import { listTaskEvents } from '../db/tasks-repository.ts';
import { readAlertsAt } from '../services/read-alerts-at.ts';
import { ruleEvaluationAt, ruleHitsAt } from '../services/rule-hits-at.ts';
import { alertLevelFrom, emergencyMeasure, REQUIRED_REDUCTION } from '../rules/alert-level.ts';
import {
  autumnWinterCampaign,
  deadlinePassed,
  OZONE_CONTROL,
  ozoneControlInForce,
} from '../rules/seasonal-controls.ts';
import type { AlertsResponse } from '../schema/alerts.ts';
import type { RuleHitsResponse } from '../schema/rules.ts';
import type { ControlsResponse } from '../schema/controls.ts';
import type { TasksResponse } from '../schema/tasks.ts';
import type { z } from 'zod';
import type { alertsQuerySchema, tasksQuerySchema } from '../schema/alerts.ts';
import type { controlsQuerySchema, ruleHitsQuerySchema } from '../schema/rules.ts';

/**
 * The alerts in force at `q.asOf` (default: the dataset's present), read-only (see `readAlertsAt`),
 * with counts by rule and township.
 */
export function readAlertsResponse(db: Db, q: z.output<typeof alertsQuerySchema>): AlertsResponse {
  const at = q.asOf ?? datasetPresent(db);
  const alertLevel = q.alertLevel ?? 'none';
  const { ledgerAt, alerts } = readAlertsAt(db, at, alertLevel, {
    township: q.township,
    rule: q.rule,
    status: q.status,
    severity: q.severity,
  });
  const countsByRule: Record<string, number> = {};
  const countsByTownship: Record<string, number> = {};
  for (const a of alerts) {
    countsByRule[a.rule] = (countsByRule[a.rule] ?? 0) + 1;
    countsByTownship[a.township] = (countsByTownship[a.township] ?? 0) + 1;
  }
  return { at, alertLevel, ledgerAt, countsByRule, countsByTownship, alerts };
}

/**
 * Every plan-rule hit at `asOf` (default: the dataset's present) under the alert level asked or
 * forecast, with the controls in force.
 */
export function readRuleHits(db: Db, query: z.output<typeof ruleHitsQuerySchema>): RuleHitsResponse {
  const asOf = query.asOf ?? datasetPresent(db);
  const alertLevel = alertLevelFrom(query.alertLevel, query.forecast);
  const hits = ruleHitsAt(db, asOf, alertLevel);
  const counts: Record<string, number> = {};
  for (const h of hits) counts[h.rule] = (counts[h.rule] ?? 0) + 1;
  return {
    asOf,
    alertLevel,
    controls: { ozone: ozoneControlInForce(asOf), autumnWinter: autumnWinterCampaign(asOf) },
    counts,
    hits,
  };
}

/** Which seasonal and alert controls are in force at `q.asOf`, and on whom. */
export function readControls(db: Db, q: z.output<typeof controlsQuerySchema>): ControlsResponse {
  const at = q.asOf ?? datasetPresent(db);
  const level = alertLevelFrom(q.alertLevel, q.forecast);
  const { facts, hits } = ruleEvaluationAt(db, at, level);
  const ids = (rule: string) => hits.filter((h) => h.rule === rule).map((h) => h.entityId);
  return {
    at,
    ozone: {
      inForce: ozoneControlInForce(at),
      months: [...OZONE_CONTROL.months],
      hours: [OZONE_CONTROL.fromHour, OZONE_CONTROL.toHour],
      task: 14,
      enterprises: ids('ozone-voc-stagger'),
      sites: ids('ozone-outdoor-works'),
    },
    autumnWinter: { inForce: autumnWinterCampaign(at), task: 15 },
    heavyPollution: {
      level,
      requiredReduction: REQUIRED_REDUCTION[level],
      task: 15,
      measures: facts.enterprises
        .filter((e) => e.operatingStatus === 'operating' && level !== 'none')
        .map((e) => ({ enterpriseId: e.id, grade: e.grade, measure: emergencyMeasure(e.grade, level) })),
    },
  };
}

/**
 * The 17 tasks at `q.asOf` with overdue flags, the alerts citing each (read as GET /alerts reads
 * them) and the history of updates.
 */
export function readTasksAt(db: Db, q: z.output<typeof tasksQuerySchema>): TasksResponse {
  const at = q.asOf ?? datasetPresent(db);
  const { alerts } = readAlertsAt(db, at, 'none');
  const history = listTaskEvents(db);
  const tasks = readPlan(db).tasks.map((t) => ({
    ...t,
    overdue: t.status !== 'done' && t.deadlines.some((d) => deadlinePassed(d.date, at)),
    alerts: alerts
      .filter((a) => a.task === t.number)
      .map((a) => ({
        id: a.id,
        provisional: a.provisional,
        rule: a.rule,
        severity: a.severity,
        status: a.status,
        entityId: a.entityId,
      })),
    history: history.filter((h) => h.task === t.number),
  }));
  return { at, tasks };
}
