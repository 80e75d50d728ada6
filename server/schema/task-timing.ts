/**
 * A task's dates as the plan writes them, in one wording for the console and the report: deadlines with their
 * strength (力争), task 14's window with its months and hours, task 15's period with its convention (约定); and
 * whether a task is late at a moment (未按期（力争） for a missed strive deadline, 逾期 for a missed firm one).
 * Zod-free: the client imports it.
 *
 * @module
 */
import type { Localized } from './localized.ts';
import type { RuleId } from './enums/rule-id.ts';
import type { TaskStatus } from './enums/task-status.ts';

type Lang = 'zh' | 'en';

/** A deadline as the plan gives it (see `deadlineSchema`). */
export interface TimedDeadline {
  date: string;
  strength: 'strive' | 'firm';
}

/** What the formatters read of a task (a `Task` fits). */
export interface TimedTask {
  deadlines: readonly TimedDeadline[];
  schedule: { months: readonly number[]; hours: readonly [number, number] | null } | null;
  period: { from: string; to: string; convention: Localized | null } | null;
}

/** How late a task is: no deadline missed, a strive (力争) deadline missed, or a firm deadline missed. */
export const latenesses = ['none', 'missed-strive', 'overdue'] as const;
export type Lateness = (typeof latenesses)[number];

/** 未按期（力争） is not 逾期: the plan only strives for the date. */
export const latenessLabels: Readonly<Record<Lateness, Localized>> = {
  none: { zh: '未逾期', en: 'on time' },
  'missed-strive': { zh: '未按期（力争）', en: 'missed (strive-for date)' },
  overdue: { zh: '逾期', en: 'overdue' },
};

/** Whether `deadline` (YYYY-MM-DD, end of that day) has passed at `asOf` (YYYY-MM-DDTHH:mm). */
function passed(deadline: string, asOf: string): boolean {
  return asOf.slice(0, 10) > deadline;
}

/**
 * How late the task is at `asOf`: `overdue` when a firm deadline passed, else `missed-strive` when a strive one
 * did, and `none` when none passed or the task is done.
 *
 * @example
 * taskLateness({ status: 'in-progress', deadlines: [{ date: '2023-06-30', strength: 'strive' }] }, '2023-07-01T00:00');
 * // 'missed-strive'
 */
export function taskLateness(
  task: { status: TaskStatus; deadlines: readonly TimedDeadline[] },
  asOf: string,
): Lateness {
  if (task.status === 'done') return 'none';
  const missed = task.deadlines.filter((d) => passed(d.date, asOf));
  if (missed.some((d) => d.strength === 'firm')) return 'overdue';
  return missed.length ? 'missed-strive' : 'none';
}

/** The rules that check a task's deadlines, by task number (task 3: 力争; tasks 4 and 13: firm). */
export const taskDeadlineRules: Readonly<Record<number, readonly RuleId[]>> = {
  3: ['ule-assessment-overdue'],
  4: ['boiler-survey-overdue'],
  13: ['activated-carbon-late'],
};

/** A rule of the task's deadlines that still reports open hits while the task reads 已完成. */
export interface TaskConflict {
  rule: RuleId;
  openHits: number;
}

/**
 * The conflicts of a task marked done: per deadline rule of the task, the alerts in force whose loop is not closed
 * (status other than `verified`). Empty unless the status is `done`.
 *
 * @example
 * taskConflicts(4, 'done', [{ rule: 'boiler-survey-overdue', status: 'open' }]);
 * // [{ rule: 'boiler-survey-overdue', openHits: 1 }]
 */
