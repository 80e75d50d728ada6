/**
 * The rules as a catalogue (id, task, severity, layer, name and 「依据」), and every basis the console applies from
 * outside the plan: the catalogue's external documents and conventions, plus those of the heavy-pollution controls
 * (triggers, reduction shares, the list's measures). `GET /api/rules/catalogue` serves the first; the monthly report
 * lists both. Pure.
 *
 * @module
 */
import type { Basis, ConventionBasis, ExternalBasis } from '../schema/basis.ts';
import { ruleIds, ruleTitles, type RuleHitLayer, type RuleId } from '../schema/enums/rule-id.ts';
import type { Severity } from '../schema/enums/severity.ts';
import type { Localized } from '../schema/localized.ts';
import { REDUCTION_BASIS, TRIGGERS_BASIS } from './alert-level.ts';
import { LIST_MEASURES_BASIS } from './heavy-pollution-measure-rule.ts';
import { ruleRegistry } from './rule-registry.ts';

/** One rule of the catalogue. */
export interface RuleCatalogueEntry {
  id: RuleId;
  task: number;
  severity: Severity;
  layer: RuleHitLayer;
  title: Localized;
  basis: Basis[];
}

/**
 * Every rule, in {@link ruleIds} order, with its basis.
 *
 * @example
 * ruleCatalogue().find((r) => r.id === 'coal-reburning')?.basis[0]; // { kind: 'plan', requirement: 'T7.5' }
 */
export function ruleCatalogue(): RuleCatalogueEntry[] {
  return ruleIds.map((id) => {
    const { task, severity, layer, basis } = ruleRegistry[id];
    return { id, task, severity, layer, title: { ...ruleTitles[id] }, basis: [...basis] };
  });
}

/**
 * The basis of rule `rule` (an alert's `rule`, read at read time); empty for an id the registry does not hold (an
 * alert of a rule since retired).
 *
 * @example
 * basisOfRule('freight-no-rail'); // [{ kind: 'plan', requirement: 'T9.4' }]
 */
export function basisOfRule(rule: string): readonly Basis[] {
  return (ruleIds as readonly string[]).includes(rule) ? ruleRegistry[rule as RuleId].basis : [];
}

/** What the heavy-pollution controls (`/api/controls` `heavyPollution`) rest on. */
export const heavyPollutionBasis = {
  triggers: TRIGGERS_BASIS,
  reduction: REDUCTION_BASIS,
  measures: LIST_MEASURES_BASIS,
} as const;

/** The names of the heavy-pollution controls, as {@link outsidePlanBases} cites them. */
const heavyPollutionNames: Record<keyof typeof heavyPollutionBasis, Localized> = {
  triggers: { zh: '重污染天气预警等级', en: 'Heavy-pollution alert levels' },
  reduction: { zh: '重污染天气减排比例', en: 'Heavy-pollution reduction shares' },
  measures: { zh: '重污染天气应急减排清单措施', en: 'Measures of the emergency reduction list' },
};

/** An external document or convention the console applies, with what applies it. */
export interface OutsidePlanBasis {
  basis: ExternalBasis | ConventionBasis;
  /** The rules and controls resting on it (their names). */
  usedBy: Localized[];
}

/**
 * Every external document (one entry per document, its first note) and every convention the rules and the
 * heavy-pollution controls apply, in catalogue order, then those of `extra` (other controls, e.g. a season read from
 * the data: its name and bases), each with the names of what applies it.
 *
 * @example
 * outsidePlanBases().some((b) => b.basis.kind === 'convention'); // true: e.g. the 365-day re-burning look-back
 */
export function outsidePlanBases(extra: readonly (readonly [Localized, readonly Basis[]])[] = []): OutsidePlanBasis[] {
  const users: (readonly [Localized, readonly Basis[]])[] = [
    ...ruleCatalogue().map((r) => [r.title, r.basis] as const),
    ...(Object.keys(heavyPollutionBasis) as (keyof typeof heavyPollutionBasis)[]).map(
      (k) => [heavyPollutionNames[k], heavyPollutionBasis[k]] as const,
    ),
    ...extra,
  ];
  const byKey = new Map<string, OutsidePlanBasis>();
  for (const [name, bases] of users)
    for (const basis of bases) {
      if (basis.kind === 'plan') continue;
      const key = basis.kind === 'external' ? `external:${basis.document.zh}` : `convention:${basis.note.zh}`;
      const entry = byKey.get(key) ?? { basis, usedBy: [] };
      if (!entry.usedBy.some((u) => u.zh === name.zh)) entry.usedBy.push(name);
      byKey.set(key, entry);
    }
  return [...byKey.values()];
}
