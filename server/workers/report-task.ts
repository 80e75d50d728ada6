import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { problemError } from '../http/status-of.ts';
import { readMonthlyReportData } from '../report/monthly-report-data.ts';
import { renderMonthlyReport } from '../report/render-monthly-report.ts';
import type { MonthlyReportQuery } from '../schema/reports.ts';

/** The report's query and the moment it is generated (epoch ms, the app's clock; shown in the footer). */
export interface MonthlyReportTask extends MonthlyReportQuery {
  now: number;
}

/**
 * The printable monthly report as an HTML page (GET /api/reports/monthly). The month defaults to
 * the dataset's default as-of month; a month without data is a 404 ApiError.
 *
 * @example
 * renderMonthlyReportPage(db, { month: '2023-12', lang: 'en', now: Date.now() }).startsWith('<!doctype html>'); // true
 */
export function renderMonthlyReportPage(db: Db, query: MonthlyReportTask): string {
  const month = query.month ?? resolveAsOf(db, {}).slice(0, 7);
  const outcome = readMonthlyReportData(db, month, new Date(query.now));
  if (!outcome.ok) throw problemError(outcome.error);
  return renderMonthlyReport(outcome.value, { lang: query.lang });
}
