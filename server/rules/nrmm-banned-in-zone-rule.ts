import { planBasis } from '../schema/basis.ts';
import { banReasonLabels, emissionStageLabels } from '../schema/enums/machine.ts';
import { pointInPolygon } from '../spatial/point-in-polygon.ts';
import { nrmmBanReasons } from './nrmm-ban.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 10: a machine (not on exempt livelihood or emergency work) whose latest position lies inside
 * an NRMM control zone in force that bans it: below that zone's own minimum emission stage
 * (`minStage`; the plan's 国三), not registered, or black smoke. Where zones overlap, the first (by
 * id order of the facts) that bans the machine is named.
 *
 * @example
 * nrmmBannedInZoneRule.evaluate(facts, context)[0]?.detail.zh; // '位于…：低于本控制区最低排放阶段（国三）'
 */
export const nrmmBannedInZoneRule: RuleDefinition = {
  id: 'nrmm-banned-in-zone',
  task: 10,
  severity: 'violation',
  layer: 'machines',
  basis: [planBasis('T10.4'), planBasis('T10.5')],
  evaluate: (facts, { asOf }) => {
    const inForce = facts.zones.filter((z) => z.effectiveFrom <= asOf.slice(0, 10));
    return facts.machines.flatMap((m) => {
      if (m.exemptUse !== null) return [];
      for (const zone of inForce) {
        if (!pointInPolygon(m.position, zone.geometry)) continue;
        const reasons = nrmmBanReasons(m, zone.minStage);
        if (!reasons.length) continue;
        const stage = emissionStageLabels[zone.minStage];
        const zh = reasons.map((r) =>
          r === 'below-min-stage' ? `低于本控制区最低排放阶段（${stage.zh}）` : banReasonLabels[r].zh,
        );
        const en = reasons.map((r) =>
          r === 'below-min-stage' ? `below this zone's minimum stage (${stage.en})` : banReasonLabels[r].en,
        );
        return [
          {
            entityId: m.id,
            township: m.township,
            since: m.positionTs,
            detail: { zh: `位于${zone.name}：${zh.join('、')}`, en: `inside ${zone.name}: ${en.join(', ')}` },
          },
        ];
      }
      return [];
    });
  },
};
