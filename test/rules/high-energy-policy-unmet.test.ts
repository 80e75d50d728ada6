import { describe, expect, it } from 'vitest';
import { highEnergyPolicyUnmetRule } from '../../server/rules/high-energy-policy-unmet-rule.ts';
import { createEnergyFacts, createHighEnergy } from '../energy/energy-facts-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const at = '2023-12-31T23:00';
const passed = createHighEnergy().checks;
const hits = (...highEnergyProjects: ReturnType<typeof createHighEnergy>[]) =>
  highEnergyPolicyUnmetRule.evaluate(
    createFacts({ energy: createEnergyFacts({ highEnergyProjects }) }),
    createContext({ asOf: at }),
  );

describe('high-energy-policy-unmet (T1.1)', () => {
  it('is a violation of task 1, citing T1.1', () => {
    expect(highEnergyPolicyUnmetRule).toMatchObject({ task: 1, severity: 'violation', layer: 'enterprises' });
    expect(highEnergyPolicyUnmetRule.basis).toEqual([{ kind: 'plan', requirement: 'T1.1' }]);
  });

  it('fires on a failed or pending check and names each', () => {
    const [hit] = hits(createHighEnergy({ checks: { ...passed, energyDualControl: 'pending', threeLines: 'failed' } }));
    expect(hit).toMatchObject({ entityId: 'E1', since: '2023-06-01' });
    expect(hit?.detail.zh).toBe('「焦化升级项目」：“三线一单”未落实、能耗双控待落实');
  });

  it('is silent when every check is passed or not applicable', () => {
    expect(hits(createHighEnergy())).toEqual([]);
    expect(hits(createHighEnergy({ checks: { ...passed, threeLines: 'not-applicable' } }))).toEqual([]);
  });

  it('binds from approval on: proposed, under review, rejected and stopped projects are silent', () => {
    const pending = { checks: { ...passed, planningEia: 'pending' as const } };
    for (const status of ['approved', 'under-construction', 'in-operation'] as const)
      expect(hits(createHighEnergy({ ...pending, status }))).toHaveLength(1);
    for (const status of ['proposed', 'under-review', 'rejected', 'stopped'] as const)
      expect(hits(createHighEnergy({ ...pending, status }))).toEqual([]);
  });

  it('boundary: a status dated on as-of’s day counts, the day after does not', () => {
    const pending = { checks: { ...passed, planningEia: 'pending' as const } };
    expect(hits(createHighEnergy({ ...pending, statusOn: '2023-12-31' }))).toHaveLength(1);
    expect(hits(createHighEnergy({ ...pending, statusOn: '2024-01-01' }))).toEqual([]);
  });

  it('stays silent without energy facts', () => {
    expect(highEnergyPolicyUnmetRule.evaluate(createFacts(), createContext({ asOf: at }))).toEqual([]);
  });
});
