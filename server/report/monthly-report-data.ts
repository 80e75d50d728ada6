/**
 * The figures of the monthly report (忻府区大气污染防治月报), read from the database into a plain
 * object that {@link renderMonthlyReport} turns into HTML. Every query is a prepared statement
 * with parameters; the AQ figures come from the HJ 663 evaluation (`readEvaluation`) and the
 * plan from `readPlan`, so the report says what the API says.
 *
 * Definitions:
 * - **Month end** (the report's as-of moment): the last day of the month at 23:59 CST, or the
 *   dataset's default as-of when that falls inside the month earlier (2023-12-31T23:00 for the demo).
 * - **Dustfall of a township**: the plain mean of that month's readings of the dustfall points
 *   registered to the township (`dustfall_points.township_code`), t/(km²·month); points = the
 *   points with a reading. The district value is the mean of the township values weighted by
 *   township area (townships without a reading left out), as `/api/stats` computes it.
 * - **AQ targets**: the plan's targets with the district's year-to-date figure (1 January to the
 *   month's last day, national stations, HJ 663-2013); a figure whose coverage is short is
 *   provisional and not judged. Dustfall is judged on the month's district value. The good-day
 *   ratio (优良天数比例) is reported without a target: the plan sets none.
 * - **Open alerts**: alerts in force at month end whose loop is not closed (status other than
 *   `verified`), read without writing exactly as `GET /api/alerts?at=` reads them (`readAlertsAt`:
 *   the ledger's history, plus the rule hits it did not hold then as provisional rows, which have
 *   no number). Oldest = earliest `since` (else raised).
 * - **Tasks**: the tracker's current status and latest update; 逾期 = a firm deadline passed by
 *   month end and the task not done, 未按期（力争） = only a 力争 deadline passed; a task 已完成 while its
 *   deadline rules have open alerts at month end is shown in conflict (as `GET /api/tasks?at=`).
 *
 * @module
 */
import { readEvaluation } from '../services/aq/read-evaluation.ts';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import {
  monthlyReportQueries,
  type MonthlyReportQueries,
  type ProvenanceRows,
} from '../db/monthly-report-repository.ts';
import type { Db } from '../db/open-database.ts';
import { readPlan } from '../db/plan-repository.ts';
import { monitoredEmissions } from '../db/outlets-repository.ts';
import { cityIndicatorReport, type CityIndicatorReport } from './city-indicators-report.ts';
import { readMonthAqChartData, type MonthAqChartData } from './aq-chart-data.ts';
import { readMonthWarnings, type MonthWarning } from './month-warnings.ts';
import { readVehiclesDust, type VehiclesDustReport } from './vehicles-dust-report.ts';
import { readEnforcementReport, type EnforcementReport } from './enforcement-report.ts';
import { err, ok, type Result } from '../result.ts';
import { readAlertsAt } from '../services/read-alerts-at.ts';
import { periodConventionText, taskConflicts, taskLateness, taskTimingText } from '../schema/task-timing.ts';
import type { Lateness, TaskConflict } from '../schema/task-timing.ts';
import { outsidePlanBases, ruleCatalogue, type OutsidePlanBasis } from '../rules/rule-catalogue.ts';
import type { Basis } from '../schema/basis.ts';
import { alertSeverities, type Alert, type ListedAlert } from '../schema/alerts.ts';
import type { Provenance } from '../schema/common.ts';
import { DUSTFALL_LIMIT } from '../schema/dustfall-point.ts';
import { DISTRICT_ENTITY } from '../schema/enums/rule-id.ts';
import type { Target, TrackedTask } from '../schema/plan.ts';
import { areaWeightedMean } from '../spatial/area-weighted-mean.ts';
import { addDays, monthDates } from '../time/cst.ts';

/** A text in both report languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** One township's dustfall in the month. */
export interface TownshipDustfall {
  code: string;
  name: string;
  nameEn: string;
  /** Mean of the month's readings of the township's points, t/(km²·month); null without a reading. */
  mean: number | null;
  /** Highest reading of the month, t/(km²·month); null without a reading. */
  max: number | null;
  /** mean > limit; null without a reading. */
  exceeds: boolean | null;
  /** Points with a reading that month. */
  points: number;
  /** Points registered to the township. */
  pointsTotal: number;
}

