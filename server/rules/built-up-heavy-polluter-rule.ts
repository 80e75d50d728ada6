import { planBasis } from '../schema/basis.ts';
import { builtUpProvisional, enterpriseInsideBuiltUp } from './built-up-stricter.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';

/**
 * Task 2 (T2.1: 持续推进城市建成区重污染企业的改造搬迁或退出关停): each operating enterprise that the emergency list in
 * force marks 重污染 (heavy polluter) and whose position lies inside the built-up area's polygon in force (its edge
 * counts as inside) is still to be retrofitted, relocated or closed. Progress to track, not a breach: an enterprise
 * marked relocating or closed is no longer a hit. The detail says when the list's own 建成区 flag disagrees with the
 * polygon, and when the polygon is the provisional 示意 outline. Silent without a list or a polygon.
 *
 * @example
 * builtUpHeavyPolluterRule.evaluate(facts, context)[0]?.detail.zh;
 * // '重污染企业位于城市建成区内，须改造搬迁或退出关停（清单2023年秋冬季（第2版））'
 */
export const builtUpHeavyPolluterRule: RuleDefinition = {
  id: 'built-up-heavy-polluter',
  task: 2,
  severity: 'info',
  layer: 'enterprises',
  basis: [planBasis('T2.1')],
  evaluate: (facts) => {
    const list = facts.emergency?.list;
    if (!list || !facts.builtUp?.length) return [];
    const heavy = new Map(list.entries.filter((e) => e.heavyPolluter).map((e) => [e.enterpriseId, e]));
    const provisional = builtUpProvisional(facts);
    return operatingEnterprises(facts).flatMap((enterprise) => {
      const entry = heavy.get(enterprise.id);
      if (!entry || !enterpriseInsideBuiltUp(facts, enterprise.id)) return [];
      const outline = provisional ? '（示意边界）' : '';
      const disagree = entry.builtUpArea
        ? null
        : { zh: '；清单未标注建成区', en: '; the list does not mark it 建成区' };
      return [
        {
          entityId: enterprise.id,
          township: enterprise.township,
          since: null,
          detail: {
            zh:
              `重污染企业位于城市建成区${outline}内，须改造搬迁或退出关停` +
              `${disagree?.zh ?? ''}（清单${list.version}）`,
            en:
              `heavy polluter inside the built-up area${provisional ? ' (provisional outline)' : ''}: ` +
              `retrofit, relocate or close${disagree?.en ?? ''} (list ${list.version})`,
          },
        },
      ];
    });
  },
};
