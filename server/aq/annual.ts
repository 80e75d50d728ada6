/**
 * Annual evaluation per pollutant from daily values (HJ 663-2013, GB 3095-2012 Table 4):
 * the statistic compared with the limit, and the data-coverage rule for a valid year.
 *
 * @module
 */
import type { Pollutant } from '../schema/plan.ts';
import { daysInMonth } from '../time/cst.ts';
import { isValidReading } from './daily-figure.ts';
import { percentile } from './evaluation.ts';
import { concentrationLimit, type AirClass } from './limits.ts';
import { meanOfDecimals } from './rational.ts';
import { unsupported, type Edition2012Options, type EditionOptions, type Unsupported } from './standards-edition.ts';

/**
 * A valid year needs at least this many valid daily values (confirmed for the annual means;
 * applying the same rule to the CO p95 and O3 p90 is [memory], UNCONFIRMED, domain.md §3.3).
 */
export const MIN_DAYS_PER_YEAR = 324;
/** … and at least this many in every month other than February (confirmed). */
export const MIN_DAYS_PER_MONTH = 27;
/** … and at least this many in February, leap year or not (confirmed). */
export const MIN_DAYS_IN_FEBRUARY = 25;

/** One day's value of a pollutant: the 24-h mean, or for O3 the daily max 8-h mean. */
export interface DailyValue {
  /** ISO date YYYY-MM-DD (China Standard Time). */
  readonly date: string;
  /** µg/m³ (CO mg/m³); `null` when the day is invalid (see `daily.ts`). */
  readonly value: number | null;
}

/** Why a year's figure is not valid. */
export type CoverageProblem =
  | { readonly code: 'too-few-days'; readonly count: number; readonly required: number }
  | { readonly code: 'month-short'; readonly month: number; readonly count: number; readonly required: number }
  | { readonly code: 'malformed-date'; readonly date: string }
  | { readonly code: 'date-outside-year'; readonly date: string }
  | { readonly code: 'duplicate-date'; readonly date: string };

/** Data coverage of a year. */
export interface YearCoverage {
  readonly year: number;
  /** Distinct dates of the year with a valid value. */
  readonly validDays: number;
  /** Valid days per month, index 0 = January. */
  readonly validDaysPerMonth: readonly number[];
  readonly problems: readonly CoverageProblem[];
  /** True when there are no problems. */
  readonly valid: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year and month (1–12) of a real calendar date written YYYY-MM-DD, or null. */
function parseDate(date: string): { year: number; month: number } | null {
  const match = ISO_DATE.exec(date);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month };
}

/**
 * Checks the coverage rule: ≥ 324 valid daily values in the year and ≥ 27 in every month
 * (≥ 25 in February, leap years included). Malformed, out-of-year and duplicate dates are
 * problems too (they make the year invalid rather than being silently dropped).
 *
 * @param year calendar year, e.g. 2023
 * @param days daily values; `null` or negative/non-finite values are invalid days
 * @example
 * yearCoverage(2023, []).problems[0]; // { code: 'too-few-days', count: 0, required: 324 }
 */
export function yearCoverage(year: number, days: readonly DailyValue[]): YearCoverage {
  const problems: CoverageProblem[] = [];
  const perMonth = new Array<number>(12).fill(0);
  const seen = new Set<string>();
  for (const { date, value } of days) {
    const parsed = parseDate(date);
    if (parsed === null) {
      problems.push({ code: 'malformed-date', date });
      continue;
    }
    if (parsed.year !== year) {
      problems.push({ code: 'date-outside-year', date });
      continue;
    }
    if (seen.has(date)) {
      problems.push({ code: 'duplicate-date', date });
      continue;
    }
    seen.add(date);
    if (isValidReading(value)) perMonth[parsed.month - 1] = (perMonth[parsed.month - 1] ?? 0) + 1;
  }
  const validDays = perMonth.reduce((sum, count) => sum + count, 0);
  if (validDays < MIN_DAYS_PER_YEAR)
    problems.push({ code: 'too-few-days', count: validDays, required: MIN_DAYS_PER_YEAR });
  perMonth.forEach((count, index) => {
    const required = index === 1 ? MIN_DAYS_IN_FEBRUARY : MIN_DAYS_PER_MONTH;
    if (count < required) problems.push({ code: 'month-short', month: index + 1, count, required });
  });
  return { year, validDays, validDaysPerMonth: perMonth, problems, valid: problems.length === 0 };
}

