import { planBasis } from '../schema/basis.ts';
import { vehicleCategoryLabels, vehicleEmissionStageLabels } from '../schema/enums/vehicle.ts';
import { isOldDieselTruck } from '../vehicles/vehicle-fact.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 10 (T10.3): an in-use 国四-and-below diesel truck past its compulsory scrapping date (强制报废期止 on or before
 * as-of's day), which the plan requires to be handed to a dismantler. The rest of the old trucks are progress figures
 * (GET /api/vehicles/progress), not one alert each.
 *
 * @example
 * dieselTruckPhaseOutRule.evaluate(facts, context)[0]?.detail.zh; // '重型货车 国四 柴油，强制报废期止 2023-10-01'
 */
export const dieselTruckPhaseOutRule: RuleDefinition = {
  id: 'diesel-truck-phase-out',
  task: 10,
  severity: 'warning',
  layer: 'vehicles',
  basis: [planBasis('T10.3')],
  evaluate: (facts, context) => {
    const day = context.asOf.slice(0, 10);
    return (facts.vehicles ?? [])
      .filter((v) => isOldDieselTruck(v) && v.scrapDueOn !== null && v.scrapDueOn <= day)
      .map((v) => ({
        entityId: v.id,
        township: v.township,
        since: v.scrapDueOn,
        detail: {
          zh:
            `${v.plate} ${vehicleCategoryLabels[v.category].zh} ${vehicleEmissionStageLabels[v.emissionStage].zh} ` +
            `柴油，强制报废期止 ${v.scrapDueOn}，仍在用`,
          en:
            `${v.plate} ${vehicleCategoryLabels[v.category].en}, ${vehicleEmissionStageLabels[v.emissionStage].en} ` +
            `diesel, compulsory scrapping due ${v.scrapDueOn}, still in use`,
        },
      }));
  },
};
