import type { Localized } from '../schema/localized.ts';
import { type StackPollutantKey, stackPollutantKeys } from '../schema/devices.ts';
import { addMinutes } from '../time/cst.ts';
import type { StackReading } from './stack-reading.ts';

/** Hours in a row of non-N flags (or of missing hours, or of O2 that prevents judging) that make a problem. */
export const FLAGGED_STRETCH_HOURS = 4;
/** Hours in a row without data, while the device should report, that make a problem. */
export const MISSING_STRETCH_HOURS = 4;
/** Identical consecutive valid values of a pollutant that make a flat line. */
export const FLAT_LINE_HOURS = 6;

/** HJ 212 data flags other than N, by letter. */
export const dataFlagLabels: Readonly<Record<string, Localized>> = {
  F: { zh: '停运', en: 'stopped' },
  M: { zh: '维护', en: 'maintenance' },
  D: { zh: '故障', en: 'fault' },
  C: { zh: '校准', en: 'calibration' },
  T: { zh: '超量程', en: 'over range' },
  B: { zh: '通讯异常', en: 'communication fault' },
  S: { zh: '手工', en: 'manual' },
};

export type DataQualityKind = 'flagged' | 'missing' | 'flat-line' | 'zero-flow' | 'o2-invalid';

/** One data-quality problem: a stretch of hours (labels are hour ends, inclusive). */
export interface DataQualityProblem {
  kind: DataQualityKind;
  /** The pollutant concerned (flagged, flat-line, o2-invalid); null for the whole outlet. */
  pollutant: StackPollutantKey | null;
  /** The non-N flags seen in a flagged stretch, in order of first appearance. */
  flags: string[];
  /** The flat-lined value. */
  value: number | null;
  start: string;
  end: string;
  hours: number;
}

/** The hours to look at, as hour-end labels 'YYYY-MM-DDTHH:00' (inclusive), and what the outlet needs. */
export interface DataQualityWindow {
  from: string;
  to: string;
  /** Whether the device should have reported in the window (missing hours are only counted then). */
  expectReports: boolean;
  /** The outlet's reference O2 (an hour with a valid value but O2 missing or ≥ 21 % cannot be judged). */
  referenceO2: number | null;
}

function hourLabels(from: string, to: string): string[] {
  const labels: string[] = [];
  for (let ts = from; ts <= to && labels.length < 24 * 400; ts = addMinutes(ts, 60)) labels.push(ts);
  return labels;
}

/** Runs of consecutive labels where `test` holds, each `minimum` long or longer. */
function runs<T>(
  labels: readonly string[],
  at: (ts: string) => T | null,
  same: (a: T, b: T) => boolean,
  minimum: number,
): { start: string; end: string; hours: number; items: T[] }[] {
  const found: { start: string; end: string; hours: number; items: T[] }[] = [];
  let run: { start: string; end: string; hours: number; items: T[] } | null = null;
  const close = () => {
    if (run && run.hours >= minimum) found.push(run);
    run = null;
  };
  for (const ts of labels) {
    const item = at(ts);
    if (item === null) {
      close();
      continue;
    }
    const current: { start: string; end: string; hours: number; items: T[] } | null = run;
    if (current && same(current.items[current.items.length - 1] as T, item)) {
      current.end = ts;
      current.hours += 1;
      current.items.push(item);
    } else {
      close();
      run = { start: ts, end: ts, hours: 1, items: [item] };
    }
  }
  close();
  return found;
}

const always = () => true;

/**
 * The data-quality problems of an outlet's hours in a window (problems reaching outside it are cut at its
 * edges): stretches of ≥ {@link FLAGGED_STRETCH_HOURS} h of a pollutant flagged other than N (naming the
 * flags); ≥ {@link MISSING_STRETCH_HOURS} missing hours in a row when the device should report; ≥
 * {@link FLAT_LINE_HOURS} identical consecutive valid values of a pollutant; hours of zero flow while
 * producing (flow 0 with a pollutant above 0 or flagged N); ≥ {@link FLAGGED_STRETCH_HOURS} h whose valid
 * values cannot be corrected to the reference O2 (O2 missing or ≥ 21 %).
 *
 * @example
 * dataQualityProblems(readings, { from: '2023-05-01T01:00', to: '2023-05-02T00:00', expectReports: true,
 *   referenceO2: null }).map((p) => p.kind); // ['missing']
 */
