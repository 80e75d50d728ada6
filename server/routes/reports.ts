import { Hono } from 'hono';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { parseWith } from '../http/parse-with.ts';
import { readMonthlyReportData } from '../report/monthly-report-data.ts';
import { renderMonthlyReport } from '../report/render-monthly-report.ts';
import { monthlyReportQuerySchema } from '../schema/reports.ts';

/** The page may use its inline style and nothing else: no script, no request anywhere. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * GET /reports/monthly?month=YYYY-MM&lang=zh|en: the printable monthly report (HTML). The month
 * defaults to the dataset's default as-of month; a month without data is a 404.
 */
export function reportRoutes(db: Db) {
  return new Hono().get('/monthly', (c) => {
    const query = parseWith(monthlyReportQuerySchema, c.req.query(), 'query parameter');
    const month = query.month ?? readDatasetMeta(db).defaultAsOf.slice(0, 7);
    const outcome = readMonthlyReportData(db, month);
    if (!outcome.ok) throw new ApiError(404, 'not_found', outcome.message);
    return c.html(renderMonthlyReport(outcome.value, { lang: query.lang }), 200, { 'Content-Security-Policy': REPORT_CSP });
  });
}