/** One AQ target of the plan with its figure. */
export interface TargetStatus {
  id: string;
  name: Bilingual;
  subject: Target['subject'];
  /** Upper limit, in `unit`. */
  limit: number;
  unit: Target['unit'];
  /** `plan` (the plan's own figure) or `standard` (GB 3095-2012 二级, adopted by the plan). */
  basis: Target['basis'];
  standard: string | null;
  /** 力争 (`strive`) or 不得高于 (`binding`), as the plan words it. */
  strength: Target['strength'];
  /** `year-to-date` (HJ 663 statistic from 1 January to month end) or `month` (dustfall). */
  period: 'year-to-date' | 'month';
  /** The figure (valid, or provisional when `provisional`); null without data. */
  value: number | null;
  /** True when the data coverage is short: the figure is shown but not judged. */
  provisional: boolean;
  /** value ≤ limit; null when not judged (no figure, or provisional). */
  met: boolean | null;
}

/** An open alert in the list of the oldest. */
export interface ReportAlert {
  /** The ledger's alert number; null for a provisional row (a rule hit the ledger did not hold at month end). */
  id: number | null;
  provisional: boolean;
  rule: string;
  entityId: string;
  task: number;
  severity: Alert['severity'];
  title: Bilingual;
  township: string;
  townshipName: Bilingual;
  since: string | null;
  raisedAt: string;
  status: Alert['status'];
  assignee: string | null;
}

/** One of the 17 tasks. */
export interface ReportTask {
  number: number;
  title: Bilingual;
  status: TrackedTask['status'];
  progressNote: string | null;
  /** At month end, not done: 逾期 (a firm deadline passed) or 未按期（力争） (only a 力争 one), as GET /api/tasks. */
  lateness: Lateness;
  /** Done, while the task's deadline rules report open alerts at month end (as GET /api/tasks). */
  conflict: TaskConflict[];
  /** Deadline dates, YYYY-MM-DD, in order. */
  deadlines: string[];
  /** Every date of the task as the plan writes it (力争, 5–9月 每日10–16时, 约定), or null when it gives none. */
  timing: Bilingual | null;
  /** The convention a period's dates rest on (task 15), labelled 约定; null when none. */
  timingConvention: Bilingual | null;
  /** Time of the latest tracker update (ISO, UTC), or null when never updated. */
  lastUpdate: string | null;
}

/** How many records of one kind have each provenance. */
export interface ProvenanceCount {
  subject: Bilingual;
  total: number;
  counts: Record<Provenance, number>;
}

/** Everything the monthly report shows. */
export interface MonthlyReportData {
  /** YYYY-MM. */
  month: string;
  /** First and last day of the month, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Month end as-of moment, YYYY-MM-DDTHH:mm CST (see the module comment). */
  at: string;
  /** When the report was generated (ISO, UTC). */
  generatedAt: string;
  plan: { title: Bilingual; issuedBy: string; issued: string };
  dustfall: {
    limit: number;
    townships: TownshipDustfall[];
    /** Area-weighted district value, t/(km²·month), and the area it covers (km²). */
    district: { value: number | null; exceeds: boolean | null; coverageKm2: number; areaKm2: number };
  };
  airQuality: {
    /** The year-to-date period evaluated. */
    from: string;
    to: string;
    hasData: boolean;
    stations: string[];
    targets: TargetStatus[];
    goodDays: { goodDays: number; validDays: number; ratio: number | null };
    /** The city-assigned indicators of the year beside the plan's (requirement G1/G2); null when none entered. */
    city: CityIndicatorReport | null;
    /** The month's district days for the charts (issue 18: the daily AQI and a pollutant against its limit). */
    charts: MonthAqChartData;
  };
  alerts: {
    total: number;
    bySeverity: Record<Alert['severity'], number>;
    /** Every township, by code, with its count of open alerts. */
    byTownship: { code: string; name: Bilingual; count: number }[];
    /** Up to {@link OLDEST_ALERTS} open alerts, oldest first. */
    oldest: ReportAlert[];
    /** The rules with open alerts, in rule order: name, task, count and 「依据」 (from the rule catalogue). */
    byRule: { rule: string; task: number; title: Bilingual; count: number; basis: Basis[] }[];
  };
  /** Every external document and console convention the rules and controls apply (「规划外依据」; the catalogue's). */
  outsidePlan: OutsidePlanBasis[];
  tasks: ReportTask[];
  /** 重污染天气应对: the month's heavy-pollution warnings (issue 15). */
  emergency: { warnings: MonthWarning[] };
  /** 车辆与扬尘 (issue 16): roadside checks, diesel-truck phase-out, muck-truck alerts, roads, stockyards. */
  vehiclesDust: VehiclesDustReport;
  // issue 17 report: enforcement
  /** 执法与帮扶 (issue 17): cases, public reports, assistance visits, fuel samples. */
  enforcement: EnforcementReport;
  provenance: { items: ProvenanceCount[]; datasetNote: string | null };
}

