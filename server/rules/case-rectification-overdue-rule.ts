import { isCaseOverdue } from '../cases/case-life-cycle.ts';
import { caseStateAt } from '../cases/case-replay.ts';
import { planBasis } from '../schema/basis.ts';
import { ruleHitLayers, type RuleHitLayer } from '../schema/enums/rule-id.ts';
import type { RuleDefinition } from './rule-definition.ts';

const isHitLayer = (layer: string): layer is RuleHitLayer => (ruleHitLayers as readonly string[]).includes(layer);

/**
 * S8 (「坚持铁腕治污，依法打击各类环境污染行为」): an enforcement case whose rectification order's deadline passed
 * without a passed re-inspection. Each case is replayed from its steps up to as-of (a later step has not happened
 * yet; a case opened after as-of does not exist yet); it fires when the case is rectifying and its deadline lies
 * before as-of's day (the deadline day itself is not late). The hit is on the case's entity, with the case's task;
 * a passed re-inspection or closing clears it. Silent without case facts.
 *
 * @example
 * caseRectificationOverdueRule.evaluate(facts, context)[0]?.detail.zh;
 * // '忻府环罚〔2023〕0007号：整改期限 2023-12-20 已过，尚未复查合格'
 */
export const caseRectificationOverdueRule: RuleDefinition = {
  id: 'case-rectification-overdue',
  task: 17,
  severity: 'overdue',
  layer: 'enterprises',
  basis: [
    planBasis('S8'),
    {
      kind: 'convention',
      note: {
        zh: '整改期限以责令整改通知书（或复查不合格后重新确定）的期限为准，期限当日不算逾期',
        en:
          'the deadline is the rectification order’s (or the new one after a failed re-inspection); ' +
          'its day is not late',
      },
    },
  ],
  evaluate: (facts, context) => {
    const day = context.asOf.slice(0, 10);
    return (facts.cases ?? []).flatMap((c) => {
      const state = caseStateAt(c.openedAt, c.steps, context.asOf);
      if (state === null || !isCaseOverdue(state, day) || !isHitLayer(c.entityLayer)) return [];
      const due = state.rectificationDueOn as string;
      return [
        {
          entityId: c.entityId,
          township: c.township,
          since: due,
          task: c.task,
          layer: c.entityLayer,
          detail: {
            zh: `${c.number}：整改期限 ${due} 已过，尚未复查合格`,
            en: `${c.number}: rectification due ${due} has passed without a passed re-inspection`,
          },
        },
      ];
    });
  },
};
