import { planBasis } from '../schema/basis.ts';
import { stockyardControlLabels } from '../schema/enums/stockyard.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 12: a stockyard whose latest inspection up to as-of's day found any of the five controls (enclosure, cover,
 * spraying, wheel washing, hard surface) not in place (「加强……工业企业堆场扬尘污染管控」). The detail names the
 * missing controls. A later inspection with all five in place clears it; silent without stockyard facts.
 *
 * @example
 * stockyardControlsFailedRule.evaluate(facts, context)[0]?.detail.zh; // '未落实：物料苫盖、喷淋抑尘'
 */
export const stockyardControlsFailedRule: RuleDefinition = {
  id: 'stockyard-controls-failed',
  task: 12,
  severity: 'violation',
  layer: 'stockyards',
  basis: [
    planBasis('T12.1'),
    {
      kind: 'convention',
      note: {
        zh:
          '五项措施（围挡封闭、物料苫盖、喷淋抑尘、车辆冲洗、地面硬化）为本系统的检查口径，' +
          '规划只写“堆场扬尘污染管控”',
        en:
          'the five controls (enclosure, cover, spraying, wheel washing, hard surface) are the console’s checklist; ' +
          'the plan says only “stockyard dust control”',
      },
    },
  ],
  evaluate: (facts) =>
    (facts.stockyards ?? [])
      .filter((y) => y.lastInspection !== null && y.failedControls.length > 0)
      .map((y) => ({
        entityId: y.id,
        township: y.township,
        since: y.lastInspection?.date ?? null,
        detail: {
          zh: `未落实：${y.failedControls.map((c) => stockyardControlLabels[c].zh).join('、')}`,
          en: `not in place: ${y.failedControls.map((c) => stockyardControlLabels[c].en).join(', ')}`,
        },
      })),
};
