import { Hono } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { parseWith } from '../http/parse-with.ts';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { readOutlet, readOutletReadings, readOutlets } from '../db/outlets-repository.ts';
import { judgeHour } from '../monitoring/judge-hour.ts';
import {
  emissionsQuerySchema,
  OUTLET_HOURS_MAX_DAYS,
  outletHoursQuerySchema,
  outletsQuerySchema,
} from '../schema/outlets.ts';
import { addDays, dayCount } from '../time/cst.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/** Default span of an outlet's hours, days up to the present. */
const DEFAULT_HOURS_DAYS = 30;

/**
 * GET /outlets[?enterprise=] (each with its newest hour up to the dataset's present, judged), GET
 * /outlets/:id/hours?from&to (≤ {@link OUTLET_HOURS_MAX_DAYS} days, judged hours), GET /emissions?period&level&at
 * (monitored emission totals in tonnes, with the year's city caps; in the task pool). Mounted at /api/monitoring;
 * reads only.
 */
export function monitoringRoutes(db: Db, pool: TaskPool) {
  const present = () => readDatasetMeta(db).defaultAsOf;
  return new Hono()
    .get('/outlets', (c) => {
      const { enterprise } = parseWith(outletsQuerySchema, c.req.query(), 'query parameter');
      return c.json({ outlets: readOutlets(db, { enterprise, upTo: present() }) });
    })
    .get('/outlets/:id/hours', (c) => {
      const id = c.req.param('id');
      const query = parseWith(outletHoursQuerySchema, c.req.query(), 'query parameter');
      const now = present();
      const outlet = readOutlet(db, id, now);
      if (!outlet)
        throw new ApiError(404, 'not_found', {
          zh: `排放口「${id.slice(0, 64)}」不存在`,
          en: `no outlet ${id.slice(0, 64)}`,
        });
      const to = query.to ?? (query.from ? addDays(query.from, DEFAULT_HOURS_DAYS - 1) : now.slice(0, 10));
      const from = query.from ?? addDays(to, -(DEFAULT_HOURS_DAYS - 1));
      if (dayCount(from, to) > OUTLET_HOURS_MAX_DAYS)
        throw new ApiError(400, 'invalid_request', {
          zh: `查询时段最长${OUTLET_HOURS_MAX_DAYS}天（${from} 至 ${to} 共 ${dayCount(from, to)} 天）`,
          en: `at most ${OUTLET_HOURS_MAX_DAYS} days (${from} to ${to} is ${dayCount(from, to)})`,
        });
      const hours = readOutletReadings(db, id, `${from}T00:00`, `${addDays(to, 1)}T00:00`).map((h) =>
        judgeHour(h, outlet),
      );
      return c.json({ outlet, hours });
    })
    .get('/emissions', async (c) =>
      c.json(await pool.run('monitoring.emissions', parseWith(emissionsQuerySchema, c.req.query(), 'query parameter'))),
    );
}
