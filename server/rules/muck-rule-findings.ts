import type { MuckViolationKind } from '../schema/enums/muck-truck.ts';
import type { MuckFacts } from '../muck/muck-facts.ts';
import { muckViolations, type MuckViolationFinding } from '../muck/muck-violations.ts';
import type { RuleFinding } from './rule-definition.ts';

const analysed = new WeakMap<MuckFacts, Map<string, MuckViolationFinding[]>>();

/** Every truck's violations (the spills: its open reports), computed once per facts object for the four rules. */
function violationsByTruck(muck: MuckFacts): Map<string, MuckViolationFinding[]> {
  const known = analysed.get(muck);
  if (known) return known;
  const byTruck = new Map(
    muck.trucks.map((t) => [
      t.id,
      muckViolations(
        t,
        muck.disposalSites,
        muck.openSpills.filter((s) => s.truckId === t.id),
      ),
    ]),
  );
  analysed.set(muck, byTruck);
  return byTruck;
}

/**
 * One finding per truck with at least one episode of `kind`: since the first episode's start, the detail naming the
 * count and the latest episode.
 *
 * @example
 * muckRuleFindings(facts.muck, 'off-route')[0]?.detail.zh; // '24 小时内 1 次；23:40–00:25 偏离核准路线…'
 */
export function muckRuleFindings(muck: MuckFacts | undefined, kind: MuckViolationKind): RuleFinding[] {
  if (!muck) return [];
  const byTruck = violationsByTruck(muck);
  return muck.trucks.flatMap((truck) => {
    const episodes = (byTruck.get(truck.id) ?? []).filter((v) => v.kind === kind);
    const latest = episodes.at(-1);
    if (!latest) return [];
    const count = kind === 'spill' ? `${episodes.length} 份未处置报告` : `24 小时内 ${episodes.length} 次`;
    const countEn = kind === 'spill' ? `${episodes.length} open report(s)` : `${episodes.length} time(s) in 24 h`;
    return [
      {
        entityId: truck.id,
        township: truck.township,
        since: (episodes[0] as MuckViolationFinding).from.slice(0, 16),
        detail: {
          zh: `${truck.plate}：${count}；最近：${latest.detail.zh}`,
          en: `${truck.plate}: ${countEn}; latest: ${latest.detail.en}`,
        },
      },
    ];
  });
}
