/**
 * What the vehicle rules see of one register vehicle in use at as-of (issue 16; tasks 9 and 10), and the pure
 * classifications the rules and the progress figures share.
 *
 * @module
 */
import {
  cleanMunicipalFuels,
  municipalVehicleCategories,
  truckCategories,
  type VehicleCategory,
  type VehicleEmissionStage,
  type VehicleFuel,
} from '../schema/enums/vehicle.ts';

/** A register vehicle as the rules see it (dates `YYYY-MM-DD`). */
export interface VehicleFact {
  id: string;
  plate: string;
  category: VehicleCategory;
  fuel: VehicleFuel;
  emissionStage: VehicleEmissionStage;
  leanBurn: boolean;
  registeredOn: string;
  /** 强制报废 date where the register gives it; null when unknown. */
  scrapDueOn: string | null;
  keyUserEnterpriseId: string | null;
  township: string;
}

/** The stages task 10 asks to phase out for diesel trucks: 国四 and below. */
const phaseOutStages: readonly VehicleEmissionStage[] = ['I', 'II', 'III', 'IV'];

/**
 * A 国四-and-below diesel truck (task 10: 推动国四及以下排放标准柴油货车…淘汰).
 *
 * @example
 * isOldDieselTruck({ category: 'heavy-truck', fuel: 'diesel', emissionStage: 'IV' }); // true
 */
export function isOldDieselTruck(v: Pick<VehicleFact, 'category' | 'fuel' | 'emissionStage'>): boolean {
  return truckCategories.includes(v.category) && v.fuel === 'diesel' && phaseOutStages.includes(v.emissionStage);
}

/**
 * A gas truck with a lean-burn engine (task 10: 采用稀薄燃烧技术的燃气货车).
 *
 * @example
 * isLeanBurnGasTruck({ category: 'tractor-unit', fuel: 'gas', leanBurn: true }); // true
 */
export function isLeanBurnGasTruck(v: Pick<VehicleFact, 'category' | 'fuel' | 'leanBurn'>): boolean {
  return truckCategories.includes(v.category) && v.fuel === 'gas' && v.leanBurn;
}

/** A sanitation, postal or express vehicle (task 10's municipal public-service vehicles). */
export function isMunicipal(v: Pick<VehicleFact, 'category'>): boolean {
  return municipalVehicleCategories.includes(v.category);
}

/** Electric, hydrogen or methanol: what task 10 accepts for new or replaced municipal vehicles. */
export function isCleanMunicipalFuel(fuel: VehicleFuel): boolean {
  return cleanMunicipalFuels.includes(fuel);
}

/**
 * 国六 or new energy (task 9.5: 国六排放标准车辆或新能源车辆（包括氢能、甲醇车辆）).
 *
 * @example
 * meetsBulkFreightStandard({ fuel: 'methanol', emissionStage: 'V' }); // true (methanol counts as new energy)
 */
export function meetsBulkFreightStandard(v: Pick<VehicleFact, 'fuel' | 'emissionStage'>): boolean {
  return (
    v.emissionStage === 'VI' ||
    v.emissionStage === 'new-energy' ||
    v.fuel === 'electric' ||
    v.fuel === 'hydrogen' ||
    v.fuel === 'methanol'
  );
}
