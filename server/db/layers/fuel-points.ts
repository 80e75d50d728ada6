import type { z } from 'zod';
import { fuelPointQuerySchema, type FuelPointProperties } from '../../schema/fuel-point.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  kind: FuelPointProperties['kind'];
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  reported_on: string;
  status: FuelPointProperties['status'];
  closed_on: string | null;
  provenance: FuelPointProperties['provenance'];
  source: string;
}

export const fuelPointsLayer: LayerDefinition<z.infer<typeof fuelPointQuerySchema>> = {
  id: 'fuel-points',
  querySchema: fuelPointQuerySchema,
  features(db, query) {
    const filters: SqlFilters[] = [commonFilters(query, 'f', 'point')];
    if (query.kind) filters.push(inList('f.kind', query.kind));
    if (query.status) filters.push(inList('f.status', query.status));
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT f.*, t.name AS township_name FROM fuel_points f JOIN townships t ON t.code = f.township_code` +
          `${where.sql} ORDER BY f.id`,
      )
      .all(...where.params) as Row[];
    return rows.map((r) =>
      pointFeature(r.id, r.lon, r.lat, {
        id: r.id,
        name: r.name,
        kind: r.kind,
        township: r.township_code,
        townshipName: r.township_name,
        reportedOn: r.reported_on,
        status: r.status,
        closedOn: r.closed_on,
        provenance: r.provenance,
        source: r.source,
      } satisfies FuelPointProperties),
    );
  },
};
