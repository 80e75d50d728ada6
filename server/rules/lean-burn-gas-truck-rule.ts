import { planBasis } from '../schema/basis.ts';
import { vehicleCategoryLabels } from '../schema/enums/vehicle.ts';
import { isLeanBurnGasTruck } from '../vehicles/vehicle-fact.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 10 (T10.3): an in-use lean-burn gas truck (稀薄燃烧燃气货车) past its compulsory scrapping date (on or before
 * as-of's day). The others are progress figures (GET /api/vehicles/progress).
 *
 * @example
 * leanBurnGasTruckRule.evaluate(facts, context)[0]?.since; // '2023-09-30'
 */
export const leanBurnGasTruckRule: RuleDefinition = {
  id: 'lean-burn-gas-truck',
  task: 10,
  severity: 'warning',
  layer: 'vehicles',
  basis: [planBasis('T10.3')],
  evaluate: (facts, context) => {
    const day = context.asOf.slice(0, 10);
    return (facts.vehicles ?? [])
      .filter((v) => isLeanBurnGasTruck(v) && v.scrapDueOn !== null && v.scrapDueOn <= day)
      .map((v) => ({
        entityId: v.id,
        township: v.township,
        since: v.scrapDueOn,
        detail: {
          zh: `${v.plate} ${vehicleCategoryLabels[v.category].zh} 稀薄燃烧燃气车，强制报废期止 ${v.scrapDueOn}，仍在用`,
          en:
            `${v.plate} ${vehicleCategoryLabels[v.category].en}, lean-burn gas engine, compulsory scrapping due ` +
            `${v.scrapDueOn}, still in use`,
        },
      }));
  },
};
