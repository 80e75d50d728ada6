import { Hono } from 'hono';
import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import type { AuthEnv } from '../http/auth-env.ts';
import type { BodyCache } from '../http/body-cache.ts';
import { parseWith } from '../http/parse-with.ts';
import { sendCachedBody } from '../http/send-cached-body.ts';
import { airSurfaceQuerySchema, DEFAULT_SURFACE_CELL_KM } from '../schema/air-surface.ts';
import { airSurfaceAt, surfaceHour } from '../services/surface-for-hour.ts';

/** What a surface is derived from: a reading, a wind or a station change drops it. */
const SURFACE_TOPICS = ['readings', 'wind', 'layer:stations'] as const;

/**
 * The concentration surface, mounted at /api/air: GET /surface?asOf=&metric=&cell= (services/surface-for-hour.ts).
 * With a `cache` each body is built once per (hour, metric, cell) and kept until a reading, wind or station
 * changes; served with an ETag and compressed when the client accepts it.
 */
export function airSurfaceRoutes(db: Db, cache: BodyCache | null = null) {
  return new Hono<AuthEnv>().get('/surface', (c) => {
    const query = parseWith(airSurfaceQuerySchema, c.req.query(), 'query parameter');
    const hour = surfaceHour(resolveAsOf(db, query));
    const cellKm = query.cell ?? DEFAULT_SURFACE_CELL_KM;
    const build = () => airSurfaceAt(db, hour, query.metric, cellKm);
    if (cache === null) return c.json(build());
    const key = `air-surface ${hour} ${query.metric} ${cellKm}`;
    return sendCachedBody(
      c,
      cache.get(key, () => JSON.stringify(build()), SURFACE_TOPICS),
      'application/json',
    );
  });
}
