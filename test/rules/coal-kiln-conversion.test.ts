import { describe, expect, it } from 'vitest';
import { coalKilnConversionRule } from '../../server/rules/coal-kiln-conversion-rule.ts';
import { createEnergyFacts, createKiln } from '../energy/energy-facts-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const hits = (...kilns: ReturnType<typeof createKiln>[]) =>
  coalKilnConversionRule.evaluate(createFacts({ energy: createEnergyFacts({ kilns }) }), createContext());

describe('coal-kiln-conversion (T8.2)', () => {
  it('is information for task 8, citing T8.2', () => {
    expect(coalKilnConversionRule).toMatchObject({ task: 8, severity: 'info', layer: 'enterprises' });
    expect(coalKilnConversionRule.basis[0]).toEqual({ kind: 'plan', requirement: 'T8.2' });
  });

  it('fires on an existing kiln on coal or fuel oil, one hit per enterprise', () => {
    const [hit, ...rest] = hits(createKiln(), createKiln({ id: 'E1-K2', purpose: '隧道窑', fuel: 'fuel-oil' }));
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ entityId: 'E1', since: null });
    expect(hit?.detail.zh).toBe('石灰窑（燃煤）、隧道窑（燃料油）仍使用高污染燃料');
  });

  it('stays silent for clean fuels, boilers, new kilns (T8.1’s) and stopped enterprises', () => {
    expect(hits(createKiln({ fuel: 'natural-gas' }), createKiln({ fuel: 'coke-oven-gas' }))).toEqual([]);
    expect(hits(createKiln({ kind: 'boiler', purpose: '供热/工艺蒸汽' }))).toEqual([]);
    expect(hits(createKiln({ buildKind: 'new', builtOn: '2023-01-01' }))).toEqual([]);
    expect(hits(createKiln({ operating: false }))).toEqual([]);
  });

  it('stays silent without energy facts', () => {
    expect(coalKilnConversionRule.evaluate(createFacts(), createContext())).toEqual([]);
  });
});
