import type { Db } from '../db/open-database.ts';
import {
  readBulkFreightEnterprises,
  readGateTripFacts,
  readVehicleFacts,
  readVehicleHistory,
} from '../db/vehicles-repository.ts';
import { FREIGHT_RAIL_THRESHOLD_T } from '../rules/freight-no-rail-rule.ts';
import type { RailSpurStatus } from '../schema/enums/enterprise-status.ts';
import type { VehicleProgressResponse } from '../schema/vehicle-progress.ts';
import { addMinutes } from '../time/cst.ts';
import { GATE_WINDOW_DAYS } from '../vehicles/gate-trip.ts';
import { PLAN_START } from '../vehicles/plan-start.ts';
import { vehicleProgress } from '../vehicles/vehicle-progress.ts';

/**
 * The body of GET /api/vehicles/progress at `asOf` (CST `YYYY-MM-DDTHH:mm`): the register read whole (a few thousand
 * rows), the ≥ 1.5 Mt enterprises with their gate trips of the 7 days up to as-of, and the figures from
 * {@link vehicleProgress}.
 *
 * @example
 * readVehicleProgress(db, '2023-12-31T23:00').dieselTrucks.atStart;
 */
export function readVehicleProgress(db: Db, asOf: string): VehicleProgressResponse {
  const enterprises = readBulkFreightEnterprises(db, FREIGHT_RAIL_THRESHOLD_T).map((e) => ({
    ...e,
    railSpur: e.railSpur as RailSpurStatus,
  }));
  const ids = new Set(enterprises.map((e) => e.id));
  return vehicleProgress(
    readVehicleHistory(db),
    readVehicleFacts(db, asOf),
    {
      enterprises,
      trips: readGateTripFacts(db, asOf).filter((t) => ids.has(t.enterpriseId)),
      from: addMinutes(asOf, -GATE_WINDOW_DAYS * 24 * 60),
      to: asOf,
    },
    PLAN_START,
    asOf,
  );
}
