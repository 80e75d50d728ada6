import type { MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import { builtUpAreaQuerySchema, type BuiltUpAreaProperties } from '../../schema/built-up-area.ts';
import { parseJson, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, whereSql } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  township_code: string;
  township_name: string;
  geometry: string;
  area_km2: number;
  effective_from: string;
  provisional: number;
  provenance: BuiltUpAreaProperties['provenance'];
  source: string;
}

/**
 * The urban built-up area's polygons in force at as-of (effective_from on or before its day). The provisional 示意
 * outline applies only while no imported (non-provisional) polygon is in force: once the planning department's
 * boundary is in force, the layer (and so every rule's `facts.builtUp`) serves that boundary alone.
 */
export const builtUpAreaLayer: LayerDefinition<z.infer<typeof builtUpAreaQuerySchema>> = {
  id: 'built-up-area',
  querySchema: builtUpAreaQuerySchema,
  features(db, query, asOf) {
    const where = whereSql(commonFilters(query, 'b', 'polygon'), {
      clauses: [
        'b.effective_from <= ?',
        `(b.provisional = 0 OR NOT EXISTS (SELECT 1 FROM built_up_areas o
           WHERE o.provisional = 0 AND o.effective_from <= ?))`,
      ],
      params: [asOf.slice(0, 10), asOf.slice(0, 10)],
    });
    const rows = db
      .prepare(
        `SELECT b.*, t.name AS township_name FROM built_up_areas b JOIN townships t ON t.code = b.township_code` +
          `${where.sql} ORDER BY b.id`,
      )
      .all(...where.params) as Row[];
    return rows.map((r) => ({
      type: 'Feature' as const,
      id: r.id,
      geometry: parseJson<Polygon | MultiPolygon>(r.geometry),
      properties: {
        id: r.id,
        name: r.name,
        township: r.township_code,
        townshipName: r.township_name,
        areaKm2: r.area_km2,
        effectiveFrom: r.effective_from,
        provisional: r.provisional === 1,
        provenance: r.provenance,
        source: r.source,
      } satisfies BuiltUpAreaProperties,
    }));
  },
};
