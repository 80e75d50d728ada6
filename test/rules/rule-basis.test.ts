import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REDUCTION_BASIS, TRIGGERS_BASIS } from '../../server/rules/alert-level.ts';
import { LIST_MEASURES_BASIS } from '../../server/rules/heavy-pollution-measure-rule.ts';
import { evaluateRules } from '../../server/rules/evaluate-rules.ts';
import { basisOfRule, outsidePlanBases, ruleCatalogue } from '../../server/rules/rule-catalogue.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { externalDocuments, type Basis } from '../../server/schema/basis.ts';
import { basisSchema, requirementIdPattern } from '../../server/schema/basis-schema.ts';
import { basesText, basisText } from '../../server/schema/basis-text.ts';
import {
  createContext,
  createEmergencyFacts,
  createEnterprise,
  createFacts,
  createListEntry,
} from './rule-fixtures.ts';

const rules = Object.values(ruleRegistry);
const register = JSON.parse(readFileSync('seeds/plan/requirements.json', 'utf8')) as {
  requirements: { id: string; supports: { kind: string; id: string }[] }[];
};
const requirementIds = new Set(register.requirements.map((r) => r.id));
const outside = (basis: readonly Basis[]) => basis.filter((b) => b.kind !== 'plan');

describe('every rule says what it rests on (「依据」)', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s: at least one basis, each valid as served', (_, rule) => {
    expect(rule.basis.length).toBeGreaterThan(0);
    for (const b of rule.basis) expect(basisSchema.safeParse(b).success, JSON.stringify(b)).toBe(true);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: every plan basis is a requirement of the register', (_, rule) => {
    for (const b of rule.basis)
      if (b.kind === 'plan') {
        expect(b.requirement).toMatch(requirementIdPattern);
        expect(requirementIds.has(b.requirement), `${b.requirement} in seeds/plan/requirements.json`).toBe(true);
      }
  });

  it('a rule the register names as supporting a requirement cites that requirement', () => {
    const missing: string[] = [];
    for (const r of register.requirements)
      for (const s of r.supports)
        if (s.kind === 'rule' && s.id in ruleRegistry) {
          const basis = ruleRegistry[s.id as keyof typeof ruleRegistry].basis;
          if (!basis.some((b) => b.kind === 'plan' && b.requirement === r.id)) missing.push(`${s.id} → ${r.id}`);
        }
    expect(missing).toEqual([]);
  });

  it('every rule whose logic adds to the plan carries an external or convention basis', () => {
    // what each adds: the reduction shares; the 365-day look-back; cyclone as low-efficiency;
    // township-level dustfall alerts (the plan's limit is the district average); the list of six checks
    const additions = {
      'heavy-pollution-measure': ['reductionShares2019'],
      'coal-reburning': ['365'],
      'low-efficiency-treatment': ['旋风除尘'],
      'dustfall-over-limit': ['乡镇'],
      'six-hundred-failed': ['sixHundred'],
    } as const;
    for (const [id, marks] of Object.entries(additions)) {
      const extra = outside(ruleRegistry[id as keyof typeof additions].basis);
      expect(extra.length, id).toBeGreaterThan(0);
      const text = JSON.stringify(extra);
      for (const mark of marks) {
        const expected =
          mark in externalDocuments ? externalDocuments[mark as keyof typeof externalDocuments].zh : mark;
        expect(text, `${id} names ${mark}`).toContain(expected);
      }
    }
  });

  it('the heavy-pollution triggers, shares and measures each cite their document outside the plan', () => {
    expect(TRIGGERS_BASIS.map((b) => b.kind === 'external' && b.document)).toEqual([externalDocuments.xinzhouPlan2020]);
    expect(REDUCTION_BASIS.map((b) => b.kind === 'external' && b.document)).toEqual([
      externalDocuments.reductionShares2019,
    ]);
    // the measures are the list's (T15.2), under the plan's reduction requirement (T15.3)
    expect(LIST_MEASURES_BASIS).toEqual([
      { kind: 'plan', requirement: 'T15.2' },
      { kind: 'plan', requirement: 'T15.3' },
    ]);
    for (const b of [...TRIGGERS_BASIS, ...REDUCTION_BASIS]) expect(b.kind).not.toBe('plan');
    // and on task 2's stricter measures in the built-up area, and the reduction shares
    expect(ruleRegistry['heavy-pollution-measure'].basis).toEqual([
      ...LIST_MEASURES_BASIS,
      { kind: 'plan', requirement: 'T2.2' },
      ...REDUCTION_BASIS,
    ]);
  });
});

describe('the basis travels with the rule', () => {
  it('each hit carries its rule’s basis', () => {
    const facts = createFacts({
      enterprises: [createEnterprise({ id: 'E1', grade: 'A' })],
      emergency: createEmergencyFacts({ list: { id: 1, version: 'v1', entries: [createListEntry()] } }),
    });
    const hits = evaluateRules(facts, createContext({ alertLevel: 'yellow' }));
    const hit = hits.find((h) => h.rule === 'heavy-pollution-measure');
    expect(hit?.basis).toEqual(ruleRegistry['heavy-pollution-measure'].basis);
    for (const h of hits) expect(h.basis).toEqual(ruleRegistry[h.rule].basis);
  });

  it('the catalogue lists every rule once with its basis; basisOfRule answers an unknown id with none', () => {
    const catalogue = ruleCatalogue();
    expect(catalogue.map((r) => r.id).sort()).toEqual(Object.keys(ruleRegistry).sort());
    for (const r of catalogue) expect(r.basis).toEqual(ruleRegistry[r.id].basis);
    expect(basisOfRule('coal-reburning')).toBe(ruleRegistry['coal-reburning'].basis);
    expect(basisOfRule('a-rule-since-retired')).toEqual([]);
  });

  it('the list outside the plan holds every external document and convention once, with what applies it', () => {
    const list = outsidePlanBases();
    const all = [...rules.flatMap((r) => r.basis), ...TRIGGERS_BASIS, ...REDUCTION_BASIS];
    const keys = (bs: readonly Basis[]) =>
      new Set(
        bs.flatMap((b) => (b.kind === 'external' ? [b.document.zh] : b.kind === 'convention' ? [b.note.zh] : [])),
      );
    expect(keys(list.map((e) => e.basis))).toEqual(keys(all));
    expect(list.length).toBe(keys(all).size);
    const triggers = list.find(
      (e) => e.basis.kind === 'external' && e.basis.document === externalDocuments.xinzhouPlan2020,
    );
    expect(triggers?.usedBy.map((u) => u.zh)).toEqual(['重污染天气预警等级']);
    const shares = list.find(
      (e) => e.basis.kind === 'external' && e.basis.document === externalDocuments.reductionShares2019,
    );
    expect(shares?.usedBy.map((u) => u.zh)).toEqual(['重污染天气应急减排措施', '重污染天气减排比例']);
  });

  it('words a basis: the plan’s id, an external document marked 规划外, a convention', () => {
    expect(basisText({ kind: 'plan', requirement: 'T7.5' }, 'zh')).toBe('规划 T7.5');
    expect(basisText(REDUCTION_BASIS[0] as Basis, 'zh')).toBe(
      `黄/橙/红色预警减排比例10%/20%/30%：${externalDocuments.reductionShares2019.zh}（规划外）`,
    );
    expect(basesText(ruleRegistry['coal-reburning'].basis, 'zh')).toMatch(/^依据：规划 T7\.5；本系统约定：近365天/);
    expect(basesText([], 'en')).toBe('');
  });
});