/** The statistic a pollutant's year is judged on (names as in `server/schema/plan.ts`). */
export type AnnualStatisticKind = 'annual-mean' | 'p95-24h-mean' | 'p90-daily-max-8h';

/** HJ 663-2013 §3.1: statistic per pollutant (confirmed). */
export const ANNUAL_STATISTIC: { readonly [P in Pollutant]: AnnualStatisticKind } = {
  SO2: 'annual-mean',
  NO2: 'annual-mean',
  PM10: 'annual-mean',
  'PM2.5': 'annual-mean',
  CO: 'p95-24h-mean',
  O3: 'p90-daily-max-8h',
};

const LIMIT_AVERAGING = { 'annual-mean': 'annual', 'p95-24h-mean': '24h', 'p90-daily-max-8h': '8h' } as const;

/** Result of {@link annualStatistic}. */
export type AnnualResult =
  | {
      readonly valid: true;
      readonly pollutant: Pollutant;
      readonly statistic: AnnualStatisticKind;
      /** µg/m³ (CO mg/m³), full precision. */
      readonly value: number;
      /** GB 3095-2012 limit compared against (annual, CO 24-h, O3 8-h). */
      readonly limit: number;
      /** value ≤ limit */
      readonly meetsLimit: boolean;
      readonly coverage: YearCoverage;
    }
  | {
      readonly valid: false;
      readonly pollutant: Pollutant;
      readonly statistic: AnnualStatisticKind;
      readonly value: null;
      /** The figure from the data there are: for display as "insufficient data" only. */
      readonly provisionalValue: number | null;
      readonly limit: number;
      readonly coverage: YearCoverage;
    };

/** Options of {@link annualStatistic}. */
export interface AnnualOptions extends EditionOptions {
  /** @default 2 */
  readonly airClass?: AirClass;
}

/**
 * A pollutant's annual statistic: the annual mean (SO2, NO2, PM10, PM2.5), the 95th percentile
 * of 24-h means (CO) or the 90th percentile of daily maximum 8-h means (O3), over the valid days,
 * with the coverage check. An invalid year reports `value: null`, the reasons in
 * `coverage.problems` (e.g. which months are short) and the figure apart as `provisionalValue`.
 *
 * Edition `'2026'`: {@link Unsupported} (HJ 663-2026 adds a 3-year rolling evaluation and new
 * rounding; the details are not confirmed).
 *
 * @param days daily values of `year` (24-h means; O3: daily max 8-h means)
 * @example
 * annualStatistic('PM2.5', 2023, []).valid; // false
 */
export function annualStatistic(
  pollutant: Pollutant,
  year: number,
  days: readonly DailyValue[],
  options?: AnnualOptions & Edition2012Options,
): AnnualResult;
export function annualStatistic(
  pollutant: Pollutant,
  year: number,
  days: readonly DailyValue[],
  options: AnnualOptions,
): AnnualResult | Unsupported;
export function annualStatistic(
  pollutant: Pollutant,
  year: number,
  days: readonly DailyValue[],
  options: AnnualOptions = {},
): AnnualResult | Unsupported {
  const edition = options.edition ?? '2012';
  if (edition !== '2012') {
    return unsupported(edition, 'HJ 663-2026 annual evaluation', 'the 2026 evaluation rules are not confirmed');
  }
  const statistic = ANNUAL_STATISTIC[pollutant];
  const limit = concentrationLimit({
    item: pollutant,
    averaging: LIMIT_AVERAGING[statistic],
    airClass: options.airClass ?? 2,
  });
  if (limit === null) throw new Error(`annualStatistic: no limit for ${pollutant}`); // table bug
  const coverage = yearCoverage(year, days);
  const values = days.flatMap(({ date, value }) =>
    isValidReading(value) && parseDate(date)?.year === year ? [value] : [],
  );
  const figure =
    values.length === 0
      ? null
      : statistic === 'annual-mean'
        ? meanOfDecimals(values)
        : percentile(values, statistic === 'p95-24h-mean' ? 95 : 90);
  if (coverage.valid && figure !== null) {
    return {
      valid: true,
      pollutant,
      statistic,
      value: figure,
      limit: limit.value,
      meetsLimit: figure <= limit.value,
      coverage,
    };
  }
  return { valid: false, pollutant, statistic, value: null, provisionalValue: figure, limit: limit.value, coverage };
}
