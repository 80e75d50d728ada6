import type { GateTripFact } from '../../server/vehicles/gate-trip.ts';
import type { VehicleFact } from '../../server/vehicles/vehicle-fact.ts';

/** A 国六 diesel heavy truck in use, registered in 2021, no scrapping date; override what a test needs. */
export function createVehicle(overrides: Partial<VehicleFact> = {}): VehicleFact {
  return {
    id: 'V1',
    plate: '晋H10001',
    category: 'heavy-truck',
    fuel: 'diesel',
    emissionStage: 'VI',
    leanBurn: false,
    registeredOn: '2021-03-01',
    scrapDueOn: null,
    keyUserEnterpriseId: null,
    township: '140902001',
    ...overrides,
  };
}

/** A 国六 diesel truck entering enterprise E1 at 2023-12-31 10:00. */
export function createTrip(overrides: Partial<GateTripFact> = {}): GateTripFact {
  return {
    enterpriseId: 'E1',
    at: '2023-12-31T10:00',
    plate: '晋H20001',
    stage: 'VI',
    fuel: 'diesel',
    ...overrides,
  };
}
