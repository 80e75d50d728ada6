import { Hono } from 'hono';
import { resolveAsOf } from '../db/dataset-meta.ts';
import { readMachineDensity } from '../db/machine-density-reads.ts';
import type { Db } from '../db/open-database.ts';
import type { BodyCache } from '../http/body-cache.ts';
import { parseWith } from '../http/parse-with.ts';
import { sendCachedBody } from '../http/send-cached-body.ts';
import { machineDensityQuerySchema } from '../schema/machine-density.ts';

/** What a density body depends on: the positions, the machines (deleting one drops its positions), meta. */
const densityTopics = ['positions', 'layer:machines', 'meta'] as const;

/**
 * GET /machines/density: positions per grid cell in a window ending at as-of (see
 * server/schema/machine-density.ts). With a `cache` (the layer body cache), each body is built
 * once per (as-of, window, cell) and kept until the positions change, served with an ETag and
 * compressed as the client accepts.
 */
export function machineDensityRoutes(db: Db, cache: BodyCache | null = null) {
  return new Hono().get('/', (c) => {
    const query = parseWith(machineDensityQuerySchema, c.req.query(), 'query parameter');
    const to = resolveAsOf(db, query);
    const build = () => readMachineDensity(db, query, to);
    if (!cache) return c.json(build());
    const key = `machine-density ${to} ${query.window} ${query.cell}`;
    return sendCachedBody(
      c,
      cache.get(key, () => JSON.stringify(build()), densityTopics),
      'application/json',
    );
  });
}
