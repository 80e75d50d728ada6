import { describe, expect, it } from 'vitest';
import { bulkFreightDirtyTruckRule } from '../../server/rules/bulk-freight-dirty-truck-rule.ts';
import { dieselTruckPhaseOutRule } from '../../server/rules/diesel-truck-phase-out-rule.ts';
import { leanBurnGasTruckRule } from '../../server/rules/lean-burn-gas-truck-rule.ts';
import { municipalVehicleNotCleanRule } from '../../server/rules/municipal-vehicle-not-clean-rule.ts';
import type { RuleDefinition } from '../../server/rules/rule-definition.ts';
import { PLAN_START } from '../../server/vehicles/plan-start.ts';
import { createContext, createEnterprise, createFacts } from './rule-fixtures.ts';
import { createTrip, createVehicle } from './vehicle-fixtures.ts';

const asOf = '2023-12-31T23:00';
const context = createContext({ asOf });
const hits = (rule: RuleDefinition, facts: ReturnType<typeof createFacts>, at = context) =>
  rule.evaluate(facts, at).map((f) => f.entityId);

describe('diesel-truck-phase-out (T10.3)', () => {
  const old = createVehicle({ id: 'OLD', emissionStage: 'IV', registeredOn: '2010-05-01', scrapDueOn: '2023-12-31' });

  it('fires for an in-use 国四 diesel truck whose scrapping date is as-of’s day itself', () => {
    const [finding] = dieselTruckPhaseOutRule.evaluate(createFacts({ vehicles: [old] }), context);
    expect(finding?.entityId).toBe('OLD');
    expect(finding?.since).toBe('2023-12-31');
    expect(finding?.detail.zh).toContain('强制报废期止 2023-12-31');
  });

  it('is silent the day before the scrapping date', () => {
    expect(
      hits(dieselTruckPhaseOutRule, createFacts({ vehicles: [old] }), createContext({ asOf: '2023-12-30T23:59' })),
    ).toEqual([]);
  });

  it('fires for 国三 and below too, not for 国五, gas, a bus or an unknown scrapping date', () => {
    const vehicles = [
      createVehicle({ id: 'III', emissionStage: 'III', scrapDueOn: '2022-01-01' }),
      createVehicle({ id: 'V', emissionStage: 'V', scrapDueOn: '2022-01-01' }),
      createVehicle({ id: 'GAS', fuel: 'gas', emissionStage: 'IV', scrapDueOn: '2022-01-01' }),
      createVehicle({ id: 'BUS', category: 'bus', emissionStage: 'IV', scrapDueOn: '2022-01-01' }),
      createVehicle({ id: 'NODATE', emissionStage: 'II', scrapDueOn: null }),
      createVehicle({ id: 'TRACTOR', category: 'tractor-unit', emissionStage: 'I', scrapDueOn: '2020-01-01' }),
    ];
    expect(hits(dieselTruckPhaseOutRule, createFacts({ vehicles }))).toEqual(['III', 'TRACTOR']);
  });

  it('stays silent without vehicle facts', () => {
    expect(hits(dieselTruckPhaseOutRule, createFacts())).toEqual([]);
  });
});

describe('lean-burn-gas-truck (T10.3)', () => {
  const lean = createVehicle({ id: 'LEAN', fuel: 'gas', emissionStage: 'V', leanBurn: true, scrapDueOn: '2023-12-31' });

  it('fires on the scrapping day itself, not the day before', () => {
    expect(hits(leanBurnGasTruckRule, createFacts({ vehicles: [lean] }))).toEqual(['LEAN']);
    expect(
      hits(leanBurnGasTruckRule, createFacts({ vehicles: [lean] }), createContext({ asOf: '2023-12-30T23:59' })),
    ).toEqual([]);
  });

  it('leaves stoichiometric gas trucks and lean-burn buses alone', () => {
    const vehicles = [
      { ...lean, id: 'STOICH', leanBurn: false },
      { ...lean, id: 'BUS', category: 'bus' as const },
    ];
    expect(hits(leanBurnGasTruckRule, createFacts({ vehicles }))).toEqual([]);
  });
});

