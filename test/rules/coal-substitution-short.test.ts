import { describe, expect, it } from 'vitest';
import { coalSubstitutionShortRule } from '../../server/rules/coal-substitution-short-rule.ts';
import { createCoalProject, createEnergyFacts } from '../energy/energy-facts-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const at = '2023-12-31T23:00';
const hits = (...coalProjects: ReturnType<typeof createCoalProject>[]) =>
  coalSubstitutionShortRule.evaluate(
    createFacts({ energy: createEnergyFacts({ coalProjects }) }),
    createContext({ asOf: at }),
  );

describe('coal-substitution-short (T6.1)', () => {
  it('is a violation of task 6, citing T6.1 and the 1:1 convention', () => {
    expect(coalSubstitutionShortRule).toMatchObject({ task: 6, severity: 'violation', layer: 'enterprises' });
    expect(coalSubstitutionShortRule.basis.map((b) => b.kind)).toEqual(['plan', 'convention']);
  });

  it('boundary: 1:1 is enough, a tonne less is short', () => {
    expect(hits(createCoalProject({ substitutionT: 1000 }))).toEqual([]);
    const [hit] = hits(createCoalProject({ substitutionT: 999 }));
    expect(hit).toMatchObject({ entityId: 'E1', since: '2023-03-01' });
    expect(hit?.detail.zh).toBe('「2号锅炉扩建」新增耗煤 1000 吨/年，替代 999 吨/年（1.00:1）');
    expect(hits(createCoalProject({ substitutionT: 800 }))[0]?.detail.zh).toContain('（0.80:1）');
  });

  it('looks at approved and built projects decided by as-of’s day only', () => {
    const short = { substitutionT: 0 };
    expect(hits(createCoalProject({ ...short, status: 'built' }))).toHaveLength(1);
    for (const status of ['applied', 'rejected', 'withdrawn'] as const)
      expect(hits(createCoalProject({ ...short, status }))).toEqual([]);
    expect(hits(createCoalProject({ ...short, decidedOn: '2023-12-31' }))).toHaveLength(1);
    expect(hits(createCoalProject({ ...short, decidedOn: '2024-01-01' }))).toEqual([]);
    expect(hits(createCoalProject({ ...short, decidedOn: null }))).toEqual([]);
  });

  it('a project adding no coal is never short', () => {
    expect(hits(createCoalProject({ newCoalT: 0, substitutionT: 0 }))).toEqual([]);
  });

  it('stays silent without energy facts', () => {
    expect(coalSubstitutionShortRule.evaluate(createFacts(), createContext({ asOf: at }))).toEqual([]);
  });
});
