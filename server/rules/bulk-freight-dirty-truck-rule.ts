import { planBasis } from '../schema/basis.ts';
import { GATE_WINDOW_DAYS, inGateWindow, tripStandard } from '../vehicles/gate-trip.ts';
import { FREIGHT_RAIL_THRESHOLD_T } from './freight-no-rail-rule.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 9 (T9.5): an enterprise moving at least 1.5 Mt a year whose rail spur is not operating, with gate-system trips
 * in the 7 days up to as-of (`(asOf − 7 d, asOf]`) by trucks below 国六 and not new energy (the gate's stage, or the
 * register's for a plate the gate records without one). Detail: the count and the share of known trips.
 *
 * @example
 * bulkFreightDirtyTruckRule.evaluate(facts, context)[0]?.detail.zh; // '近7日 3 车次低于国六且非新能源（占 12%）'
 */
export const bulkFreightDirtyTruckRule: RuleDefinition = {
  id: 'bulk-freight-dirty-truck',
  task: 9,
  severity: 'warning',
  layer: 'enterprises',
  basis: [planBasis('T9.5')],
  evaluate: (facts, context) => {
    if (!facts.gateTrips) return [];
    const bound = facts.enterprises.filter(
      (e) => e.annualFreightT >= FREIGHT_RAIL_THRESHOLD_T && e.railSpur !== 'operating',
    );
    if (bound.length === 0) return [];
    const register = new Map((facts.vehicles ?? []).map((v) => [v.plate, v]));
    return bound.flatMap((e) => {
      const trips = facts.gateTrips?.filter((t) => t.enterpriseId === e.id && inGateWindow(t.at, context.asOf)) ?? [];
      const judged = trips.map((t) => ({ at: t.at, standard: tripStandard(t, register) }));
      const below = judged.filter((t) => t.standard === 'below');
      if (below.length === 0) return [];
      const known = judged.filter((t) => t.standard !== 'unknown').length;
      const share = Math.round((below.length / known) * 100);
      const since = below.reduce((first, t) => (t.at < first ? t.at : first), below[0]?.at ?? '');
      return [
        {
          entityId: e.id,
          township: e.township,
          since,
          detail: {
            zh:
              `专用线未投运，近${GATE_WINDOW_DAYS}日 ${below.length} 车次低于国六且非新能源` +
              `（占已知排放阶段 ${known} 车次的 ${share}%）`,
            en:
              `rail spur not operating; ${below.length} trips in ${GATE_WINDOW_DAYS} days below China VI and not ` +
              `new energy (${share}% of ${known} trips of known stage)`,
          },
        },
      ];
    });
  },
};
