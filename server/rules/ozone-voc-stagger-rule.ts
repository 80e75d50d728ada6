import { planBasis } from '../schema/basis.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';
import { ozoneControlInForce } from './seasonal-controls.ts';

/** Industries the task-14 ozone control names: 化工、工业涂装、包装印刷、油品储运销. */
const OZONE_VOC_INDUSTRIES: ReadonlySet<string> = new Set([
  'chemical',
  'industrial-coating',
  'packaging-printing',
  'oil-storage-sales',
]);

/**
 * Task 14: while the summer ozone control is in force, operating VOC emitters of the named
 * industries stagger their VOC work away from 10–16 h.
 *
 * @example
 * ozoneVocStaggerRule.evaluate(facts, { ...context, asOf: '2023-01-15T11:00' }); // [] (outside the window)
 */
export const ozoneVocStaggerRule: RuleDefinition = {
  id: 'ozone-voc-stagger',
  task: 14,
  severity: 'control',
  layer: 'enterprises',
  basis: [planBasis('T14.1')],
  evaluate: (facts, { asOf }) => {
    if (!ozoneControlInForce(asOf)) return [];
    return operatingEnterprises(facts)
      .filter((e) => e.vocEmitter && OZONE_VOC_INDUSTRIES.has(e.industry))
      .map((e) => ({
        entityId: e.id,
        township: e.township,
        since: null,
        detail: { zh: '10–16时错时生产', en: 'stagger VOC work 10:00–16:00' },
      }));
  },
};
