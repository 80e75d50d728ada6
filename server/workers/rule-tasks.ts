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
import { ruleEvaluationAt } from '../services/rule-hits-at.ts';
import { type AlertLevel, deriveAlertLevel, REQUIRED_REDUCTION, requirementBasis } from '../rules/alert-level.ts';
import { heavyPollutionBasis } from '../rules/rule-catalogue.ts';
import { STAGGER_BASIS } from '../rules/stagger-production-rule.ts';
import { requirementInForce } from '../db/emergency-list-repository.ts';
import { issuedLevelAt } from '../db/emergency-facts.ts';
import { seasonOf } from '../emergency/stagger-bound-at.ts';
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
  const issued = q.alertLevel === undefined ? issuedLevelAt(db, at) : 'none';
  const alertLevel = q.alertLevel ?? issued;
  const source = q.alertLevel !== undefined ? 'asked' : issued !== 'none' ? 'issued' : 'none';
  const { ledgerAt, alerts } = readAlertsAt(db, at, q.alertLevel, {
    township: q.township,
    rule: q.rule,
    status: q.status,
    severity: q.severity,
    department: q.department,
  });
  const countsByRule: Record<string, number> = {};
  const countsByTownship: Record<string, number> = {};
  for (const a of alerts) {
    countsByRule[a.rule] = (countsByRule[a.rule] ?? 0) + 1;
    countsByTownship[a.township] = (countsByTownship[a.township] ?? 0) + 1;
  }
  return { at, alertLevel, source, ledgerAt, countsByRule, countsByTownship, alerts };
}

/** Task 15's period from the plan (the autumn–winter campaign's season, its dates a convention). */
function autumnWinterPeriod(db: Db): Period {
  const period = readPlan(db).tasks.find((t) => t.number === 15)?.period;
  if (!period) throw new Error('the plan has no period on task 15: the database was not seeded from plan.json');
  return period;
}

/** The level a query asks: `alertLevel`, else the one `forecast` derives; undefined: the issued warning's. */
function askedLevel(q: { alertLevel?: AlertLevel | undefined; forecast?: number[] | undefined }) {
  return q.alertLevel ?? (q.forecast ? deriveAlertLevel(q.forecast) : undefined);
}

/**
 * Every plan-rule hit at `asOf` (default: the dataset's present) under the alert level asked or
 * forecast, else the issued warning's in force at `asOf` (issue 15), with the controls in force.
 */
export function readRuleHits(db: Db, query: z.output<typeof ruleHitsQuerySchema>): RuleHitsResponse {
  const asOf = query.asOf ?? datasetPresent(db);
  const { alertLevel, hits } = ruleEvaluationAt(db, asOf, askedLevel(query));
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
  const asked = askedLevel(q);
  const { facts, hits, alertLevel: level } = ruleEvaluationAt(db, at, asked);
  const ids = (rule: string) => hits.filter((h) => h.rule === rule).map((h) => h.entityId);
  const season = autumnWinterPeriod(db);
  const day = at.slice(0, 10);
  const emergency = facts.emergency;
  const warning = emergency?.warning ?? null;
  const source = q.alertLevel ? 'asked' : q.forecast ? 'forecast' : warning ? 'issued' : 'none';
  const requirement = requirementInForce(db, day);
  const list = emergency?.list ?? null;
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
      source,
      warning: warning && {
        id: warning.id,
        level: warning.level,
        issuedAt: warning.issuedAt,
        start: warning.start,
        plannedEnd: warning.plannedEnd,
        levelFrom: warning.levelFrom,
        basis: warning.basis,
      },
      requiredReduction: level === 'none' ? 0 : (requirement?.shares[level] ?? REQUIRED_REDUCTION[level]),
      task: 15,
      listVersion: list && { id: list.id, version: list.version },
      measures:
        level === 'none' || !list
          ? []
          : list.entries.map((e) => ({
              enterpriseId: e.enterpriseId,
              grade: e.grade,
              builtUpArea: e.builtUpArea,
              heavyPolluter: e.heavyPolluter,
              measures: e.measures[level].map((m) => ({
                line: m.line,
                kind: m.kind,
                limitPct: m.limitPct,
                text: m.text,
              })),
            })),
      basis: {
        triggers: [...heavyPollutionBasis.triggers],
        reduction: requirement ? requirementBasis(requirement) : [...heavyPollutionBasis.reduction],
        measures: [...heavyPollutionBasis.measures],
      },
    },
    stagger: {
      inForce: (emergency?.stagger.length ?? 0) > 0,
      task: 15,
      season: seasonOf(day),
      enterprises: (emergency?.stagger ?? []).map((s) => ({
        enterpriseId: s.enterpriseId,
        scheduleId: s.id,
        line: s.line,
        production: s.production,
        limitPct: s.limitPct,
        to: s.to,
        stricterBuiltUp: s.stricterBuiltUp,
      })),
      basis: [...STAGGER_BASIS],
    },
  };
}

/**
 * The 17 tasks at `q.asOf` with how late each is (逾期 / 未按期（力争）), the alerts citing each (read as GET /alerts
 * reads them), the conflicts of a task marked 已完成 with its deadline rules' open hits, and the history of updates.
 */
export function readTasksAt(db: Db, q: z.output<typeof tasksQuerySchema>): TasksResponse {
  const at = q.asOf ?? datasetPresent(db);
  const { alerts } = readAlertsAt(db, at, undefined);
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
  const { alerts } = readAlertsAt(db, at, undefined);
  return taskConflicts(q.task, 'done', alerts);
}
