import type { z } from 'zod';
import { municipalVehicleCategories, vehicleQuerySchema, type VehicleProperties } from '../../schema/vehicle.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  id: string;
  plate: string;
  category: VehicleProperties['category'];
  fuel: VehicleProperties['fuel'];
  emission_stage: VehicleProperties['emissionStage'];
  lean_burn: number;
  owner_unit: string;
  key_user_enterprise_id: string | null;
  registered_on: string;
  status: VehicleProperties['status'];
  status_on: string | null;
  scrap_due_on: string | null;
  register: VehicleProperties['register'];
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  provenance: VehicleProperties['provenance'];
  source: string;
  check_at: string | null;
  check_hit: number | null;
  check_outcome: string | null;
}

/** SQL: a roadside check found a problem (devices, OBD or the emission test). */
export const CHECK_HIT_SQL =
  "(c.devices IN ('missing', 'tampered') OR c.obd IN ('fault', 'tampered') OR c.emission_test = 'fail')";

/**
 * The vehicle register at as-of: vehicles registered on or before its day, with the status they had then (a vehicle
 * scrapped later is in use at as-of), and the latest roadside check of the plate up to as-of.
 */
export const vehiclesLayer: LayerDefinition<z.infer<typeof vehicleQuerySchema>> = {
  id: 'vehicles',
  querySchema: vehicleQuerySchema,
  features(db, query, asOf) {
    const day = asOf.slice(0, 10);
    const filters: SqlFilters[] = [
      commonFilters(query, 'v', 'point'),
      { clauses: ['v.registered_on <= ?'], params: [day] },
    ];
    if (query.category) filters.push(inList('v.category', query.category));
    if (query.fuel) filters.push(inList('v.fuel', query.fuel));
    if (query.emissionStage) filters.push(inList('v.emission_stage', query.emissionStage));
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT v.*, t.name AS township_name, c.checked_at AS check_at, ${CHECK_HIT_SQL} AS check_hit,
                c.outcome AS check_outcome
         FROM vehicles v JOIN townships t ON t.code = v.township_code
         LEFT JOIN roadside_checks c ON c.id = (
           SELECT id FROM roadside_checks WHERE plate = v.plate AND checked_at <= ?
           ORDER BY checked_at DESC, id DESC LIMIT 1)
         ${where.sql} ORDER BY v.id`,
      )
      .all(asOf, ...where.params) as Row[];
    const features = rows.map((r) => {
      const left = r.status_on !== null && r.status_on <= day;
      return pointFeature(r.id, r.lon, r.lat, {
        id: r.id,
        plate: r.plate,
        category: r.category,
        fuel: r.fuel,
        emissionStage: r.emission_stage,
        leanBurn: r.lean_burn === 1,
        municipal: municipalVehicleCategories.includes(r.category),
        ownerUnit: r.owner_unit,
        keyUserEnterpriseId: r.key_user_enterprise_id,
        registeredOn: r.registered_on,
        status: left ? r.status : 'in-use',
        statusOn: left ? r.status_on : null,
        scrapDueOn: r.scrap_due_on,
        register: r.register,
        township: r.township_code,
        townshipName: r.township_name,
        lastCheck:
          r.check_at === null ? null : { at: r.check_at, hit: r.check_hit === 1, outcome: r.check_outcome ?? '' },
        provenance: r.provenance,
        source: r.source,
      } satisfies VehicleProperties);
    });
    const statuses = query.status;
    return statuses ? features.filter((f) => statuses.includes(f.properties.status)) : features;
  },
};
