import { Hono } from 'hono';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { warningReportQuerySchema } from '../schema/reports.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/** The page may use its inline style and nothing else: no script, no request anywhere (as the monthly report). */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * GET /:id/report?lang=zh|en&format=html|json under /api/emergency/warnings: the warning report of one episode
 * (重污染天气应急响应总结报告), the printable page (default) or its data, built in the task pool. 404 for an unknown
 * warning. `now`: the app's clock (epoch ms), the report's generation time.
 */
export function emergencyReportRoutes(pool: TaskPool, now: () => number) {
  return new Hono().get('/:id/report', async (c) => {
    const warningId = parseIdParam(c.req.param('id'), 'warning id');
    const query = parseWith(warningReportQuerySchema, c.req.query(), 'query parameter');
    const out = await pool.run('reports.warning', { ...query, warningId, now: now() });
    if (out.format === 'json') return c.json(out.data);
    return c.html(out.html, 200, { 'Content-Security-Policy': REPORT_CSP });
  });
}
