import type { AlertsResponse } from '../../server/schema/alerts.ts';
import type { AqEvaluationResponse, Progress } from '../../server/schema/aq.ts';
import type { EmissionsResponse } from '../../server/schema/outlets.ts';
import type { Target } from '../../server/schema/plan.ts';
import type { TasksResponse } from '../../server/schema/tasks.ts';
import { fetchJson } from '../api/fetch-json.ts';
import type { consoleMessages } from '../i18n/messages.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';

/** Where one target stands: the year-to-date figure (null without data) and its state. */
export interface TargetStanding {
  value: number | null;
  /** The figure is provisional (too few valid days for a valid statistic). */
  provisional: boolean;
  progress: Progress;
}

/** What 总览 shows beside the targets: the district's AQ evaluation to the as-of day and the open alerts. */
export interface OverviewStanding {
  /** The last day evaluated, `YYYY-MM-DD`. */
  to: string;
  evaluation: AqEvaluationResponse | null;
  /** Alerts not yet closed (待处置, 已指派, 待核验) at the as-of; null when they could not be read. */
  openAlerts: number | null;
  /** The tasks at the as-of (GET /api/tasks: lateness, conflicts with the rules); null when they could not be read. */
  tasks: TasksResponse | null;
  /** The monitored stacks' emissions of the year up to the as-of (GET /api/monitoring/emissions); null if unread. */
  emissions?: EmissionsResponse | null;
}

/** A district monthly mean within this share of the limit is 临界 (at risk), as the AQ evaluation judges. */
const AT_RISK_SHARE = 0.9;

/**
 * Loads the standing for the as-of moment (`YYYY-MM-DDTHH:mm`): the district evaluation of the as-of's year (the same
 * endpoint the 空气质量 view reads), the count of open alerts and the tasks (how late, in conflict with the rules).
 * A part that fails is null (the overview says so).
 */
export async function loadOverviewStanding(asOf: string, signal?: AbortSignal): Promise<OverviewStanding> {
  const to = asOf.slice(0, 10);
  const year = Number(to.slice(0, 4));
  const [evaluation, alerts, tasks, emissions] = await Promise.all([
    fetchJson<AqEvaluationResponse>(`/api/aq/evaluation?year=${year}&scope=district&asOf=${to}`, signal),
    fetchJson<AlertsResponse>(`/api/alerts?status=open,assigned,resolved&asOf=${encodeURIComponent(asOf)}`, signal),
    fetchJson<TasksResponse>(`/api/tasks?asOf=${encodeURIComponent(asOf)}`, signal),
    fetchJson<EmissionsResponse>(
      `/api/monitoring/emissions?period=year&level=district&at=${year}&asOf=${encodeURIComponent(asOf)}`,
      signal,
    ),
  ]);
  return {
    to,
    evaluation: evaluation.ok ? evaluation.value : null,
    openAlerts: alerts.ok ? alerts.value.alerts.length : null,
    tasks: tasks.ok ? tasks.value : null,
    emissions: emissions.ok ? emissions.value : null,
  };
}

/**
 * Where `target` stands: a pollutant from the evaluation (its figure, valid or provisional, and its progress); 降尘
 * from the dustfall points shown (the district mean of the month against the limit).
 *
 * @example
 * targetStanding(pm25Target, standing, []); // { value: 41.2, provisional: true, progress: 'fail' }
 */
export function targetStanding(
  target: Target,
  standing: OverviewStanding,
  dustfall: readonly LayerFeature[],
): TargetStanding {
  if (target.subject === 'dustfall') {
    const values = dustfall.map((f) => f.properties.value).filter((v): v is number => typeof v === 'number');
    if (!values.length) return { value: null, provisional: false, progress: 'no-data' };
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const progress = mean > target.limit ? 'fail' : mean > target.limit * AT_RISK_SHARE ? 'at-risk' : 'pass';
    return { value: mean, provisional: false, progress };
  }
  const pollutant = standing.evaluation?.hasData
    ? standing.evaluation.pollutants.find((p) => p.pollutant === target.subject)
    : undefined;
  if (!pollutant) return { value: null, provisional: false, progress: 'no-data' };
  return {
    value: pollutant.value ?? pollutant.provisionalValue,
    provisional: pollutant.value === null && pollutant.provisionalValue !== null,
    progress: pollutant.progress,
  };
}

/** The console's messages in one language. */
type ConsoleMessages = ReturnType<typeof consoleMessages>;

const progressKey = {
  pass: 'progressPass',
  'at-risk': 'progressAtRisk',
  fail: 'progressFail',
  'no-data': 'progressNoData',
} as const satisfies Record<Progress, string>;

/**
 * How 总览 words where a target stands: 「37.9 µg/m³ · 超标」, 「… （暂定） · 临界」, or the state alone without a
 * figure. The figure has one decimal without a trailing .0 (10.4 stays 10.4: rounding it to 10 would hide 超标).
 *
 * @example
 * standingText(consoleMessages('zh'), 37.94, 'µg/m³', false, 'fail'); // '37.9 µg/m³ · 超标'
 */
export function standingText(
  m: ConsoleMessages,
  value: number | null,
  unit: string,
  provisional: boolean,
  progress: Progress,
): string {
  if (value === null) return m[progressKey[progress]];
  return `${String(Number(value.toFixed(1)))} ${unit}${provisional ? m.provisional : ''} · ${m[progressKey[progress]]}`;
}