export function taskConflicts(
  task: number,
  status: TaskStatus,
  alerts: readonly { rule: string; status: string }[],
): TaskConflict[] {
  if (status !== 'done') return [];
  return (taskDeadlineRules[task] ?? []).flatMap((rule) => {
    const openHits = alerts.filter((a) => a.rule === rule && a.status !== 'verified').length;
    return openHits ? [{ rule, openHits }] : [];
  });
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Months as a range when consecutive (5–9月, May–Sep), else listed. */
function monthsText(months: readonly number[], lang: Lang): string {
  const first = months[0];
  const last = months.at(-1);
  const consecutive = months.every((m, i) => i === 0 || m === (months[i - 1] ?? 0) + 1);
  const name = (m: number) => (lang === 'zh' ? String(m) : (MONTHS_EN[m - 1] ?? String(m)));
  if (first !== undefined && last !== undefined && consecutive && months.length > 1)
    return lang === 'zh' ? `${first}–${last}月` : `${name(first)}–${name(last)}`;
  return lang === 'zh' ? `${months.join('、')}月` : months.map(name).join(', ');
}

/**
 * A recurring window in words, with its hours: task 14's 「5–9月 每日10–16时」.
 *
 * @example
 * scheduleText({ months: [5, 6, 7, 8, 9], hours: [10, 16] }, 'zh'); // '5–9月 每日10–16时'
 * scheduleText({ months: [5, 6, 7, 8, 9], hours: [10, 16] }, 'en'); // 'May–Sep, daily 10:00–16:00'
 */
export function scheduleText(schedule: NonNullable<TimedTask['schedule']>, lang: Lang): string {
  const months = monthsText(schedule.months, lang);
  if (!schedule.hours) return months;
  const [from, to] = schedule.hours;
  return lang === 'zh' ? `${months} 每日${from}–${to}时` : `${months}, daily ${from}:00–${to}:00`;
}

/**
 * A deadline in words with its strength: 「2023-06-30（力争）」 or 「2023-06-30」.
 *
 * @example
 * deadlineText({ date: '2023-06-30', strength: 'strive' }, 'zh'); // '2023-06-30（力争）'
 */
export function deadlineText(deadline: TimedDeadline, lang: Lang): string {
  if (deadline.strength === 'firm') return deadline.date;
  return lang === 'zh' ? `${deadline.date}（力争）` : `${deadline.date} (strive for)`;
}

/**
 * A period's days in words, labelled 约定 when its dates are a convention: 「2023-10-01 — 2024-03-31（约定）」.
 *
 * @example
 * periodText({ from: '2023-10-01', to: '2024-03-31', convention: { zh: '…', en: '…' } }, 'zh');
 * // '2023-10-01 — 2024-03-31（约定）'
 */
export function periodText(period: NonNullable<TimedTask['period']>, lang: Lang): string {
  const days = `${period.from} — ${period.to}`;
  if (!period.convention) return days;
  return lang === 'zh' ? `${days}（约定）` : `${days} (convention)`;
}

/**
 * The convention a period's dates rest on, labelled: 「约定：规划未写起止日期，…」; null when the dates are the plan's.
 *
 * @example
 * periodConventionText(task15.period, 'zh'); // '约定：规划未写起止日期，按秋冬季攻坚通行约定 10月1日—次年3月31日'
 */
export function periodConventionText(period: NonNullable<TimedTask['period']>, lang: Lang): string | null {
  if (!period.convention) return null;
  return lang === 'zh' ? `约定：${period.convention.zh}` : `Convention: ${period.convention.en}`;
}

/**
 * Every date of a task in one line (the deadlines, the window, the period), or null when the plan gives none: what
 * 总览, 任务 and the report print as the task's 时限.
 *
 * @example
 * taskTimingText(task14, 'zh'); // '5–9月 每日10–16时'
 * taskTimingText(task3, 'zh'); // '2023-06-30（力争）'
 */
export function taskTimingText(task: TimedTask, lang: Lang): string | null {
  const parts = [
    ...task.deadlines.map((d) => deadlineText(d, lang)),
    ...(task.schedule ? [scheduleText(task.schedule, lang)] : []),
    ...(task.period ? [periodText(task.period, lang)] : []),
  ];
  return parts.length ? parts.join(lang === 'zh' ? '；' : '; ') : null;
}

/**
 * The status of a task marked done against open hits of its deadline rules:
 * 「已完成（与规则结果冲突：N项未办结）」.
 *
 * @example
 * doneInConflictText([{ rule: 'activated-carbon-late', openHits: 10 }], 'zh');
 * // '已完成（与规则结果冲突：10项未办结）'
 */
export function doneInConflictText(conflicts: readonly TaskConflict[], lang: Lang): string {
  const open = conflicts.reduce((sum, c) => sum + c.openHits, 0);
  return lang === 'zh'
    ? `已完成（与规则结果冲突：${open}项未办结）`
    : `done (in conflict with the rules: ${open} open)`;
}
