import { Hono } from 'hono';
import { parseWith } from '../http/parse-with.ts';
import { monthlyReportQuerySchema } from '../schema/reports.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/** The page may use its inline style and nothing else: no script, no request anywhere. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * GET /reports/monthly?month=YYYY-MM&lang=zh|en: the printable monthly report (HTML), rendered
 * in the task pool. The month defaults to the dataset's default as-of month; a month without
 * data is a 404. `now`: the app's clock (epoch ms), the report's generation time.
 */
export function reportRoutes(pool: TaskPool, now: () => number) {
  return new Hono().get('/monthly', async (c) => {
    const query = parseWith(monthlyReportQuerySchema, c.req.query(), 'query parameter');
    return c.html(await pool.run('reports.monthly', { ...query, now: now() }), 200, {
      'Content-Security-Policy': REPORT_CSP,
    });
  });
}