describe('municipal-vehicle-not-clean (T10.1)', () => {
  it('takes the plan’s start as the day it was issued', () => {
    expect(PLAN_START).toBe('2023-05-05');
  });

  it('fires for a diesel sanitation vehicle registered on the plan’s start day, not the day before', () => {
    const onStart = createVehicle({ id: 'ON', category: 'sanitation', registeredOn: '2023-05-05' });
    const before = createVehicle({ id: 'BEFORE', category: 'sanitation', registeredOn: '2023-05-04' });
    const [finding] = municipalVehicleNotCleanRule.evaluate(createFacts({ vehicles: [onStart, before] }), context);
    expect(finding?.entityId).toBe('ON');
    expect(finding?.since).toBe('2023-05-05');
    expect(finding?.detail.zh).toContain('柴油');
  });

  it('accepts electric, hydrogen and methanol; flags gasoline, gas, hybrid; ignores other categories', () => {
    const added = { registeredOn: '2023-08-01' };
    const vehicles = [
      createVehicle({ ...added, id: 'EL', category: 'postal', fuel: 'electric', emissionStage: 'new-energy' }),
      createVehicle({ ...added, id: 'H2', category: 'express', fuel: 'hydrogen', emissionStage: 'new-energy' }),
      createVehicle({ ...added, id: 'MEOH', category: 'sanitation', fuel: 'methanol' }),
      createVehicle({ ...added, id: 'PETROL', category: 'express', fuel: 'gasoline' }),
      createVehicle({ ...added, id: 'GAS', category: 'sanitation', fuel: 'gas' }),
      createVehicle({ ...added, id: 'HYB', category: 'postal', fuel: 'hybrid' }),
      createVehicle({ ...added, id: 'TRUCK', category: 'light-truck', fuel: 'gasoline' }),
    ];
    expect(hits(municipalVehicleNotCleanRule, createFacts({ vehicles })).sort()).toEqual(['GAS', 'HYB', 'PETROL']);
  });
});

describe('bulk-freight-dirty-truck (T9.5)', () => {
  const big = createEnterprise({ id: 'E1', annualFreightT: 1_500_000, railSpur: 'under-construction' });
  const dirty = createTrip({ stage: 'V', at: '2023-12-30T09:00' });
  const facts = (enterprise = big, gateTrips = [dirty, createTrip()], vehicles = [createVehicle()]) =>
    createFacts({ enterprises: [enterprise], gateTrips, vehicles });

  it('fires at exactly 1.5 Mt/yr with the count and share of trips below 国六', () => {
    const [finding] = bulkFreightDirtyTruckRule.evaluate(facts(), context);
    expect(finding?.entityId).toBe('E1');
    expect(finding?.since).toBe('2023-12-30T09:00');
    expect(finding?.detail.zh).toContain('1 车次');
    expect(finding?.detail.zh).toContain('50%');
  });

  it('is silent just under 1.5 Mt/yr and once the spur operates', () => {
    expect(hits(bulkFreightDirtyTruckRule, facts({ ...big, annualFreightT: 1_499_999 }))).toEqual([]);
    expect(hits(bulkFreightDirtyTruckRule, facts({ ...big, railSpur: 'operating' }))).toEqual([]);
  });

  it('counts a trip at as-of and leaves out one exactly seven days before', () => {
    const atAsOf = createTrip({ stage: 'IV', at: asOf });
    const atEdge = createTrip({ stage: 'IV', at: '2023-12-24T23:00' });
    expect(hits(bulkFreightDirtyTruckRule, facts(big, [atAsOf]))).toEqual(['E1']);
    expect(hits(bulkFreightDirtyTruckRule, facts(big, [atEdge]))).toEqual([]);
    expect(hits(bulkFreightDirtyTruckRule, facts(big, [{ ...atEdge, at: '2023-12-24T23:01' }]))).toEqual(['E1']);
  });

  it('judges a gate trip without a stage by the register’s record of its plate', () => {
    const gasTrip = createTrip({ stage: 'gas', fuel: 'gas', plate: '晋H30001' });
    const registeredIV = createVehicle({ plate: '晋H30001', fuel: 'gas', emissionStage: 'IV' });
    const registeredVI = { ...registeredIV, emissionStage: 'VI' as const };
    expect(hits(bulkFreightDirtyTruckRule, facts(big, [gasTrip], [registeredIV]))).toEqual(['E1']);
    expect(hits(bulkFreightDirtyTruckRule, facts(big, [gasTrip], [registeredVI]))).toEqual([]);
    expect(hits(bulkFreightDirtyTruckRule, facts(big, [gasTrip], []))).toEqual([]);
  });

  it('accepts electric and 国六 trips and stays silent without gate facts', () => {
    const clean = [createTrip(), createTrip({ stage: 'electric', fuel: 'electric', plate: '晋H2' })];
    expect(hits(bulkFreightDirtyTruckRule, facts(big, clean))).toEqual([]);
    expect(hits(bulkFreightDirtyTruckRule, createFacts({ enterprises: [big] }))).toEqual([]);
  });
});
