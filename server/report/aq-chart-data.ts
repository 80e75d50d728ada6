/**
 * The days the monthly report's air-quality charts draw: the district's daily values and AQI of the month (the
 * national stations, HJ 663-2013), as GET /api/aq/daily gives them.
 *
 * @module
 */
import type { Db } from '../db/open-database.ts';
import type { AqDailyResponse } from '../schema/aq.ts';
import { readDailyReport } from '../services/aq/read-daily-report.ts';

/** The month's district days and the units of the pollutants. */
export interface MonthAqChartData {
  days: AqDailyResponse['days'];
  units: AqDailyResponse['units'];
}

/**
 * The district's days from `from` to `to` (the report's month).
 *
 * @example
 * readMonthAqChartData(db, '2023-06-01', '2023-06-30').days.length; // 30
 */
export function readMonthAqChartData(db: Db, from: string, to: string): MonthAqChartData {
  const outcome = readDailyReport(db, { subject: { scope: 'district' }, from, to, edition: '2012' });
  // The district with edition 2012 cannot fail (no station code to be unknown, nothing unsupported).
  if (!outcome.ok) throw new Error(`district AQ daily report failed: ${outcome.error.code}`);
  return { days: outcome.value.days, units: outcome.value.units };
}
