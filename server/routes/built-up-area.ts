import { Hono } from 'hono';
import { summarizeBuiltUpArea } from '../built-up/summarize-built-up-area.ts';
import { readBuiltUpAreas, readBuiltUpInputs } from '../db/built-up-summary-repository.ts';
import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import type { AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { builtUpSummaryQuerySchema, type BuiltUpSummary } from '../schema/built-up-summary.ts';

/**
 * The urban built-up area (城市建成区), mounted at /api/built-up-area: GET /summary?asOf= gives the polygons in force
 * (the provisional 示意 outline only while no imported boundary is in force) and what lies inside them.
 */
export function builtUpAreaRoutes(db: Db) {
  return new Hono<AuthEnv>().get('/summary', (c) => {
    const query = parseWith(builtUpSummaryQuerySchema, c.req.query(), 'query parameter');
    const asOf = resolveAsOf(db, query);
    const areas = readBuiltUpAreas(db, asOf);
    const polygons = areas.map((a) => ({
      id: a.properties.id,
      geometry: a.geometry,
      provisional: a.properties.provisional,
    }));
    const body: BuiltUpSummary = {
      asOf,
      provisional: areas.length > 0 && areas.every((a) => a.properties.provisional),
      areaKm2: Math.round(areas.reduce((sum, a) => sum + a.properties.areaKm2, 0) * 1000) / 1000,
      areas: areas.map(({ properties: p }) => ({
        id: p.id,
        name: p.name,
        areaKm2: p.areaKm2,
        effectiveFrom: p.effectiveFrom,
        provisional: p.provisional,
        provenance: p.provenance,
        source: p.source,
      })),
      ...summarizeBuiltUpArea(polygons, readBuiltUpInputs(db, asOf)),
    };
    return c.json(body);
  });
}
