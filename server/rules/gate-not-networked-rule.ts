import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';

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
  evaluate: (facts) =>
    operatingEnterprises(facts)
      .filter((e) => e.keyVehicleUnit && e.gateSystem !== 'networked')
      .map((e) => ({
        entityId: e.id,
        township: e.township,
        since: null,
        detail: { zh: `门禁：${e.gateSystem ?? '无'}`, en: `gate: ${e.gateSystem ?? 'none'}` },
      })),
};
