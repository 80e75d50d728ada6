/**
 * The vehicle figures of GET /api/vehicles/progress (issue 16; tasks 9 and 10), computed from plain rows: the
 * 国四-and-below diesel trucks and the lean-burn gas trucks from the plan's start to as-of, the municipal vehicles
 * added since the start, the bulk-freight enterprises' gate trips, and the fleet by stage and fuel.
 *
 * @module
 */
import type { PhaseOutCohort, VehicleProgressResponse } from '../schema/vehicle-progress.ts';
import {
  municipalVehicleCategories,
  vehicleEmissionStages,
  vehicleFuels,
  type VehicleCategory,
  type VehicleEmissionStage,
  type VehicleFuel,
  type VehicleStatus,
} from '../schema/enums/vehicle.ts';
import type { RailSpurStatus } from '../schema/enums/enterprise-status.ts';
import { monthDates, nextMonth } from '../time/cst.ts';
import { tripStandard, type GateTripFact } from './gate-trip.ts';
import {
  isCleanMunicipalFuel,
  isLeanBurnGasTruck,
  isMunicipal,
  isOldDieselTruck,
  type VehicleFact,
} from './vehicle-fact.ts';

/** A register vehicle with the dates the figures need (`YYYY-MM-DD`). */
export interface VehicleHistory {
  category: VehicleCategory;
  fuel: VehicleFuel;
  emissionStage: VehicleEmissionStage;
  leanBurn: boolean;
  registeredOn: string;
  status: VehicleStatus;
  /** When it left use; null while in use. */
  statusOn: string | null;
  scrapDueOn?: string | null;
}

/** In use on `day`: registered by then and not yet out of use. */
export function inUseOn(v: Pick<VehicleHistory, 'registeredOn' | 'statusOn'>, day: string): boolean {
  return v.registeredOn <= day && (v.statusOn === null || v.statusOn > day);
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * The phase-out of one group of trucks from `start` to `day` (both `YYYY-MM-DD`).
 *
 * @example
 * phaseOutCohort(history.filter(isOldDieselTruck), '2023-05-05', '2023-12-31').atStart; // in use on 5 May
 */
export function phaseOutCohort(trucks: readonly VehicleHistory[], start: string, day: string): PhaseOutCohort {
  const atStart = trucks.filter((v) => inUseOn(v, start));
  const leftBy = (status: VehicleStatus) =>
    atStart.filter((v) => v.status === status && v.statusOn !== null && v.statusOn > start && v.statusOn <= day).length;
  const left = {
    scrapped: leftBy('scrapped'),
    deregistered: leftBy('deregistered'),
    transferredOut: leftBy('transferred-out'),
  };
  const monthly: PhaseOutCohort['monthly'] = [];
  if (start <= day) {
    for (let month = start.slice(0, 7); month <= day.slice(0, 7); month = nextMonth(month)) {
      const end = monthDates(month).to;
      const at = end < day ? end : day;
      monthly.push({ month, day: at, inUse: trucks.filter((v) => inUseOn(v, at)).length });
    }
  }
  const inUse = trucks.filter((v) => inUseOn(v, day));
  return {
    atStart: atStart.length,
    inUse: inUse.length,
    left,
    pastScrapDue: inUse.filter((v) => v.scrapDueOn != null && v.scrapDueOn <= day).length,
    phasedOutShare: share(left.scrapped + left.deregistered + left.transferredOut, atStart.length),
    monthly,
  };
}

/** The bulk-freight enterprises and their trips, as {@link vehicleProgress} takes them. */
export interface BulkFreightInput {
  enterprises: readonly {
    id: string;
    name: string;
    township: string;
    annualFreightT: number;
    railSpur: RailSpurStatus;
  }[];
  /** Trips in the window `from`–`to` (the caller's 7 days up to as-of). */
  trips: readonly GateTripFact[];
  from: string;
  to: string;
}

/**
 * Every figure of GET /api/vehicles/progress at `asOf` (CST `YYYY-MM-DDTHH:mm`) from the plan's `start`.
 *
 * @param register - the vehicles in use at as-of (to judge a gate trip without a stage by its plate)
 */
export function vehicleProgress(
  history: readonly VehicleHistory[],
  register: readonly VehicleFact[],
  freight: BulkFreightInput,
  start: string,
  asOf: string,
): VehicleProgressResponse {
  const day = asOf.slice(0, 10);
  const added = history.filter((v) => isMunicipal(v) && v.registeredOn >= start && v.registeredOn <= day);
  const clean = added.filter((v) => isCleanMunicipalFuel(v.fuel));
  const inUse = history.filter((v) => inUseOn(v, day));
  const byPlate = new Map(register.map((v) => [v.plate, v]));
  return {
    asOf,
    planStart: start,
    dieselTrucks: phaseOutCohort(history.filter(isOldDieselTruck), start, day),
    leanBurnGasTrucks: phaseOutCohort(history.filter(isLeanBurnGasTruck), start, day),
    municipal: {
      added: added.length,
      clean: clean.length,
      cleanShare: share(clean.length, added.length),
      byCategory: municipalVehicleCategories.map((category) => ({
        category,
        added: added.filter((v) => v.category === category).length,
        clean: clean.filter((v) => v.category === category).length,
      })),
    },
    bulkFreight: {
      from: freight.from,
      to: freight.to,
      enterprises: freight.enterprises.map((e) => {
        const standards = freight.trips.filter((t) => t.enterpriseId === e.id).map((t) => tripStandard(t, byPlate));
        const meets = standards.filter((s) => s === 'meets').length;
        const below = standards.filter((s) => s === 'below').length;
        return {
          ...e,
          trips: standards.length,
          meets,
          below,
          unknown: standards.length - meets - below,
          meetsShare: share(meets, meets + below),
        };
      }),
    },
    fleet: {
      inUse: inUse.length,
      byStage: vehicleEmissionStages.map((stage) => ({
        stage,
        count: inUse.filter((v) => v.emissionStage === stage).length,
      })),
      byFuel: vehicleFuels.map((fuel) => ({ fuel, count: inUse.filter((v) => v.fuel === fuel).length })),
    },
  };
}
