import type { z } from 'zod';
import { repairShopQuerySchema, type RepairShopProperties } from '../../schema/repair-shop.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  category: RepairShopProperties['category'];
  emissions_repair: number;
  licence: string | null;
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: RepairShopProperties['provenance'];
  source: string;
  inspected_on: string | null;
  aftertreatment_removal: number | null;
  obd_tampering: number | null;
  ledger_complete: number | null;
  outcome: NonNullable<RepairShopProperties['lastInspection']>['outcome'] | null;
  rectified_on: string | null;
  inspector: string | null;
}

/**
 * Repair shops with their latest inspection up to as-of; `openFinding` when it found removed after-treatment or OBD
 * tampering not rectified by as-of's day.
 */
export const repairShopsLayer: LayerDefinition<z.infer<typeof repairShopQuerySchema>> = {
  id: 'repair-shops',
  querySchema: repairShopQuerySchema,
  features(db, query, asOf) {
    const day = asOf.slice(0, 10);
    const filters: SqlFilters[] = [commonFilters(query, 's', 'point')];
    if (query.category) filters.push(inList('s.category', query.category));
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT s.*, t.name AS township_name, i.inspected_on, i.aftertreatment_removal, i.obd_tampering,
                i.ledger_complete, i.outcome, i.rectified_on, i.inspector
         FROM repair_shops s JOIN townships t ON t.code = s.township_code
         LEFT JOIN repair_shop_inspections i ON i.id = (
           SELECT id FROM repair_shop_inspections WHERE shop_id = s.id AND inspected_on <= ?
           ORDER BY inspected_on DESC, id DESC LIMIT 1)
         ${where.sql} ORDER BY s.id`,
      )
      .all(day, ...where.params) as Row[];
    const features = rows.map((r) => {
      const last =
        r.inspected_on === null || r.outcome === null
          ? null
          : {
              date: r.inspected_on,
              aftertreatmentRemoval: r.aftertreatment_removal === 1,
              obdTampering: r.obd_tampering === 1,
              ledgerComplete: r.ledger_complete === 1,
              outcome: r.outcome,
              rectifiedOn: r.rectified_on !== null && r.rectified_on <= day ? r.rectified_on : null,
              inspector: r.inspector ?? '',
            };
      const openFinding =
        last !== null && (last.aftertreatmentRemoval || last.obdTampering) && last.rectifiedOn === null;
      return pointFeature(r.id, r.lon, r.lat, {
        id: r.id,
        name: r.name,
        category: r.category,
        emissionsRepair: r.emissions_repair === 1,
        licence: r.licence,
        township: r.township_code,
        townshipName: r.township_name,
        lastInspection: last,
        openFinding,
        provenance: r.provenance,
        source: r.source,
      } satisfies RepairShopProperties);
    });
    const open = query.openFinding;
    return open === undefined ? features : features.filter((f) => f.properties.openFinding === open);
  },
};
