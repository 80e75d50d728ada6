import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { readMonthlyReportData } from '../report/monthly-report-data.ts';
import { renderMonthlyReport } from '../report/render-monthly-report.ts';
import type { MonthlyReportQuery } from '../schema/reports.ts';

/**
 * The printable monthly report as an HTML page (GET /api/reports/monthly). The month defaults to
 * the dataset's default as-of month; a month without data is a 404 ApiError.
 *
 * @example
 * renderMonthlyReportPage(db, { month: '2023-12', lang: 'en' }).startsWith('<!doctype html>'); // true
 */
export function renderMonthlyReportPage(db: Db, query: MonthlyReportQuery): string {
  const month = query.month ?? readDatasetMeta(db).defaultAsOf.slice(0, 7);
  const outcome = readMonthlyReportData(db, month);
  if (!outcome.ok) throw new ApiError(404, 'not_found', outcome.message);
  return renderMonthlyReport(outcome.value, { lang: query.lang });
}
