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
import { heavyPollutionBasis } from '../rules/rule-catalogue.ts';
import {
  autumnWinterBasis,
  autumnWinterCampaign,
  OZONE_CONTROL,
  OZONE_CONTROL_BASIS,
  ozoneControlInForce,
} from '../rules/seasonal-controls.ts';
import type { Period } from '../schema/plan.ts';
import { taskConflicts, taskLateness, type TaskConflict } from '../schema/task-timing.ts';
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

/** Task 15's period from the plan (the autumn–winter campaign's season, its dates a convention). */
function autumnWinterPeriod(db: Db): Period {
  const period = readPlan(db).tasks.find((t) => t.number === 15)?.period;
  if (!period) throw new Error('the plan has no period on task 15: the database was not seeded from plan.json');
  return period;
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
    controls: { ozone: ozoneControlInForce(asOf), autumnWinter: autumnWinterCampaign(asOf, autumnWinterPeriod(db)) },
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
  const season = autumnWinterPeriod(db);
  return {
    at,
    ozone: {
      inForce: ozoneControlInForce(at),
      months: [...OZONE_CONTROL.months],
      hours: [OZONE_CONTROL.fromHour, OZONE_CONTROL.toHour],
      task: 14,
      enterprises: ids('ozone-voc-stagger'),
      sites: ids('ozone-outdoor-works'),
      basis: [...OZONE_CONTROL_BASIS],
    },
    autumnWinter: {
      inForce: autumnWinterCampaign(at, season),
      task: 15,
      period: { from: season.from, to: season.to },
      basis: autumnWinterBasis(season.convention),
    },
    heavyPollution: {
      level,
      requiredReduction: REQUIRED_REDUCTION[level],
      task: 15,
      measures: facts.enterprises
        .filter((e) => e.operatingStatus === 'operating' && level !== 'none')
        .map((e) => ({ enterpriseId: e.id, grade: e.grade, measure: emergencyMeasure(e.grade, level) })),
      basis: {
        triggers: [...heavyPollutionBasis.triggers],
        reduction: [...heavyPollutionBasis.reduction],
        measures: [...heavyPollutionBasis.measures],
      },
    },
  };
}

/**
 * The 17 tasks at `q.asOf` with how late each is (逾期 / 未按期（力争）), the alerts citing each (read as GET /alerts
 * reads them), the conflicts of a task marked 已完成 with its deadline rules' open hits, and the history of updates.
 */
export function readTasksAt(db: Db, q: z.output<typeof tasksQuerySchema>): TasksResponse {
  const at = q.asOf ?? datasetPresent(db);
  const { alerts } = readAlertsAt(db, at, 'none');
  const history = listTaskEvents(db);
  const tasks = readPlan(db).tasks.map((t) => ({
    ...t,
    lateness: taskLateness(t, at),
    conflict: taskConflicts(t.number, t.status, alerts),
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

/**
 * The conflicts task `q.task` would have at `q.asOf` (default: the dataset's present) if it read 已完成: its deadline
 * rules' alerts in force whose loop is not closed (as GET /api/tasks reads them). PATCH /api/tasks/:n asks before
 * setting 已完成.
 */
export function readTaskConflicts(db: Db, q: { task: number; asOf?: string | undefined }): TaskConflict[] {
  const at = q.asOf ?? datasetPresent(db);
  const { alerts } = readAlertsAt(db, at, 'none');
  return taskConflicts(q.task, 'done', alerts);
}
