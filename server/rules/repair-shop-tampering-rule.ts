import { planBasis } from '../schema/basis.ts';
import { repairInspectionOutcomeLabels } from '../schema/enums/repair-shop.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 16 (T16.2): a vehicle repair shop whose latest inspection up to as-of found removed or modified
 * after-treatment (拆除改装尾气净化装置) or OBD tampering (修改破坏OBD数据), not rectified by as-of's day (a
 * rectification on as-of's day counts). Silent without the repair-shop facts.
 *
 * @example
 * repairShopTamperingRule.evaluate(facts, context)[0]?.detail.zh;
 * // '2023-11-20 检查发现拆除改装尾气净化装置（责令整改），至今未整改'
 */
export const repairShopTamperingRule: RuleDefinition = {
  id: 'repair-shop-tampering',
  task: 16,
  severity: 'violation',
  layer: 'repair-shops',
  basis: [planBasis('T16.2')],
  evaluate: (facts, { asOf }) => {
    const day = asOf.slice(0, 10);
    return (facts.repairShops ?? []).flatMap((shop) => {
      const last = shop.lastInspection;
      if (!last || last.date > day || !(last.aftertreatmentRemoval || last.obdTampering)) return [];
      if (last.rectifiedOn !== null && last.rectifiedOn <= day) return [];
      const found = [
        last.aftertreatmentRemoval ? { zh: '拆除改装尾气净化装置', en: 'removed after-treatment' } : null,
        last.obdTampering ? { zh: '修改破坏OBD数据', en: 'OBD tampering' } : null,
      ].filter((f) => f !== null);
      const outcome = repairInspectionOutcomeLabels[last.outcome];
      return [
        {
          entityId: shop.id,
          township: shop.township,
          since: last.date,
          detail: {
            zh: `${last.date} 检查发现${found.map((f) => f.zh).join('、')}（${outcome.zh}），至今未整改`,
            en:
              `inspection on ${last.date} found ${found.map((f) => f.en).join(' and ')} ` +
              `(${outcome.en}); not rectified`,
          },
        },
      ];
    });
  },
};
