import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { ozoneControlInForce } from './seasonal-controls.ts';

/** Outdoor works the task-14 ozone control pauses. */
const OUTDOOR_WORKS: ReadonlySet<string> = new Set(['painting', 'asphalt', 'road-marking']);

/**
 * Task 14: while the summer ozone control is in force, active sites pause outdoor painting,
 * asphalt paving and road marking.
 *
 * @example
 * ozoneOutdoorWorksRule.evaluate(facts, context)[0]?.detail.en; // 'pause: painting, asphalt'
 */
export const ozoneOutdoorWorksRule: RuleDefinition = {
  id: 'ozone-outdoor-works',
  task: 14,
  severity: 'control',
  layer: 'construction-sites',
  basis: [planBasis('T14.2')],
  evaluate: (facts, { asOf }) => {
    if (!ozoneControlInForce(asOf)) return [];
    return facts.sites.flatMap((s) => {
      const works = s.activities.filter((a) => OUTDOOR_WORKS.has(a));
      if (!s.active || !works.length) return [];
      return [
        {
          entityId: s.id,
          township: s.township,
          since: null,
          detail: { zh: `暂停：${works.join('、')}`, en: `pause: ${works.join(', ')}` },
        },
      ];
    });
  },
};
