import type { z } from 'zod';
import { nrmmBanReasons } from '../../rules/nrmm-ban.ts';
import { machineQuerySchema, type MachineProperties } from '../../schema/machine.ts';
import type { Db } from '../open-database.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
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

/**
 * Machines at their latest position on or before as-of (machines with no position by then are
 * left out). CROSS JOIN fixes the loop order (machines outside, one primary-key seek each):
 * left to itself SQLite scans every position and runs the subquery per row, ~100× slower.
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
  return rows
    .map((r) => {
      const reasons = nrmmBanReasons({
        emissionStage: r.emission_stage,
        registrationCode: r.registration_code,
        smokeTest: r.smoke_test,
      });
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