export function dataQualityProblems(
  readings: readonly StackReading[],
  window: DataQualityWindow,
): DataQualityProblem[] {
  const labels = hourLabels(window.from, window.to);
  const byTs = new Map(readings.map((r) => [r.ts, r]));
  const problems: DataQualityProblem[] = [];
  const base = { pollutant: null, flags: [], value: null };
  for (const pollutant of stackPollutantKeys) {
    const flagAt = (ts: string): string | null => {
      const flag = byTs.get(ts)?.flags[pollutant];
      return flag !== undefined && flag !== 'N' ? flag : null;
    };
    for (const run of runs(labels, flagAt, always, FLAGGED_STRETCH_HOURS)) {
      problems.push({ ...base, kind: 'flagged', pollutant, flags: [...new Set(run.items)], ...span(run) });
    }
    const validAt = (ts: string): number | null => {
      const r = byTs.get(ts);
      return r && r[pollutant] !== null && r.flags[pollutant] === 'N' ? r[pollutant] : null;
    };
    for (const run of runs(labels, validAt, (a, b) => a === b, FLAT_LINE_HOURS)) {
      problems.push({ ...base, kind: 'flat-line', pollutant, value: run.items[0] ?? null, ...span(run) });
    }
    if (window.referenceO2 !== null) {
      const uncorrectableAt = (ts: string): true | null => {
        const r = byTs.get(ts);
        if (!r || validAt(ts) === null) return null;
        return r.o2 === null || r.o2 < 0 || r.o2 >= 21 ? true : null;
      };
      for (const run of runs(labels, uncorrectableAt, always, FLAGGED_STRETCH_HOURS)) {
        problems.push({ ...base, kind: 'o2-invalid', pollutant, ...span(run) });
      }
    }
  }
  if (window.expectReports) {
    const missingAt = (ts: string): true | null => (byTs.has(ts) ? null : true);
    for (const run of runs(labels, missingAt, always, MISSING_STRETCH_HOURS)) {
      problems.push({ ...base, kind: 'missing', ...span(run) });
    }
  }
  const zeroFlowAt = (ts: string): true | null => {
    const r = byTs.get(ts);
    if (r?.flow !== 0) return null;
    const producing = stackPollutantKeys.some((k) => (r[k] ?? 0) > 0 || r.flags[k] === 'N');
    return producing ? true : null;
  };
  for (const run of runs(labels, zeroFlowAt, always, 1)) problems.push({ ...base, kind: 'zero-flow', ...span(run) });
  return problems.sort((a, b) => a.start.localeCompare(b.start));
}

function span(run: { start: string; end: string; hours: number }): { start: string; end: string; hours: number } {
  return { start: run.start, end: run.end, hours: run.hours };
}

/**
 * A problem in words, e.g. 「颗粒物连续4小时标记为维护（M）」.
 *
 * @example
 * describeProblem({ kind: 'missing', pollutant: null, flags: [], value: null, start: 'a', end: 'b', hours: 5 }).zh;
 * // '连续5小时无数据'
 */
export function describeProblem(problem: DataQualityProblem): Localized {
  const name = problem.pollutant ? stackPollutantNames[problem.pollutant] : { zh: '', en: '' };
  const h = problem.hours;
  switch (problem.kind) {
    case 'flagged': {
      const zh = problem.flags.map((f) => `${dataFlagLabels[f]?.zh ?? '未知'}（${f}）`).join('、');
      const en = problem.flags.map((f) => `${dataFlagLabels[f]?.en ?? 'unknown'} (${f})`).join(', ');
      return { zh: `${name.zh}连续${h}小时标记为${zh}`, en: `${name.en} flagged ${en} for ${h} h in a row` };
    }
    case 'flat-line':
      return {
        zh: `${name.zh}连续${h}小时数值不变（${problem.value}）`,
        en: `${name.en} unchanged for ${h} h (${problem.value})`,
      };
    case 'o2-invalid':
      return {
        zh: `${name.zh}连续${h}小时氧含量缺失或无效，无法折算`,
        en: `${name.en}: O2 missing or invalid for ${h} h, cannot be corrected`,
      };
    case 'missing':
      return { zh: `连续${h}小时无数据`, en: `no data for ${h} h in a row` };
    case 'zero-flow':
      return { zh: `生产中流量为零（${h}小时）`, en: `zero flow while producing (${h} h)` };
  }
}

/** Short names of the stack pollutants. */
export const stackPollutantNames: Readonly<Record<StackPollutantKey, Localized>> = {
  pm: { zh: '颗粒物', en: 'particulate' },
  so2: { zh: '二氧化硫', en: 'SO2' },
  nox: { zh: '氮氧化物', en: 'NOx' },
};
