import type { CheckOutcome } from '../schema/enums/roadside-check.ts';
import type { RepairShopProperties } from '../schema/repair-shop.ts';

/**
 * A registered vehicle in use at as-of with its latest roadside check up to as-of (the facts of the
 * `vehicle-check-failed` rule; issue 16, task 16).
 */
export interface VehicleCheckFacts {
  vehicleId: string;
  plate: string;
  township: string;
  /** The latest check of the plate up to as-of, `YYYY-MM-DDTHH:mm` CST. */
  at: string;
  hit: boolean;
  checkpointName: string;
  outcome: CheckOutcome;
}

/** A repair shop with its latest inspection up to as-of (the facts of the `repair-shop-tampering` rule). */
export type RepairShopFacts = Pick<RepairShopProperties, 'id' | 'name' | 'township' | 'lastInspection'>;
