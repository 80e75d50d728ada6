import { DUST_LOAD_LIMIT_G_M2, dustLoadHigh } from '../dust/dust-load.ts';
import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';

const LIMIT = DUST_LOAD_LIMIT_G_M2.toFixed(1);

/**
 * Task 12 (T12.1): a road segment whose latest road-dust load (道路积尘负荷) measured up to as-of is above
 * {@link DUST_LOAD_LIMIT_G_M2} g/m² (exactly at the threshold is not flagged). The threshold is a console
 * convention (server/dust/dust-load.ts): no national limit exists. A later, lower measurement clears the hit.
 *
 * @example
 * roadDustLoadHighRule.evaluate(facts, context)[0]?.detail.zh; // '和平街第3段 2023-12-12 积尘负荷 1.42 g/m²…'
 */
export const roadDustLoadHighRule: RuleDefinition = {
  id: 'road-dust-load-high',
  task: 12,
  severity: 'warning',
  layer: 'road-segments',
  basis: [
    planBasis('T12.1'),
    {
      kind: 'convention',
      note: {
        zh: `最近一次道路积尘负荷高于 ${LIMIT} g/m² 即提示（阈值为本系统约定，国家未规定积尘负荷限值）`,
        en:
          `flagged when the latest road-dust load is above ${LIMIT} g/m² ` +
          '(a console convention: no national limit for road-dust load exists)',
      },
    },
  ],
  evaluate: (facts) =>
    (facts.roads ?? []).flatMap((road) =>
      road.dustLoad !== null && dustLoadHigh(road.dustLoad.loadGM2)
        ? [
            {
              entityId: road.id,
              township: road.township,
              since: road.dustLoad.measuredOn,
              detail: {
                zh:
                  `${road.name} ${road.dustLoad.measuredOn} 积尘负荷 ${road.dustLoad.loadGM2} g/m²，` +
                  `高于 ${LIMIT} g/m²（本系统约定）`,
                en:
                  `${road.name}: road-dust load ${road.dustLoad.loadGM2} g/m² on ${road.dustLoad.measuredOn}, ` +
                  `above ${LIMIT} g/m² (console convention)`,
              },
            },
          ]
        : [],
    ),
};
