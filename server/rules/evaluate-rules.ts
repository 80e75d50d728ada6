import { ruleIds, ruleTitles, type RuleHitLayer, type RuleId } from '../schema/enums/rule-id.ts';
import type { Severity } from '../schema/enums/severity.ts';
import type { Basis } from '../schema/basis.ts';
import type { Localized } from '../schema/localized.ts';
import { PLAN_DEADLINES } from './plan-deadlines.ts';
import type { RuleContext, RuleFacts } from './rule-definition.ts';
import { ruleRegistry } from './rule-registry.ts';

export type { RuleId } from '../schema/enums/rule-id.ts';
export type { Severity } from '../schema/enums/severity.ts';
export { PLAN_DEADLINES, type PlanDeadlines } from './plan-deadlines.ts';
export type { RuleContext, RuleFacts } from './rule-definition.ts';

/** Every rule by id, with the plan task it enforces (the registry, under its older name). */
export const rules = ruleRegistry;

/** One rule hit: what, which task, how serious, on which entity, where, since when, and on what basis. */
export interface RuleHit {
  rule: RuleId;
  task: number;
  severity: Severity;
  layer: RuleHitLayer;
  entityId: string;
  township: string;
  /** Since when the condition holds, as far as the data say (date or date-time); null when unknown. */
  since: string | null;
  /** The rule's name. */
  title: Localized;
  detail: Localized;
  /** What the rule rests on (「依据」): its registry entry's basis. */
  basis: Basis[];
}

/**
 * Every rule hit at `context.asOf`, in rule order ({@link ruleIds}) then entity id: each rule of
 * the registry evaluated in turn. Pure: the facts come in, the hits go out; persisting them as
 * alerts is the caller's business.
 *
 * @example
 * evaluateRules(facts, { asOf: '2023-07-15T11:00', alertLevel: 'none' }).filter((h) => h.task === 14);
 */
export function evaluateRules(facts: RuleFacts, context: RuleContext): RuleHit[] {
  const resolved = { ...context, deadlines: context.deadlines ?? PLAN_DEADLINES };
  return ruleIds.flatMap((id) => {
    const { task, severity, layer, evaluate } = ruleRegistry[id];
    // one copy per rule, shared by its hits
    const basis = [...ruleRegistry[id].basis];
    return evaluate(facts, resolved)
      .map(
        ({ entityId, township, since, detail, ...own }): RuleHit => ({
          rule: id,
          task: own.task ?? task,
          severity,
          layer: own.layer ?? layer,
          entityId,
          township,
          since,
          title: { ...ruleTitles[id] },
          detail,
          basis,
        }),
      )
      .sort((a, b) => a.entityId.localeCompare(b.entityId));
  });
}
