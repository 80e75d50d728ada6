/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings (China Standard Time dates; no time zone
 * enters: the dates are only counted, never converted).
 *
 * @module
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
function epochDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

/**
 * The date `days` days after `date` (negative: before).
 *
 * @example
 * addDays('2023-12-31', 1); // '2024-01-01'
 */
export function addDays(date: string, days: number): string {
  return new Date((epochDay(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Number of calendar days from `from` to `to`, both included (0 when `to` is before `from`).
 *
 * @example
 * dayCount('2023-01-01', '2023-12-31'); // 365
 */
export function dayCount(from: string, to: string): number {
  return Math.max(0, epochDay(to) - epochDay(from) + 1);
}

/**
 * Every date from `from` to `to`, both included.
 *
 * @example
 * datesBetween('2023-02-27', '2023-03-01'); // ['2023-02-27', '2023-02-28', '2023-03-01']
 */
export function datesBetween(from: string, to: string): string[] {
  return Array.from({ length: dayCount(from, to) }, (_, offset) => addDays(from, offset));
}

/**
 * Days in a month (month 1–12).
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
