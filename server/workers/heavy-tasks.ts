import type { SessionUser } from '../schema/auth.ts';
import type { z } from 'zod';
import type { alertsQuerySchema, tasksQuerySchema } from '../schema/alerts.ts';
import type { AqDailyQuery, AqEvaluationQuery } from '../schema/aq.ts';
import type { controlsQuerySchema, ruleHitsQuerySchema } from '../schema/rules.ts';
import type { ExportOptions } from '../schema/exports.ts';
import type { RoutePlanRequest } from '../schema/routes.ts';
import type { AreaStatsRequest } from '../schema/stats.ts';
import type { EmissionsQuery } from '../schema/outlets.ts';
import { advanceAlertLedger } from '../services/refresh-alerts.ts';
import { readWarningCompliance } from '../services/warning-compliance.ts';
import { readAqDaily, readAqEvaluation } from './aq-tasks.ts';
import { readEmissions } from './monitoring-tasks.ts';
import { readAlertsResponse, readControls, readRuleHits, readTaskConflicts, readTasksAt } from './rule-tasks.ts';
import { exportAreaStats, exportTownshipStats } from './export-tasks.ts';
import { checkImport, commitImportFile, type ImportUpload } from './import-tasks.ts';
import { renderMonthlyReportPage, type MonthlyReportTask } from './report-task.ts';
import { warningReportPage, type WarningReportTask } from './warning-report-task.ts';
import { planInspectionRoutes } from './route-plan-task.ts';
import type { TaskContext } from './task-context.ts';
import { testTasks } from './test-tasks.ts';

/** Query of the township statistics: dustfall month YYYY-MM and as-of, both optional. */
type TownshipQuery = { month?: string; asOf?: string };

/**
 * The work the server sends off its request loop, by name: each handler takes the task context
 * (the thread's connection, statistics index, writer) and one structured-cloneable input, and
 * returns a structured-cloneable value or throws an ApiError. Routes validate and check
 * permissions first, then run one of these through the task pool.
 */
export const heavyTasks = {
  'stats.townships': (ctx: TaskContext, query: TownshipQuery) => ctx.stats().townshipTable(query),
  'stats.area': (ctx: TaskContext, request: AreaStatsRequest) => ctx.stats().areaStatistics(request),
  'exports.townshipStats': (ctx: TaskContext, input: ExportOptions & { query: TownshipQuery }) =>
    exportTownshipStats(ctx.db, ctx.stats(), input),
  'exports.areaStats': (ctx: TaskContext, input: ExportOptions & { request: AreaStatsRequest }) =>
    exportAreaStats(ctx.stats(), input),
  'routes.plan': (ctx: TaskContext, input: { request: RoutePlanRequest; user: SessionUser }) =>
    planInspectionRoutes(ctx.db, input.request, input.user),
  'imports.check': (ctx: TaskContext, upload: ImportUpload) => checkImport(ctx.db, upload),
  'imports.commit': (ctx: TaskContext, upload: ImportUpload) => commitImportFile(ctx.writer(), upload),
  'reports.monthly': (ctx: TaskContext, query: MonthlyReportTask) => renderMonthlyReportPage(ctx.db, query),
  'reports.warning': (ctx: TaskContext, task: WarningReportTask) => warningReportPage(ctx.db, task),
  'aq.daily': (ctx: TaskContext, query: AqDailyQuery) => readAqDaily(ctx.db, query),
  'aq.evaluation': (ctx: TaskContext, query: AqEvaluationQuery) => readAqEvaluation(ctx.db, query),
  'monitoring.emissions': (ctx: TaskContext, query: EmissionsQuery) => readEmissions(ctx.db, query),
  'alerts.advance': (ctx: TaskContext, input: { now: number }) => advanceAlertLedger(ctx.writer(), input.now),
  'alerts.at': (ctx: TaskContext, query: z.output<typeof alertsQuerySchema>) => readAlertsResponse(ctx.db, query),
  'rules.hits': (ctx: TaskContext, query: z.output<typeof ruleHitsQuerySchema>) => readRuleHits(ctx.db, query),
  'rules.controls': (ctx: TaskContext, query: z.output<typeof controlsQuerySchema>) => readControls(ctx.db, query),
  'tasks.at': (ctx: TaskContext, query: z.output<typeof tasksQuerySchema>) => readTasksAt(ctx.db, query),
  'emergency.compliance': (ctx: TaskContext, input: { warningId: number; at?: string | undefined }) =>
    readWarningCompliance(ctx.db, input.warningId, input.at),
  'tasks.conflicts': (ctx: TaskContext, query: { task: number; asOf?: string | undefined }) =>
    readTaskConflicts(ctx.db, query),
};

/** Every task a pool can run: the heavy tasks, and the test tasks of a pool created with `testTasks: true`. */
type AllTasks = typeof heavyTasks & {
  [N in keyof typeof testTasks]: (
    ctx: TaskContext,
    input: Parameters<(typeof testTasks)[N]>[0],
  ) => ReturnType<(typeof testTasks)[N]>;
};

/** A task's name. */
export type TaskName = keyof AllTasks;
/** The input of task `N`. */
export type TaskInput<N extends TaskName> = Parameters<AllTasks[N]>[1];
/** The value task `N` resolves to. */
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<AllTasks[N]>>;

/** A handler as the dispatcher sees it. */
type AnyHandler = (ctx: TaskContext, input: never) => unknown;

/**
 * The handler of task `name`, or undefined when there is none (a test task in a pool without
 * `testTasks`).
 */
export function taskHandler(name: string, withTestTasks: boolean): AnyHandler | undefined {
  if (Object.hasOwn(heavyTasks, name)) return heavyTasks[name as keyof typeof heavyTasks];
  if (withTestTasks && Object.hasOwn(testTasks, name)) {
    const task = testTasks[name as keyof typeof testTasks] as (input: never) => unknown;
    return (_ctx, input) => task(input);
  }
  return undefined;
}