/** Outcome of {@link readMonthlyReportData}: the data, or why there is no report for the month. */
export type MonthlyReportOutcome = Result<MonthlyReportData, { code: 'no-data'; message: string }>;

/** Length of the list of the oldest open alerts. */
export const OLDEST_ALERTS = 20;

/**
 * The report's as-of moment for `month` (see the module comment).
 *
 * @example
 * monthEnd('2023-06', '2023-12-31T23:00'); // { from: '2023-06-01', to: '2023-06-30', at: '2023-06-30T23:59' }
 * monthEnd('2023-12', '2023-12-31T23:00').at; // '2023-12-31T23:00'
 */
export function monthEnd(month: string, defaultAsOf: string): { from: string; to: string; at: string } {
  const { from, to } = monthDates(month);
  const end = `${to}T23:59`;
  const at = defaultAsOf >= `${from}T00:00` && defaultAsOf < end ? defaultAsOf : end;
  return { from, to, at };
}

type Statements = MonthlyReportQueries;

function provenanceCount(subject: Bilingual, rows: ProvenanceRows): ProvenanceCount {
  const counts: Record<Provenance, number> = { official: 0, approximate: 0, synthetic: 0 };
  for (const row of rows) counts[row.p] += row.n;
  return { subject, total: rows.reduce((sum, row) => sum + row.n, 0), counts };
}

function readProvenance(sql: Statements): ProvenanceCount[] {
  const rows = sql.provenance();
  return [
    provenanceCount({ zh: '乡镇（街道）边界', en: 'Township boundaries' }, rows.townships),
    provenanceCount({ zh: '降尘监测点位及读数', en: 'Dustfall points and readings' }, rows.dustfallPoints),
    provenanceCount({ zh: '国控站空气质量读数', en: "National stations' air-quality readings" }, rows.readings),
    provenanceCount({ zh: '任务进度状态', en: 'Task tracking statuses' }, rows.tasks),
  ];
}

function readDustfall(sql: Statements, month: string): MonthlyReportData['dustfall'] {
  const rows = sql.townshipDustfall(month);
  const townships = rows.map(
    (r): TownshipDustfall => ({
      code: r.code,
      name: r.name,
      nameEn: r.nameEn,
      mean: r.mean,
      max: r.max,
      exceeds: r.mean === null ? null : r.mean > DUSTFALL_LIMIT,
      points: r.points,
      pointsTotal: r.pointsTotal,
    }),
  );
  const weighted = areaWeightedMean(rows.map((r) => ({ areaKm2: r.areaKm2, value: r.mean })));
  return {
    limit: DUSTFALL_LIMIT,
    townships,
    district: {
      value: weighted.value,
      exceeds: weighted.value === null ? null : weighted.value > DUSTFALL_LIMIT,
      coverageKm2: weighted.coverageKm2,
      areaKm2: rows.reduce((sum, r) => sum + r.areaKm2, 0),
    },
  };
}

