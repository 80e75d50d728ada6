/**
 * A vehicle-register row as the import writes it, and the places an imported vehicle can be put at (issue 16).
 *
 * @module
 */
import type { Provenance } from '../schema/common.ts';
import type {
  VehicleCategory,
  VehicleEmissionStage,
  VehicleFuel,
  VehicleRegister,
  VehicleStatus,
} from '../schema/enums/vehicle.ts';

/** Where an imported vehicle can be placed: enterprises (by id and name) and township seats (by code and name). */
export interface VehiclePlaces {
  enterprises: { id: string; name: string; township: string; lon: number; lat: number }[];
  townships: { code: string; name: string; lon: number; lat: number }[];
}

/** A vehicle row as the import writes it. */
export interface VehicleRow {
  plate: string;
  category: VehicleCategory;
  fuel: VehicleFuel;
  emission_stage: VehicleEmissionStage;
  lean_burn: 0 | 1;
  owner_unit: string;
  key_user_enterprise_id: string | null;
  registered_on: string;
  status: VehicleStatus;
  status_on: string | null;
  scrap_due_on: string | null;
  register: VehicleRegister;
  township_code: string;
  lon: number;
  lat: number;
  provenance: Provenance;
  source: string;
}
