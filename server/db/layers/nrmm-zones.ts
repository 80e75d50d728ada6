import type { MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import { nrmmZoneQuerySchema, type NrmmZoneProperties } from '../../schema/nrmm-zone.ts';
import { nrmmBanReasons } from '../../rules/nrmm-ban.ts';
import { pointInPolygon } from '../../spatial/point-in-polygon.ts';
import { parseJson, type LayerDefinition } from './layer-definition.ts';
import { readMachineFeatures } from './machines.ts';
import { commonFilters, whereSql } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  township_code: string;
  township_name: string;
  geometry: string;
  area_km2: number;
  min_stage: NrmmZoneProperties['minStage'];
  effective_from: string;
  provenance: NrmmZoneProperties['provenance'];
  source: string;
}

export const nrmmZonesLayer: LayerDefinition<z.infer<typeof nrmmZoneQuerySchema>> = {
  id: 'nrmm-zones',
  querySchema: nrmmZoneQuerySchema,
  features(db, query, asOf) {
    // non-exempt machines at their latest position: which ones each zone in force bans (task 10, its own minStage)
    const machines = readMachineFeatures(db, {}, asOf)
      .filter((m) => m.properties.exemptUse === null)
      .map((m) => ({ facts: m.properties, position: m.geometry.coordinates }));
    const where = whereSql(commonFilters(query, 'z', 'polygon'));
    const rows = db
      .prepare(
        `SELECT z.*, t.name AS township_name FROM nrmm_zones z JOIN townships t ON t.code = z.township_code` +
          `${where.sql} ORDER BY z.id`,
      )
      .all(...where.params) as Row[];
    return rows.map((r) => {
      const geometry = parseJson<Polygon | MultiPolygon>(r.geometry);
      const inForce = r.effective_from <= asOf.slice(0, 10);
      const inside = inForce
        ? machines
            .filter((m) => pointInPolygon(m.position, geometry) && nrmmBanReasons(m.facts, r.min_stage).length > 0)
            .map((m) => m.facts.id)
        : [];
      return {
        type: 'Feature',
        id: r.id,
        geometry,
        properties: {
          id: r.id,
          name: r.name,
          township: r.township_code,
          townshipName: r.township_name,
          areaKm2: r.area_km2,
          minStage: r.min_stage,
          effectiveFrom: r.effective_from,
          bannedMachinesInside: inside,
          provenance: r.provenance,
          source: r.source,
        } satisfies NrmmZoneProperties,
      };
    });
  },
};
