import { cstMinute } from '../time/cst.ts';

/** A class's cleaning standard: wet sweeping at least every `sweepIntervalH` hours, washing every `washIntervalH`. */
export interface CleaningStandard {
  sweepIntervalH: number;
  /** null: washing not required. */
  washIntervalH: number | null;
}

/** Where a segment stands against its standard at a moment. */
export interface CleaningStatus {
  /** Some required cleaning is overdue. */
  behind: boolean;
  /** Hours past due for wet sweeping (0 when on schedule). */
  sweepOverdueH: number;
  /** Hours past due for washing (0 when on schedule or not required). */
  washOverdueH: number;
}

/**
 * Whether a road segment is behind its cleaning schedule at `asOf` (CST `YYYY-MM-DDTHH:mm`): the last wet sweep
 * (or wash, where required) lies more than the interval before as-of, or there is none. A segment cleaned exactly
 * one interval before as-of is on schedule. Only cleanings at or before as-of count.
 *
 * @example
 * const daily = { sweepIntervalH: 24, washIntervalH: null };
 * cleaningStatus(daily, '2023-12-01T08:00', null, '2023-12-02T08:00').behind; // false: exactly on schedule
 * cleaningStatus(daily, '2023-12-01T07:59', null, '2023-12-02T08:00').behind; // true
 */
export function cleaningStatus(
  standard: CleaningStandard,
  lastSweepAt: string | null,
  lastWashAt: string | null,
  asOf: string,
): CleaningStatus {
  const now = cstMinute(asOf);
  const overdue = (last: string | null, intervalH: number | null): number => {
    if (intervalH === null) return 0;
    if (last === null) return Number.POSITIVE_INFINITY;
    const late = (now - cstMinute(last)) / 60 - intervalH;
    return late > 0 ? late : 0;
  };
  const sweepOverdueH = overdue(lastSweepAt, standard.sweepIntervalH);
  const washOverdueH = overdue(lastWashAt, standard.washIntervalH);
  return { behind: sweepOverdueH > 0 || washOverdueH > 0, sweepOverdueH, washOverdueH };
}
