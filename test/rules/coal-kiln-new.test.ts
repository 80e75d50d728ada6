import { describe, expect, it } from 'vitest';
import { coalKilnNewRule } from '../../server/rules/coal-kiln-new-rule.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { createEnergyFacts, createKiln } from '../energy/energy-facts-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const at = '2023-12-31T23:00';
const hits = (...kilns: ReturnType<typeof createKiln>[]) =>
  coalKilnNewRule.evaluate(createFacts({ energy: createEnergyFacts({ kilns }) }), createContext({ asOf: at }));
const newMelter = (over: Parameters<typeof createKiln>[0] = {}) =>
  createKiln({ purpose: '熔化炉', buildKind: 'new', builtOn: '2023-09-01', ...over });

describe('coal-kiln-new (T8.1)', () => {
  it('is registered for task 8 as a violation on enterprises, citing T8.1', () => {
    expect(ruleRegistry['coal-kiln-new']).toBe(coalKilnNewRule);
    expect(coalKilnNewRule).toMatchObject({ task: 8, severity: 'violation', layer: 'enterprises' });
    expect(coalKilnNewRule.basis[0]).toEqual({ kind: 'plan', requirement: 'T8.1' });
  });

  it('fires on a new coal melting furnace, since its service date', () => {
    expect(hits(newMelter())).toEqual([
      expect.objectContaining({ entityId: 'E1', township: '140902001', since: '2023-09-01' }),
    ]);
    expect(hits(newMelter())[0]?.detail.zh).toBe('熔化炉（新建，燃料：燃煤）');
  });

  it.each(['rebuilt', 'expanded'] as const)('fires on a %s one, and on fuel oil', (buildKind) => {
    expect(hits(newMelter({ buildKind }))).toHaveLength(1);
    expect(hits(newMelter({ buildKind, fuel: 'fuel-oil' }))).toHaveLength(1);
  });

  it('stays silent for an existing furnace, a clean fuel, another purpose or a stopped enterprise', () => {
    expect(hits(newMelter({ buildKind: 'existing' }))).toEqual([]);
    expect(hits(newMelter({ fuel: 'natural-gas' }))).toEqual([]);
    expect(hits(newMelter({ fuel: 'coke-oven-gas' }))).toEqual([]);
    expect(hits(newMelter({ purpose: '石灰窑' }))).toEqual([]);
    expect(hits(newMelter({ operating: false }))).toEqual([]);
  });

  it('counts a furnace from its service day on (boundary: built on as-of’s day fires, the day after does not)', () => {
    expect(hits(newMelter({ builtOn: '2023-12-31' }))).toHaveLength(1);
    expect(hits(newMelter({ builtOn: '2024-01-01' }))).toEqual([]);
  });

  it('lists several furnaces of one enterprise in one hit', () => {
    const [hit] = hits(
      newMelter(),
      newMelter({ id: 'E1-K2', purpose: '干燥炉', buildKind: 'expanded', builtOn: null }),
    );
    expect(hit?.detail.zh).toBe('熔化炉（新建，燃料：燃煤）；干燥炉（扩建，燃料：燃煤）');
    expect(hits(newMelter(), newMelter({ id: 'E2-K1', enterpriseId: 'E2' }))).toHaveLength(2);
  });

  it('stays silent without energy facts', () => {
    expect(coalKilnNewRule.evaluate(createFacts(), createContext({ asOf: at }))).toEqual([]);
  });
});
