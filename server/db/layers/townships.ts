import type { z } from 'zod';
import type { MultiPolygon, Polygon } from 'geojson';
import type { TownshipProperties } from '../../schema/township.ts';
import { townshipQuerySchema } from '../../schema/township.ts';
import type { LayerDefinition } from './layer-definition.ts';
import { parseJson } from './layer-definition.ts';
import { commonFilters, whereSql } from './sql-filters.ts';

interface Row {
  code: string;
  code12: string;
  name: string;
  name_en: string;
  kind: TownshipProperties['kind'];
  lon: number;
  lat: number;
  geometry: string;
  area_km2: number;
  provenance: TownshipProperties['provenance'];
  source: string;
}

export const townshipsLayer: LayerDefinition<z.infer<typeof townshipQuerySchema>> = {
  id: 'townships',
  querySchema: townshipQuerySchema,
  features(db, query) {
    const where = whereSql(commonFilters(query, 't', 'polygon', 'code'));
    const rows = db.prepare(`SELECT * FROM townships t${where.sql} ORDER BY t.code`).all(...where.params) as Row[];
    return rows.map((r) => ({
      type: 'Feature',
      id: r.code,
      geometry: parseJson<Polygon | MultiPolygon>(r.geometry),
      properties: {
        code: r.code,
        code12: r.code12,
        name: r.name,
        nameEn: r.name_en,
        kind: r.kind,
        seat: [r.lon, r.lat],
        areaKm2: r.area_km2,
        provenance: r.provenance,
        source: r.source,
      } satisfies TownshipProperties,
    }));
  },
};
