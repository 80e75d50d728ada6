import { addMinutes } from '../time/cst.ts';
import type { CleaningStandard } from './cleaning-schedule.ts';

/**
 * Since when a segment has been behind its cleaning schedule: the earliest moment a required cleaning fell due and
 * was not done (last sweep or wash + its interval, CST `YYYY-MM-DDTHH:mm`), or null when a required cleaning was
 * never recorded (due since it is unknown when).
 *
 * @example
 * overdueSince({ sweepIntervalH: 12, washIntervalH: null }, '2023-12-31T05:00', null); // '2023-12-31T17:00'
 */
export function overdueSince(
  standard: CleaningStandard,
  lastSweepAt: string | null,
  lastWashAt: string | null,
): string | null {
  if (lastSweepAt === null) return null;
  const sweepDue = addMinutes(lastSweepAt, Math.round(standard.sweepIntervalH * 60));
  if (standard.washIntervalH === null) return sweepDue;
  if (lastWashAt === null) return null;
  const washDue = addMinutes(lastWashAt, Math.round(standard.washIntervalH * 60));
  return washDue < sweepDue ? washDue : sweepDue;
}