function readAirQuality(
  db: Db,
  targets: readonly Target[],
  to: string,
  dustfall: MonthlyReportData['dustfall'],
): MonthlyReportData['airQuality'] {
  const year = Number(to.slice(0, 4));
  const outcome = readEvaluation(db, { subject: { scope: 'district' }, year, asOf: to, edition: '2012' });
  // The district with edition 2012 cannot fail (no station code to be unknown, nothing unsupported).
  if (!outcome.ok) throw new Error(`district AQ evaluation failed: ${outcome.error.code}`);
  const evaluation = outcome.value;
  const statuses = targets.map((target): TargetStatus => {
    const base = {
      id: target.id,
      name: { zh: target.nameZh, en: target.nameEn },
      subject: target.subject,
      limit: target.limit,
      unit: target.unit,
      basis: target.basis,
      standard: target.standard,
      strength: target.strength,
    };
    if (target.subject === 'dustfall') {
      const { value } = dustfall.district;
      return {
        ...base,
        period: 'month',
        value,
        provisional: false,
        met: value === null ? null : value <= target.limit,
      };
    }
    const entry = evaluation.pollutants.find((p) => p.pollutant === target.subject);
    const value = entry?.value ?? entry?.provisionalValue ?? null;
    const provisional = entry !== undefined && entry.value === null && entry.provisionalValue !== null;
    return {
      ...base,
      period: 'year-to-date',
      value,
      provisional,
      met: entry?.value == null ? null : entry.value <= target.limit,
    };
  });
  const { goodDays, validDays, goodDayRatio } = evaluation.aqiDays;
  return {
    from: evaluation.period.from,
    to: evaluation.period.to,
    hasData: evaluation.hasData,
    stations: evaluation.stations.map((s) => s.name),
    targets: statuses,
    goodDays: { goodDays, validDays, ratio: goodDayRatio },
    city: cityIndicatorReport(
      evaluation,
      // the monitored stacks' emissions of the year up to the report's last day, beside the city's caps
      monitoredEmissions(db, { from: `${year}-01-01T00:00`, to: `${year + 1}-01-01T00:00` }, `${to}T23:59`, 'district')
        .rows[0] ?? null,
    ),
    charts: readMonthAqChartData(db, `${to.slice(0, 7)}-01`, to),
  };
}

/**
 * Oldest first: earliest `since` (else raised), then raised, then ledger number (provisional rows last), then rule and
 * entity.
 */
function byAge(a: ListedAlert, b: ListedAlert): number {
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    order(a.since ?? a.raisedAt, b.since ?? b.raisedAt) ||
    order(a.raisedAt, b.raisedAt) ||
    (a.id ?? Number.MAX_SAFE_INTEGER) - (b.id ?? Number.MAX_SAFE_INTEGER) ||
    order(`${a.rule}|${a.entityId}`, `${b.rule}|${b.entityId}`)
  );
}

/** The alerts in force at month end whose loop is not closed (see the module comment). */
function openAlertsAt(db: Db, at: string): ListedAlert[] {
  return readAlertsAt(db, at, undefined, { status: ['open', 'assigned', 'resolved'] }).alerts;
}

function readAlerts(sql: Statements, open: readonly ListedAlert[]): MonthlyReportData['alerts'] {
  const bySeverity = Object.fromEntries(alertSeverities.map((s) => [s, 0])) as Record<Alert['severity'], number>;
  const perTownship = new Map<string, number>();
  for (const a of open) {
    bySeverity[a.severity] += 1;
    perTownship.set(a.township, (perTownship.get(a.township) ?? 0) + 1);
  }
  const townships = sql.townships();
  const byTownship = townships.map((t) => ({
    code: t.code,
    name: { zh: t.name, en: t.nameEn },
    count: perTownship.get(t.code) ?? 0,
  }));
  const names = new Map(townships.map((t) => [t.code, { zh: t.name, en: t.nameEn }]));
  const oldest = [...open]
    .sort(byAge)
    .slice(0, OLDEST_ALERTS)
    .map(
      (a): ReportAlert => ({
        id: a.id,
        provisional: a.provisional,
        rule: a.rule,
        entityId: a.entityId,
        task: a.task,
        severity: a.severity,
        title: a.title,
        township: a.township,
        townshipName:
          names.get(a.township) ??
          (a.township === DISTRICT_ENTITY ? { zh: '全区', en: 'Whole district' } : { zh: a.township, en: a.township }),
        since: a.since,
        raisedAt: a.raisedAt,
        status: a.status,
        assignee: a.assignee,
      }),
    );
  const perRule = new Map<string, number>();
  for (const a of open) perRule.set(a.rule, (perRule.get(a.rule) ?? 0) + 1);
  const byRule = ruleCatalogue()
    .filter((r) => perRule.has(r.id))
    .map((r) => ({ rule: r.id, task: r.task, title: r.title, count: perRule.get(r.id) ?? 0, basis: r.basis }));
  return { total: open.length, bySeverity, byTownship, oldest, byRule };
}

