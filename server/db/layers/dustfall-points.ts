import type { z } from 'zod';
import { DUSTFALL_LIMIT, dustfallPointQuerySchema, type DustfallPointProperties } from '../../schema/dustfall-point.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, whereSql } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: DustfallPointProperties['provenance'];
  source: string;
  month: string | null;
  value: number | null;
}

/** Dustfall points with the reading of `month`, or by default their latest month up to as-of. */
export const dustfallPointsLayer: LayerDefinition<z.infer<typeof dustfallPointQuerySchema>> = {
  id: 'dustfall-points',
  querySchema: dustfallPointQuerySchema,
  features(db, query, asOf) {
    const where = whereSql(commonFilters(query, 'd', 'point'));
    const monthSql = query.month
      ? 'r.month = ?'
      : 'r.month = (SELECT max(month) FROM dustfall_readings WHERE point_id = d.id AND month <= ?)';
    const rows = db
      .prepare(
        `SELECT d.*, t.name AS township_name, r.month, r.value
         FROM dustfall_points d JOIN townships t ON t.code = d.township_code
         LEFT JOIN dustfall_readings r ON r.point_id = d.id AND ${monthSql}${where.sql} ORDER BY d.id`,
      )
      .all(query.month ?? asOf.slice(0, 7), ...where.params) as Row[];
    return rows
      .map((r) => {
        const properties: DustfallPointProperties = {
          id: r.id,
          name: r.name,
          township: r.township_code,
          townshipName: r.township_name,
          month: r.month ?? query.month ?? null,
          value: r.value,
          exceeds: r.value === null ? null : r.value > DUSTFALL_LIMIT,
          provenance: r.provenance,
          source: r.source,
        };
        return pointFeature(r.id, r.lon, r.lat, properties);
      })
      .filter((f) => query.exceeds === undefined || f.properties.exceeds === query.exceeds);
  },
};
