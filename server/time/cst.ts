/**
 * China Standard Time (UTC+8, no daylight saving) and calendar arithmetic, in one place.
 *
 * Forms used across the server:
 * - a **CST minute** `YYYY-MM-DDTHH:mm` (as-of moments, position and reading timestamps);
 * - a **date** `YYYY-MM-DD` and a **month** `YYYY-MM` (CST calendar, counted, never converted);
 * - an **hour-ending label**: the reading labelled `T10:00` covers 09:00–10:00 (HJ 663 hourly values), so a
 *   day's 24 hours are `T01:00` … `T24:00` written as the next day's `T00:00`;
 * - a **clock** `HH:mm` of minutes since midnight (shift times of route plans).
 *
 * Every function here is pure and total on well-formed input (the schemas in `server/schema/common.ts`
 * refuse malformed text before it gets here).
 *
 * @module
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * China Standard Time's offset from UTC, minutes (UTC+8 all year; no daylight saving since 1991).
 *
 * @example
 * new Date(Date.UTC(2023, 0, 1, 8, 0) - CST_OFFSET_MINUTES * 60_000).toISOString(); // '2023-01-01T00:00:00.000Z'
 */
export const CST_OFFSET_MINUTES = 8 * 60;
const CST_OFFSET_MS = CST_OFFSET_MINUTES * MS_PER_MINUTE;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Formats an instant as a CST minute `YYYY-MM-DDTHH:mm`.
 *
 * @example
 * toCstMinute(new Date('2023-12-31T16:00:00Z')); // '2024-01-01T00:00'
 */
export function toCstMinute(date: Date): string {
  return new Date(date.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * The instant of a CST minute `YYYY-MM-DDTHH:mm` (or a CST date-time with seconds).
 *
 * @example
 * cstInstant('2024-01-01T00:00').toISOString(); // '2023-12-31T16:00:00.000Z'
 */
export function cstInstant(text: string): Date {
  return new Date(Date.parse(`${text.length === 16 ? `${text}:00` : text}+08:00`));
}

/**
 * Minutes since 1970-01-01T00:00Z of a CST minute `YYYY-MM-DDTHH:mm`: an integer clock to compare
 * and subtract moments.
 *
 * @example
 * cstMinute('2023-12-31T23:00') - cstMinute('2023-12-31T22:00'); // 60
 */
export function cstMinute(text: string): number {
  return Math.round(cstInstant(text).getTime() / MS_PER_MINUTE);
}

/**
 * The CST minute `YYYY-MM-DDTHH:mm` of minutes since 1970-01-01T00:00Z ({@link cstMinute}'s inverse).
 *
 * @example
 * fromCstMinute(cstMinute('2023-06-30T23:59')); // '2023-06-30T23:59'
 */
export function fromCstMinute(minutes: number): string {
  return toCstMinute(new Date(minutes * MS_PER_MINUTE));
}

/**
 * The CST minute `minutes` minutes after `text` (negative: before).
 *
 * @example
 * addMinutes('2023-12-31T23:30', 60); // '2024-01-01T00:30'
 */
export function addMinutes(text: string, minutes: number): string {
  return fromCstMinute(cstMinute(text) + minutes);
}

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

/**
 * A month `YYYY-MM` of its year and month number (1–12).
 *
 * @example
 * formatMonth(2023, 7); // '2023-07'
 */
export function formatMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/**
 * A date `YYYY-MM-DD` of its year, month (1–12) and day; not checked (see `calendarDateProblem` in
 * `server/schema/common.ts`).
 *
 * @example
 * formatDate(2023, 7, 5); // '2023-07-05'
 */
export function formatDate(year: number, month: number, day: number): string {
  return `${formatMonth(year, month)}-${pad2(day)}`;
}

/**
 * The month after `month` (`YYYY-MM`).
 *
 * @example
 * nextMonth('2023-12'); // '2024-01'
 */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const mon = Number(month.slice(5, 7));
  return mon === 12 ? `${year + 1}-01` : formatMonth(year, mon + 1);
}

/**
 * The first and last dates of `month` (`YYYY-MM`).
 *
 * @example
 * monthDates('2024-02'); // { from: '2024-02-01', to: '2024-02-29' }
 */
export function monthDates(month: string): { from: string; to: string } {
  const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { from: `${month}-01`, to: `${month}-${pad2(last)}` };
}

/**
 * The CST minutes bounding `month`: from its 1st 00:00 (included) to the next month's 1st 00:00 (excluded).
 * Hour-ending labels of the month are those after `from` up to and including `to`.
 *
 * @example
 * monthBounds('2023-12'); // { from: '2023-12-01T00:00', to: '2024-01-01T00:00' }
 */
export function monthBounds(month: string): { from: string; to: string } {
  return { from: `${month}-01T00:00`, to: `${nextMonth(month)}-01T00:00` };
}

/**
 * The twelve months `YYYY-MM` of `year`, January first.
 *
 * @example
 * monthsOf(2023).at(-1); // '2023-12'
 */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => formatMonth(year, i + 1));
}

/**
 * Days in `year` (365, 366 in a Gregorian leap year).
 *
 * @example
 * daysInYear(2024); // 366
 */
export function daysInYear(year: number): number {
  return dayCount(formatDate(year, 1, 1), formatDate(year, 12, 31));
}

/**
 * The CST date an hour-ending label belongs to: `T00:00` closes the previous day's 24th hour.
 *
 * @example
 * hourEndingDate('2023-07-02T00:00'); // '2023-07-01'
 * hourEndingDate('2023-07-02T01:00'); // '2023-07-02'
 */
export function hourEndingDate(label: string): string {
  return addMinutes(label, -1).slice(0, 10);
}

/**
 * Minutes since midnight of a clock `HH:mm`.
 *
 * @example
 * clockMinutes('08:30'); // 510
 */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/**
 * The clock `HH:mm` of minutes since midnight, `minutes` ≥ 0 (fractions dropped; 24:00 and beyond, a shift
 * running past midnight, are written as they are: 1500 → `25:00`).
 *
 * @example
 * clockOf(510.7); // '08:30'
 */
export function clockOf(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(Math.floor(minutes % 60))}`;
}
