import type { FeatureCollection } from 'geojson';
import { Hono } from 'hono';
import { z } from 'zod';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import { layerDefinitions } from '../db/layers/registry.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { parseWith } from '../http/parse-with.ts';
import { asOfParamSchema } from '../schema/common.ts';
import { layerIds, layerIdSchema, layerInfo, type LayerCatalogue } from '../schema/layer-catalogue.ts';

const asOfOnly = z.object({ asOf: asOfParamSchema.optional() }).strict();

/** GET /layers (the catalogue) and GET /layers/:id (a GeoJSON FeatureCollection). */
export function layerRoutes(db: Db) {
  return new Hono()
    .get('/', (c) => {
      const { asOf = readDatasetMeta(db).defaultAsOf } = parseWith(asOfOnly, c.req.query(), 'query parameter');
      const body: LayerCatalogue = {
        layers: layerIds.map((id) => {
          const features = layerDefinitions[id].features(db, {}, asOf);
          const provenance = { official: 0, approximate: 0, synthetic: 0 };
          for (const f of features) provenance[f.properties.provenance as keyof typeof provenance]++;
          return { id, ...layerInfo[id], featureCount: features.length, provenance };
        }),
      };
      return c.json(body);
    })
    .get('/:id', (c) => {
      const id = layerIdSchema.safeParse(c.req.param('id'));
      if (!id.success) {
        throw new ApiError(404, 'not_found', `unknown layer '${c.req.param('id')}'; layers are: ${layerIds.join(', ')}`);
      }
      const definition = layerDefinitions[id.data];
      const query = parseWith(definition.querySchema, c.req.query(), 'query parameter');
      if (query.township && !db.prepare('SELECT 1 FROM townships WHERE code = ?').get(query.township)) {
        throw new ApiError(400, 'invalid_request', `township: no township has code ${query.township}`);
      }
      const asOf = 'asOf' in query && typeof query.asOf === 'string' ? query.asOf : readDatasetMeta(db).defaultAsOf;
      const body: FeatureCollection = { type: 'FeatureCollection', features: definition.features(db, query, asOf) };
      return c.json(body);
    });
}
