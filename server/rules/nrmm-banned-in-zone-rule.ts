import { planBasis } from '../schema/basis.ts';
import { pointInPolygon } from '../spatial/point-in-polygon.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 10: a banned machine (not on exempt livelihood or emergency work) whose latest position lies
 * inside an NRMM control zone in force.
 *
 * @example
 * nrmmBannedInZoneRule.evaluate(facts, context).map((f) => f.entityId); // ['M0012', …]
 */
export const nrmmBannedInZoneRule: RuleDefinition = {
  id: 'nrmm-banned-in-zone',
  task: 10,
  severity: 'violation',
  layer: 'machines',
  basis: [planBasis('T10.4'), planBasis('T10.5')],
  evaluate: (facts, { asOf }) =>
    facts.machines.flatMap((m) => {
      if (!m.banned || m.exemptUse !== null) return [];
      const zone = facts.zones.find(
        (z) => z.effectiveFrom <= asOf.slice(0, 10) && pointInPolygon(m.position, z.geometry),
      );
      if (!zone) return [];
      return [
        {
          entityId: m.id,
          township: m.township,
          since: m.positionTs,
          detail: { zh: `位于${zone.name}`, en: `inside ${zone.name}` },
        },
      ];
    }),
};
