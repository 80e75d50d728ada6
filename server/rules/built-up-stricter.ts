import type { Localized } from '../schema/localized.ts';
import { insideBuiltUpArea } from '../spatial/inside-built-up-area.ts';
import type { RuleFacts } from './rule-definition.ts';

/**
 * Why task 2's stricter measures (T2.2) apply to a heavy polluter: the emergency list marks it 建成区 (`list`), its
 * position lies inside the built-up area's polygon in force (`polygon`), or both.
 */
export type BuiltUpGround = 'list' | 'polygon' | 'both';

/** Whether an enterprise lies inside the built-up area in force (false without the polygon or its position). */
export function enterpriseInsideBuiltUp(facts: RuleFacts, enterpriseId: string): boolean {
  const position = facts.positions?.enterprises[enterpriseId];
  return position !== undefined && insideBuiltUpArea(position, facts.builtUp ?? []);
}

/**
 * Task 2 (T2.2): on what ground the stricter measures apply to an enterprise, or null when they do not. They apply
 * to a heavy polluter (重污染, as the list marks it) that the list marks 建成区 or that lies inside the polygon.
 *
 * @example
 * builtUpGround(facts, 'E1', { builtUpArea: false, heavyPolluter: true }); // 'polygon' when E1 lies inside
 */
export function builtUpGround(
  facts: RuleFacts,
  enterpriseId: string,
  flags: { builtUpArea: boolean; heavyPolluter: boolean },
): BuiltUpGround | null {
  if (!flags.heavyPolluter) return null;
  const inside = enterpriseInsideBuiltUp(facts, enterpriseId);
  if (flags.builtUpArea) return inside ? 'both' : 'list';
  return inside ? 'polygon' : null;
}

/** The built-up area's outline in force is the provisional 示意 one (no imported boundary yet). */
export function builtUpProvisional(facts: RuleFacts): boolean {
  return (facts.builtUp ?? []).some((area) => area.provisional);
}

/**
 * What a detail appends for the polygon-only ground (the list's own case keeps its wording): the enterprise lies
 * inside the built-up area by position, though the list does not mark it 建成区.
 */
export function polygonGroundNote(facts: RuleFacts): Localized {
  const provisional = builtUpProvisional(facts);
  return {
    zh: `位于城市建成区范围内${provisional ? '（示意边界）' : ''}，清单未标注建成区`,
    en: `inside the built-up area${provisional ? ' (provisional outline)' : ''}, though the list does not mark it so`,
  };
}
