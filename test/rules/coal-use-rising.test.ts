import { describe, expect, it } from 'vitest';
import type { EnergyFacts } from '../../server/energy/energy-facts.ts';
import { coalUseRisingRule } from '../../server/rules/coal-use-rising-rule.ts';
import { createCoalProject, createEnergyFacts } from '../energy/energy-facts-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const row = (year: number, coalT: number, enterpriseId = 'E1') => ({
  enterpriseId,
  township: '140902001',
  year,
  coalT,
});
const hits = (
  ledger: EnergyFacts['ledger'],
  coalProjects: EnergyFacts['coalProjects'] = [],
  asOf = '2023-12-31T23:00',
) =>
  coalUseRisingRule.evaluate(
    createFacts({ energy: createEnergyFacts({ ledger, coalProjects }) }),
    createContext({ asOf }),
  );

describe('coal-use-rising (T6.1, T6.2)', () => {
  it('is a warning of task 6', () => {
    expect(coalUseRisingRule).toMatchObject({ task: 6, severity: 'warning', layer: 'enterprises' });
  });

  it('fires when the latest year’s coal is above the previous year’s without a project', () => {
    const [hit] = hits([row(2022, 1000), row(2023, 1200)]);
    expect(hit).toMatchObject({ entityId: 'E1', since: '2023-01-01' });
    expect(hit?.detail.zh).toBe('2023 年耗煤 1200 吨，比上年增加 200 吨，无获批耗煤项目覆盖');
  });

  it('boundary: equal use is silent; an increase exactly covered is silent, a tonne more fires', () => {
    expect(hits([row(2022, 1000), row(2023, 1000)])).toEqual([]);
    expect(hits([row(2022, 1000), row(2023, 1200)], [createCoalProject({ newCoalT: 200 })])).toEqual([]);
    const [hit] = hits([row(2022, 1000), row(2023, 1201)], [createCoalProject({ newCoalT: 200 })]);
    expect(hit?.detail.zh).toContain('获批耗煤项目仅覆盖 200 吨');
  });

  it('covers with projects decided in the year or the year before, approved or built only', () => {
    const ledger = [row(2022, 1000), row(2023, 1500)];
    expect(hits(ledger, [createCoalProject({ newCoalT: 600, decidedOn: '2022-02-01' })])).toEqual([]);
    expect(hits(ledger, [createCoalProject({ newCoalT: 600, decidedOn: '2021-12-31' })])).toHaveLength(1);
    expect(hits(ledger, [createCoalProject({ newCoalT: 600, status: 'applied' })])).toHaveLength(1);
    expect(hits(ledger, [createCoalProject({ newCoalT: 600, enterpriseId: 'E2' })])).toHaveLength(1);
  });

  it('uses the latest year up to as-of’s, and needs the year before it', () => {
    expect(hits([row(2022, 1000), row(2023, 1200)], [], '2022-12-31T23:00')).toEqual([]);
    expect(hits([row(2021, 1000), row(2023, 1200)])).toEqual([]);
    expect(hits([row(2023, 1200)])).toEqual([]);
    expect(hits([row(2022, 900), row(2023, 800), row(2021, 500)])).toEqual([]);
  });

  it('stays silent without energy facts', () => {
    expect(coalUseRisingRule.evaluate(createFacts(), createContext())).toEqual([]);
  });
});
