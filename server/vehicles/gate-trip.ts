/**
 * Gate-system truck trips (门禁系统, migration 0010 `gate_truck_records`) as the bulk-freight rule and the progress
 * figures judge them against task 9.5 (国六 or new energy until the rail spur operates).
 *
 * @module
 */
import { addMinutes } from '../time/cst.ts';
import { meetsBulkFreightStandard, type VehicleFact } from './vehicle-fact.ts';

/** One truck entering an enterprise (`direction = 'in'`), `at` CST `YYYY-MM-DDTHH:mm`. */
export interface GateTripFact {
  enterpriseId: string;
  at: string;
  plate: string;
  /** As the gate system records it: III … VI, electric, gas (stage not given) or unknown. */
  stage: 'III' | 'IV' | 'V' | 'VI' | 'electric' | 'gas' | 'unknown';
  fuel: 'diesel' | 'gas' | 'electric' | 'other';
}

/** Days of gate records the bulk-freight rule looks back from as-of. */
export const GATE_WINDOW_DAYS = 7;

/**
 * Whether a trip lies in the window `(asOf − 7 days, asOf]`: a trip exactly seven days before as-of is out.
 *
 * @example
 * inGateWindow('2023-12-24T23:00', '2023-12-31T23:00'); // false
 * inGateWindow('2023-12-24T23:01', '2023-12-31T23:00'); // true
 */
export function inGateWindow(at: string, asOf: string): boolean {
  return at > addMinutes(asOf, -GATE_WINDOW_DAYS * 24 * 60) && at <= asOf;
}

/**
 * Whether a trip's truck meets task 9.5: by the gate's stage when it gives one, else by the register's record of the
 * plate; `unknown` when neither tells (not counted against the enterprise).
 *
 * @example
 * tripStandard({ stage: 'V', fuel: 'diesel', plate: '晋H1' }, new Map()); // 'below'
 */
export function tripStandard(
  trip: Pick<GateTripFact, 'stage' | 'fuel' | 'plate'>,
  registerByPlate: ReadonlyMap<string, Pick<VehicleFact, 'fuel' | 'emissionStage'>>,
): 'meets' | 'below' | 'unknown' {
  if (trip.stage === 'VI' || trip.stage === 'electric' || trip.fuel === 'electric') return 'meets';
  if (trip.stage === 'III' || trip.stage === 'IV' || trip.stage === 'V') return 'below';
  const registered = registerByPlate.get(trip.plate);
  if (!registered) return 'unknown';
  return meetsBulkFreightStandard(registered) ? 'meets' : 'below';
}
