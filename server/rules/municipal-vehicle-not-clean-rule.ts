import { planBasis } from '../schema/basis.ts';
import { vehicleCategoryLabels, vehicleFuelLabels } from '../schema/enums/vehicle.ts';
import { PLAN_START } from '../vehicles/plan-start.ts';
import { isCleanMunicipalFuel, isMunicipal } from '../vehicles/vehicle-fact.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 10 (T10.1): a sanitation, postal or express vehicle registered on or after the plan's start
 * ({@link PLAN_START}, the day the plan was issued) whose fuel is not electric, hydrogen or methanol
 * (新增或更换的环卫车辆、邮政快递等市政公共领域车辆全部使用电动汽车、氢能汽车或甲醇汽车).
 *
 * @example
 * municipalVehicleNotCleanRule.evaluate(facts, context)[0]?.detail.zh; // '晋H… 环卫车辆 2023-05-05 登记，柴油'
 */
export const municipalVehicleNotCleanRule: RuleDefinition = {
  id: 'municipal-vehicle-not-clean',
  task: 10,
  severity: 'warning',
  layer: 'vehicles',
  basis: [planBasis('T10.1')],
  evaluate: (facts) =>
    (facts.vehicles ?? [])
      .filter((v) => isMunicipal(v) && v.registeredOn >= PLAN_START && !isCleanMunicipalFuel(v.fuel))
      .map((v) => ({
        entityId: v.id,
        township: v.township,
        since: v.registeredOn,
        detail: {
          zh:
            `${v.plate} ${vehicleCategoryLabels[v.category].zh} ${v.registeredOn} 登记，` +
            `${vehicleFuelLabels[v.fuel].zh}（须为电动、氢能或甲醇）`,
          en:
            `${v.plate} ${vehicleCategoryLabels[v.category].en} registered ${v.registeredOn}, ` +
            `${vehicleFuelLabels[v.fuel].en} (must be electric, hydrogen or methanol)`,
        },
      })),
};
