import type { z } from 'zod';
import { CHECKPOINT_WINDOW_DAYS, checkpointQuerySchema, type CheckpointProperties } from '../../schema/checkpoint.ts';
import { addMinutes } from '../../time/cst.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';
import { CHECK_HIT_SQL } from './vehicles.ts';

interface Row {
  id: string;
  name: string;
  kind: CheckpointProperties['kind'];
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: CheckpointProperties['provenance'];
  source: string;
  checks: number;
  hits: number;
  last_at: string | null;
}

/** Checkpoints with their checks and hits in the {@link CHECKPOINT_WINDOW_DAYS} days up to as-of. */
export const checkpointsLayer: LayerDefinition<z.infer<typeof checkpointQuerySchema>> = {
  id: 'checkpoints',
  querySchema: checkpointQuerySchema,
  features(db, query, asOf) {
    const filters: SqlFilters[] = [commonFilters(query, 'p', 'point')];
    if (query.kind) filters.push(inList('p.kind', query.kind));
    const where = whereSql(...filters);
    const from = addMinutes(asOf, -CHECKPOINT_WINDOW_DAYS * 24 * 60);
    const rows = db
      .prepare(
        `SELECT p.*, t.name AS township_name,
                (SELECT count(*) FROM roadside_checks c WHERE c.checkpoint_id = p.id AND c.checked_at > ?
                   AND c.checked_at <= ?) AS checks,
                (SELECT count(*) FROM roadside_checks c WHERE c.checkpoint_id = p.id AND c.checked_at > ?
                   AND c.checked_at <= ? AND ${CHECK_HIT_SQL}) AS hits,
                (SELECT max(checked_at) FROM roadside_checks c WHERE c.checkpoint_id = p.id
                   AND c.checked_at <= ?) AS last_at
         FROM checkpoints p JOIN townships t ON t.code = p.township_code${where.sql} ORDER BY p.id`,
      )
      .all(from, asOf, from, asOf, asOf, ...where.params) as Row[];
    return rows.map((r) =>
      pointFeature(r.id, r.lon, r.lat, {
        id: r.id,
        name: r.name,
        kind: r.kind,
        township: r.township_code,
        townshipName: r.township_name,
        checks: r.checks,
        hits: r.hits,
        hitRate: r.checks > 0 ? r.hits / r.checks : null,
        lastCheckAt: r.last_at,
        provenance: r.provenance,
        source: r.source,
      } satisfies CheckpointProperties),
    );
  },
};
