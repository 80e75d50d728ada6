import type { FeatureCollection } from 'geojson';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { resolveAsOf } from '../db/dataset-meta.ts';
import { layerDefinitions } from '../db/layers/registry.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { assertKnownTownships } from '../http/assert-known-townships.ts';
import type { BodyCache } from '../http/body-cache.ts';
import { parseWith } from '../http/parse-with.ts';
import { sendCachedBody } from '../http/send-cached-body.ts';
import { layerFeaturesAt } from '../services/layer-features-at.ts';
import { dataTopics, layerTopics } from '../services/layer-topics.ts';
import { asOfParamSchema } from '../schema/common.ts';
import { layerIds, layerIdSchema, layerInfo, type LayerCatalogue } from '../schema/layer-catalogue.ts';

const asOfOnly = z.object({ asOf: asOfParamSchema.optional() }).strict();

/** A validated query as a cache key part: its set parameters in name order. */
function queryKey(query: object): string {
  return JSON.stringify(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/**
 * GET /layers (the catalogue) and GET /layers/:id (a GeoJSON FeatureCollection). With a `cache`,
 * each body is built once per (layer, validated filters, as-of) and kept until a change-feed topic
 * it depends on moves (services/layer-topics.ts), and served with
 * an ETag (304 on `If-None-Match`), compressed when the client accepts it (see sendCachedBody);
 * the bodies do not depend on who asks. Without one, every request reads the database again.
 */
export function layerRoutes(db: Db, cache: BodyCache | null = null) {
  const respond = (c: Context, key: string, topics: readonly string[], build: () => unknown) =>
    cache
      ? sendCachedBody(
          c,
          cache.get(key, () => JSON.stringify(build()), topics),
          'application/json',
        )
      : c.json(build());

  return new Hono()
    .get('/', (c) => {
      const query = parseWith(asOfOnly, c.req.query(), 'query parameter');
      return respond(c, `catalogue ${queryKey(query)}`, dataTopics, () => {
        const asOf = resolveAsOf(db, query);
        const body: LayerCatalogue = {
          layers: layerIds.map((id) => {
            const features = layerDefinitions[id].features(db, {}, asOf);
            const provenance = { official: 0, approximate: 0, synthetic: 0 };
            for (const f of features) provenance[f.properties.provenance as keyof typeof provenance]++;
            return { id, ...layerInfo[id], featureCount: features.length, provenance };
          }),
        };
        return body;
      });
    })
    .get('/:id', (c) => {
      const id = layerIdSchema.safeParse(c.req.param('id'));
      if (!id.success) {
        throw new ApiError(404, 'not_found', {
          zh: '没有这个图层',
          en: `unknown layer '${c.req.param('id')}'; layers are: ${layerIds.join(', ')}`,
        });
      }
      const definition = layerDefinitions[id.data];
      const query = parseWith(definition.querySchema, c.req.query(), 'query parameter');
      return respond(c, `${id.data} ${queryKey(query)}`, layerTopics(id.data), () => {
        assertKnownTownships(db, query.township);
        const asOf = resolveAsOf(db, query);
        const body: FeatureCollection = {
          type: 'FeatureCollection',
          features: layerFeaturesAt(db, id.data, query, asOf),
        };
        return body;
      });
    });
}
