import { planBasis } from '../schema/basis.ts';
import { siteActivityLabels } from '../schema/enums/construction-site.ts';
import { insideBuiltUpArea } from '../spatial/inside-built-up-area.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { ozoneControlInForce } from './seasonal-controls.ts';

/** Outdoor coating (户外涂装作业): paused on every active site, wherever it lies (T14.2's first clause). */
const EVERYWHERE: ReadonlySet<string> = new Set(['painting']);

/**
 * Outdoor engineering works (户外工程作业) paused only inside the urban built-up area (T14.2's second clause:
 * 城市建成区…道路划线、栏杆喷涂、道路沥青铺装等).
 */
const BUILT_UP_ONLY: ReadonlySet<string> = new Set(['asphalt', 'road-marking']);

/**
 * Task 14 (T14.2: 禁止户外涂装作业和城市建成区建筑墙体涂刷以及道路划线、栏杆喷涂、
 * 道路沥青铺装等户外工程作业), read as two clauses joined by 和:
 * outdoor coating (our sites' `painting`, which includes wall painting) is paused on every active site in the
 * district; road marking and asphalt paving are paused only on active sites inside the built-up area's polygon
 * in force (a site on its edge counts as inside). Without the polygon or the site's position, only painting is
 * paused.
 *
 * @example
 * ozoneOutdoorWorksRule.evaluate(facts, context)[0]?.detail.en; // 'pause: painting, asphalt paving (built-up area)'
 */
export const ozoneOutdoorWorksRule: RuleDefinition = {
  id: 'ozone-outdoor-works',
  task: 14,
  severity: 'control',
  layer: 'construction-sites',
  basis: [planBasis('T14.2')],
  evaluate: (facts, { asOf }) => {
    if (!ozoneControlInForce(asOf)) return [];
    const builtUp = facts.builtUp ?? [];
    return facts.sites.flatMap((s) => {
      if (!s.active) return [];
      const position = facts.positions?.sites[s.id];
      const inside = position !== undefined && insideBuiltUpArea(position, builtUp);
      const works = s.activities.filter((a) => EVERYWHERE.has(a) || (inside && BUILT_UP_ONLY.has(a)));
      if (!works.length) return [];
      const byArea = works.some((a) => BUILT_UP_ONLY.has(a));
      const provisional = builtUp.some((area) => area.provisional);
      return [
        {
          entityId: s.id,
          township: s.township,
          since: null,
          detail: {
            zh:
              `暂停：${works.map((a) => siteActivityLabels[a].zh).join('、')}` +
              `${byArea ? `（位于城市建成区${provisional ? '（示意边界）' : ''}）` : ''}`,
            en:
              `pause: ${works.map((a) => siteActivityLabels[a].en).join(', ')}` +
              `${byArea ? ` (built-up area${provisional ? ', provisional outline' : ''})` : ''}`,
          },
        },
      ];
    });
  },
};
