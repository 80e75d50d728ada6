import type { z } from 'zod';
import { stockyardControls, stockyardQuerySchema, type StockyardProperties } from '../../schema/stockyard.ts';
import type { StockyardControl } from '../../schema/enums/stockyard.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  kind: StockyardProperties['kind'];
  material: StockyardProperties['material'];
  enterprise_id: string | null;
  area_m2: number;
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: StockyardProperties['provenance'];
  source: string;
  inspected_on: string | null;
  enclosure: number | null;
  cover: number | null;
  spraying: number | null;
  wheel_washing: number | null;
  hard_surface: number | null;
  inspector: string | null;
}

/** Stockyards with their latest inspection on or before as-of's day and the controls it found missing. */
export const stockyardsLayer: LayerDefinition<z.infer<typeof stockyardQuerySchema>> = {
  id: 'stockyards',
  querySchema: stockyardQuerySchema,
  features(db, query, asOf) {
    const filters: SqlFilters[] = [commonFilters(query, 'y', 'point')];
    if (query.kind) filters.push(inList('y.kind', query.kind));
    if (query.material) filters.push(inList('y.material', query.material));
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT y.*, t.name AS township_name, i.inspected_on, i.enclosure, i.cover, i.spraying, i.wheel_washing,
                i.hard_surface, i.inspector
         FROM stockyards y JOIN townships t ON t.code = y.township_code
         LEFT JOIN stockyard_inspections i ON i.id = (
           SELECT id FROM stockyard_inspections WHERE stockyard_id = y.id AND inspected_on <= ?
           ORDER BY inspected_on DESC, id DESC LIMIT 1)
         ${where.sql} ORDER BY y.id`,
      )
      .all(asOf.slice(0, 10), ...where.params) as Row[];
    const features = rows.map((r) => {
      const checks: Record<StockyardControl, boolean> | null =
        r.inspected_on === null
          ? null
          : {
              enclosure: r.enclosure === 1,
              cover: r.cover === 1,
              spraying: r.spraying === 1,
              wheelWashing: r.wheel_washing === 1,
              hardSurface: r.hard_surface === 1,
            };
      const failed = checks ? stockyardControls.filter((c) => !checks[c]) : [];
      return pointFeature(r.id, r.lon, r.lat, {
        id: r.id,
        name: r.name,
        kind: r.kind,
        material: r.material,
        enterpriseId: r.enterprise_id,
        areaM2: r.area_m2,
        township: r.township_code,
        townshipName: r.township_name,
        lastInspection:
          checks && r.inspected_on ? { date: r.inspected_on, checks, inspector: r.inspector ?? '' } : null,
        compliant: checks ? failed.length === 0 : null,
        failedControls: failed,
        provenance: r.provenance,
        source: r.source,
      } satisfies StockyardProperties);
    });
    const compliant = query.compliant;
    return compliant === undefined ? features : features.filter((f) => f.properties.compliant === compliant);
  },
};
