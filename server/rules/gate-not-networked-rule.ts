import { planBasis } from '../schema/basis.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';

/** The gate system's state in Chinese (the alert detail names it; no code may reach the Chinese UI). */
const gateZh: Record<string, string> = { none: '未安装', installed: '已安装未联网', networked: '已联网' };

/**
 * Task 16: an operating key vehicle-using unit whose gate system is not networked.
 *
 * @example
 * gateNotNetworkedRule.evaluate(facts, context)[0]?.detail.en; // 'gate: installed'
 */
export const gateNotNetworkedRule: RuleDefinition = {
  id: 'gate-not-networked',
  task: 16,
  severity: 'warning',
  layer: 'enterprises',
  basis: [planBasis('T16.3')],
  evaluate: (facts) =>
    operatingEnterprises(facts)
      .filter((e) => e.keyVehicleUnit && e.gateSystem !== 'networked')
      .map((e) => ({
        entityId: e.id,
        township: e.township,
        since: null,
        detail: {
          zh: `门禁：${gateZh[e.gateSystem ?? 'none'] ?? e.gateSystem}`,
          en: `gate: ${e.gateSystem ?? 'none'}`,
        },
      })),
};
