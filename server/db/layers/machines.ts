import type { MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import { nrmmBanReasons, strictestMinStage } from '../../rules/nrmm-ban.ts';
import type { ZoneMinStage } from '../../schema/enums/machine.ts';
import { machineQuerySchema, type MachineProperties } from '../../schema/machine.ts';
import { pointInPolygon } from '../../spatial/point-in-polygon.ts';
import type { Db } from '../open-database.ts';
import { parseJson, pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  id: string;
  type: MachineProperties['type'];
  emission_stage: MachineProperties['emissionStage'];
  registration_code: string | null;
  smoke_test: MachineProperties['smokeTest'];
  smoke_tested_on: string | null;
  owner: string;
  exempt_use: MachineProperties['exemptUse'];
  provenance: MachineProperties['provenance'];
  source: string;
  ts: string;
  lon: number;
  lat: number;
  township_code: string;
  township_name: string;
}

/** The NRMM control zones in force on the day of `asOf`: their minimum stage and geometry. */
function zonesInForce(db: Db, asOf: string): { minStage: ZoneMinStage; geometry: Polygon | MultiPolygon }[] {
  const rows = db
    .prepare('SELECT min_stage, geometry FROM nrmm_zones WHERE effective_from <= ? ORDER BY id')
    .all(asOf.slice(0, 10)) as { min_stage: ZoneMinStage; geometry: string }[];
  return rows.map((r) => ({ minStage: r.min_stage, geometry: parseJson<Polygon | MultiPolygon>(r.geometry) }));
}

/**
 * Machines at their latest position on or before as-of (machines with no position by then are
 * left out), with `banReasons` for where they are: the stage reason against the strictest minimum
 * stage of the control zones in force that hold the position (none outside every zone). CROSS
 * JOIN fixes the loop order (machines outside, one primary-key seek each): left to itself SQLite
 * scans every position and runs the subquery per row, ~100× slower.
 */
export function readMachineFeatures(db: Db, query: z.infer<typeof machineQuerySchema>, asOf: string) {
  const { provenance, ...positionQuery } = query;
  const filters: SqlFilters[] = [
    commonFilters(positionQuery, 'p', 'point'),
    commonFilters({ provenance }, 'm', 'point'),
  ];
  if (query.stage) filters.push(inList('m.emission_stage', query.stage));
  if (query.type) filters.push(inList('m.type', query.type));
  const where = whereSql(...filters);
  const rows = db
    .prepare(
      `SELECT m.*, p.ts, p.lon, p.lat, p.township_code, t.name AS township_name
       FROM machines m
       CROSS JOIN machine_positions p ON p.machine_id = m.id
        AND p.ts = (SELECT max(ts) FROM machine_positions WHERE machine_id = m.id AND ts <= ?)
       JOIN townships t ON t.code = p.township_code${where.sql} ORDER BY m.id`,
    )
    .all(asOf, ...where.params) as Row[];
  const zones = rows.length ? zonesInForce(db, asOf) : [];
  return rows
    .map((r) => {
      const position = [r.lon, r.lat];
      const minStage = strictestMinStage(zones.filter((z) => pointInPolygon(position, z.geometry)));
      const reasons = nrmmBanReasons(
        { emissionStage: r.emission_stage, registrationCode: r.registration_code, smokeTest: r.smoke_test },
        minStage,
      );
      const properties: MachineProperties = {
        id: r.id,
        type: r.type,
        emissionStage: r.emission_stage,
        registrationCode: r.registration_code,
        smokeTest: r.smoke_test,
        smokeTestedOn: r.smoke_tested_on,
        owner: r.owner,
        exemptUse: r.exempt_use,
        banned: reasons.length > 0,
        banReasons: reasons,
        positionTs: r.ts,
        township: r.township_code,
        townshipName: r.township_name,
        provenance: r.provenance,
        source: r.source,
      };
      return pointFeature(r.id, r.lon, r.lat, properties);
    })
    .filter((f) => query.banned === undefined || f.properties.banned === query.banned);
}

export const machinesLayer: LayerDefinition<z.infer<typeof machineQuerySchema>> = {
  id: 'machines',
  querySchema: machineQuerySchema,
  features: readMachineFeatures,
};