function readTasks(
  sql: Statements,
  tasks: readonly TrackedTask[],
  at: string,
  open: readonly ListedAlert[],
): ReportTask[] {
  const updates = sql.lastTaskUpdates();
  const both = <T>(f: (lang: 'zh' | 'en') => T | null): { zh: T; en: T } | null => {
    const zh = f('zh');
    const en = f('en');
    return zh === null || en === null ? null : { zh, en };
  };
  return tasks.map((t) => {
    const { period } = t;
    return {
      number: t.number,
      title: { zh: t.title, en: t.titleEn },
      status: t.status,
      progressNote: t.progressNote,
      lateness: taskLateness(t, at),
      conflict: taskConflicts(t.number, t.status, open),
      deadlines: t.deadlines.map((d) => d.date).sort(),
      timing: both((lang) => taskTimingText(t, lang)),
      timingConvention: period ? both((lang) => periodConventionText(period, lang)) : null,
      lastUpdate: updates.get(t.number) ?? null,
    };
  });
}

/**
 * The monthly report's data for `month` (YYYY-MM), or `no-data` when the month has neither a
 * dustfall reading nor a station reading. Read-only: nothing is written (the alerts as
 * `GET /api/alerts?at=` reads them).
 *
 * @param now - the generation time shown in the footer
 * @example
 * const outcome = readMonthlyReportData(db, '2023-06', new Date(now()));
 * if (outcome.ok) outcome.value.dustfall.townships.length; // 18
 */
export function readMonthlyReportData(db: Db, month: string, now: Date): MonthlyReportOutcome {
  const sql = monthlyReportQueries(db);
  const meta = readDatasetMeta(db);
  const { from, to, at } = monthEnd(month, meta.defaultAsOf);
  const dustfallReadings = sql.dustfallReadingCount(month);
  // hour-ending labels: after the 1st 00:00, up to the next month's 1st 00:00
  const stationsWithReadings = sql.stationsWithReadings(`${from}T00:00`, `${addDays(to, 1)}T00:00`);
  if (dustfallReadings === 0 && stationsWithReadings === 0) {
    const range = sql.dustfallMonths();
    const covered = range.first && range.last ? `; dustfall readings cover ${range.first} … ${range.last}` : '';
    return err({
      code: 'no-data',
      message: `month ${month}: no dustfall reading and no station reading in that month${covered}`,
    });
  }

  const plan = readPlan(db);
  const dustfall = readDustfall(sql, month);
  const open = openAlertsAt(db, at);
  return ok({
    month,
    from,
    to,
    at,
    generatedAt: now.toISOString(),
    plan: { title: { zh: plan.titleZh, en: plan.titleEn }, issuedBy: plan.issuedBy, issued: plan.issued },
    dustfall,
    airQuality: readAirQuality(db, plan.targets, to, dustfall),
    alerts: readAlerts(sql, open),
    tasks: readTasks(sql, plan.tasks, at, open),
    emergency: { warnings: readMonthWarnings(db, from, to, at) },
    vehiclesDust: readVehiclesDust(db, sql, from, at),
    // issue 17 report: enforcement
    enforcement: readEnforcementReport(db, from, at),
    outsidePlan: outsidePlanBases(),
    provenance: { items: readProvenance(sql), datasetNote: meta.values.note ?? null },
  });
}
