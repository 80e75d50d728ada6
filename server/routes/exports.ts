import { Hono } from 'hono';
import type { Db } from '../db/open-database.ts';
import { downloadHeaders, exportFileName } from '../export/download-response.ts';
import { layerCsv, layerGeoJson, parseLayerId, readLayerExport } from '../export/layer-export.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { exportOptionKeys, exportOptionsSchema, townshipStatsExportQuerySchema } from '../schema/exports.ts';
import { areaStatsRequestSchema } from '../schema/stats.ts';
import type { TaskPool } from '../workers/task-pool.ts';

const exportKeys = new Set<string>(exportOptionKeys);

/** Splits a query into the export's own parameters (`format`, `lang`) and the rest (layer filters). */
function splitQuery(query: Record<string, string>): {
  options: Record<string, string>;
  filters: Record<string, string>;
} {
  const options: Record<string, string> = {};
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (exportKeys.has(key)) options[key] = value;
    else filters[key] = value;
  }
  return { options, filters };
}

/**
 * Downloads, mounted at /api/exports: GET /layers/:id (a layer with the layer endpoint's
 * filters), GET /stats/townships and POST /stats/area (the statistics endpoints' query / body),
 * each as `format=csv` (default) or `format=geojson`, `lang=zh|en` for CSV headers. Answers are
 * attachments named `lantian-<what>-<date or month>.<csv|geojson>`. The statistics are computed
 * and rendered in the task pool.
 */
export function exportRoutes(db: Db, pool: TaskPool) {
  return new Hono()
    .get('/layers/:id', (c) => {
      const layer = parseLayerId(c.req.param('id'));
      const { options, filters } = splitQuery(c.req.query());
      const { format, lang } = parseWith(exportOptionsSchema, options, 'query parameter');
      const data = readLayerExport(db, layer, filters);
      const body = format === 'csv' ? layerCsv(data, lang) : JSON.stringify(layerGeoJson(data));
      return c.body(body, 200, downloadHeaders(format, exportFileName([data.layer, data.asOf.slice(0, 10)], format)));
    })
    .get('/stats/townships', async (c) => {
      const { format, lang, ...query } = parseWith(townshipStatsExportQuerySchema, c.req.query(), 'query parameter');
      const file = await pool.run('exports.townshipStats', { format, lang, query });
      return c.body(file.body, 200, downloadHeaders(format, file.fileName));
    })
    .post('/stats/area', async (c) => {
      const { format, lang } = parseWith(exportOptionsSchema, c.req.query(), 'query parameter');
      const request = parseWith(areaStatsRequestSchema, await readJsonBody(c), 'body');
      const outcome = await pool.run('exports.areaStats', { format, lang, request });
      if (!outcome.ok) return c.json(outcome.body, outcome.status);
      return c.body(outcome.value.body, 200, downloadHeaders(format, outcome.value.fileName));
    });
}
