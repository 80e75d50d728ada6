import { Hono } from 'hono';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import { schemaVersion } from '../db/migrate.ts';
import type { Db } from '../db/open-database.ts';
import type { HealthResponse, MetaResponse } from '../schema/meta.ts';

/** GET /health and GET /meta (what the dataset is: seed, scale, time range, default as-of). */
export function metaRoutes(db: Db) {
  return new Hono()
    .get('/health', (c) => {
      const body: HealthResponse = { ok: true };
      return c.json(body);
    })
    .get('/meta', (c) => {
      const meta = readDatasetMeta(db);
      const { plan_document: _plan, ...values } = meta.values;
      const body: MetaResponse = { schemaVersion: schemaVersion(db), defaultAsOf: meta.defaultAsOf, dataset: values };
      return c.json(body);
    });
}
