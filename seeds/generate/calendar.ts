/** Calendar helpers for the demo year. All dates are China Standard Time calendar dates. */

/** `YYYY-MM-DD` of the day `offset` days after 1 January of `year` (offset 0 = 1 January). */
export function dayOfYear(year: number, offset: number): string {
  return new Date(Date.UTC(year, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** Days in a year. */
export function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The hour-ending timestamp `YYYY-MM-DDTHH:00` for hour index `h` of the year (h = 0 is the
 * hour 00:00–01:00 on 1 January, labelled `…T01:00`; the last hour is labelled next year's `T00:00`).
 */
export function hourEnding(year: number, h: number): string {
  return `${new Date(Date.UTC(year, 0, 1, h + 1)).toISOString().slice(0, 13)}:00`;
}

/** `YYYY-MM` months of a year. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
