import { Hono, type Context } from 'hono';
import { readPlan } from '../db/plan-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { BodyCache, CachedBody } from '../http/body-cache.ts';
import { parseWith } from '../http/parse-with.ts';
import { sendCachedBody } from '../http/send-cached-body.ts';
import { bootstrapQuerySchema, type BootstrapQuery } from '../schema/bootstrap.ts';
import type { LayerId } from '../schema/enums/layer-id.ts';
import { layerIds } from '../schema/enums/layer-id.ts';
import { layerRoutes } from './layers.ts';
import { metaRoutes } from './meta.ts';

/** Thrown by a cache probe's build: the entry is not kept, so nothing is stored (see BodyCache.get). */
const MISS = Symbol('bootstrap cache miss');

/** The query string of GET /api/layers/:id for `id` at the bootstrap's moment, as the console asks it. */
function layerQuery(id: LayerId, query: BootstrapQuery): string {
  const q = new URLSearchParams();
  if (query.asOf) q.set('asOf', query.asOf);
  if (id === 'stations' && query.aqiPeriod === 'day') q.set('aqiPeriod', 'day');
  return q.size ? `?${q.toString()}` : '';
}

/**
 * GET /bootstrap: the console's first view in one request (catalogue, plan, meta and the asked layers' features).
 *
 * Each part is produced by its own route's handler (the layers through the same body cache as GET /api/layers and
 * /api/layers/:id, so a part is built once whichever route asks first) and the body is their texts joined, so it
 * equals what the separate routes answer byte for byte. The joined body is kept in `cache` too (dropped by any
 * change, then joined again from the parts), sent with an ETag and compressed as the client accepts (br, gzip).
 */
export function bootstrapRoutes(db: Db, cache: BodyCache | null = null) {
  const layers = layerRoutes(db, cache);
  const meta = metaRoutes(db);

  // a part's failure (an ApiError: 400 naming the problem) is thrown on to the API's own error handler
  for (const app of [layers, meta]) {
    app.onError((error) => {
      throw error;
    });
  }
  /** A part's text as its route answers it (uncompressed: the request accepts no encoding). */
  const part = async (app: Hono, path: string): Promise<string> => (await app.request(path)).text();

  const build = async (query: BootstrapQuery): Promise<string> => {
    const asked = query.layers ?? layerIds;
    const at = query.asOf ? `?asOf=${encodeURIComponent(query.asOf)}` : '';
    const [catalogue, plan, metaText, ...features] = await Promise.all([
      part(layers, `/${at}`),
      Promise.resolve(JSON.stringify(readPlan(db))),
      part(meta, '/meta'),
      ...asked.map((id) => part(layers, `/${id}${layerQuery(id, query)}`)),
    ]);
    const layerTexts = asked.map((id, i) => `${JSON.stringify(id)}:${features[i]}`);
    return `{"catalogue":${catalogue},"plan":${plan},"meta":${metaText},"layers":{${layerTexts.join(',')}}}`;
  };

  const respond = async (c: Context, query: BootstrapQuery): Promise<Response> => {
    if (!cache) return c.body(await build(query), 200, { 'Content-Type': 'application/json' });
    const key = `bootstrap ${query.asOf ?? ''} ${query.aqiPeriod ?? 'hour'} ${(query.layers ?? layerIds).join(',')}`;
    let kept: CachedBody | null = null;
    try {
      kept = cache.get(key, () => {
        throw MISS;
      });
    } catch (error) {
      if (error !== MISS) throw error;
    }
    if (!kept) {
      const text = await build(query);
      kept = cache.get(key, () => text); // depends on every topic: any change drops it
    }
    return sendCachedBody(c, kept, 'application/json');
  };

  return new Hono().get('/', (c) => respond(c, parseWith(bootstrapQuerySchema, c.req.query(), 'query parameter')));
}
