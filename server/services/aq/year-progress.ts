/**
 * Year-to-date coverage and progress against a target (pure: no database access).
 *
 * @module
 */
import {
  MIN_DAYS_IN_FEBRUARY,
  MIN_DAYS_PER_MONTH,
  MIN_DAYS_PER_YEAR,
  type CoverageProblem,
  type YearCoverage,
} from '../../aq/annual.ts';
import type { Progress } from '../../schema/aq.ts';
import { dayCount, daysInMonth } from '../../time/cst.ts';

/**
 * The coverage rule applied to the part of a year up to `to` (year-to-date), in the one way that
 * needs no assumption about the days still to come: a month, or the year, is flagged short only
 * once it can no longer reach its minimum (≥ 27 valid days a month, 25 in February, ≥ 324 a year)
 * even if every remaining day were valid. Months after `to` are not judged. With `to` = 31 December
 * this is exactly the HJ 663-2013 / GB 3095-2012 rule. (The year-to-date reading is ours; the
 * standard defines only whole years.)
 *
 * @param coverage the engine's coverage of the days up to `to` (`yearCoverage` / `annualStatistic`)
 * @param to last day evaluated, `YYYY-MM-DD` within `coverage.year`
 * @example
 * // 31 January with 26 valid days in January: January can no longer reach 27
 * coverageSoFar(yearCoverage(2023, januaryWith26ValidDays), '2023-01-31').problems;
 * // [{ code: 'month-short', month: 1, count: 26, required: 27 }]
 */
export function coverageSoFar(coverage: YearCoverage, to: string): YearCoverage {
  const { year } = coverage;
  const lastMonth = Number(to.slice(5, 7));
  const lastDay = Number(to.slice(8, 10));
  const missingAllowedInYear = dayCount(`${year}-01-01`, `${year}-12-31`) - MIN_DAYS_PER_YEAR;
  const elapsed = dayCount(`${year}-01-01`, to);
  const problems: CoverageProblem[] = coverage.problems.filter(
    (problem) => problem.code !== 'too-few-days' && problem.code !== 'month-short',
  );
  if (elapsed - coverage.validDays > missingAllowedInYear) {
    problems.push({ code: 'too-few-days', count: coverage.validDays, required: MIN_DAYS_PER_YEAR });
  }
  coverage.validDaysPerMonth.forEach((count, index) => {
    const month = index + 1;
    if (month > lastMonth) return;
    const required = month === 2 ? MIN_DAYS_IN_FEBRUARY : MIN_DAYS_PER_MONTH;
    const length = daysInMonth(year, month);
    const elapsedInMonth = month < lastMonth ? length : lastDay;
    if (elapsedInMonth - count > length - required) problems.push({ code: 'month-short', month, count, required });
  });
  return { ...coverage, problems, valid: problems.length === 0 };
}

/** Below this share of the target a figure is `pass`; between it and the target `at-risk`. */
export const AT_RISK_SHARE = 0.9;

/**
 * Where a figure stands against a target: `pass` (≤ 90 % of it), `at-risk` (above 90 %, not above
 * the target), `fail` (above the target), `no-data` (no figure). Our dashboard convention.
 *
 * @param value the statistic (µg/m³, CO mg/m³) or null
 * @param target the upper limit it is judged against, same unit
 * @example
 * progressOf(30, 35); // 'pass'
 * progressOf(33, 35); // 'at-risk'
 * progressOf(36, 35); // 'fail'
 */
export function progressOf(value: number | null, target: number): Progress {
  if (value === null) return 'no-data';
  if (value > target) return 'fail';
  return value > target * AT_RISK_SHARE ? 'at-risk' : 'pass';
}

export { describeProblem } from '../../aq/describe-coverage-problem.ts';
