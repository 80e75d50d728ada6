import { describe, expect, it } from 'vitest';
import type { RepairShopFacts, VehicleCheckFacts } from '../../server/checks/check-facts.ts';
import { RECHECK_DAYS } from '../../server/checks/recheck-period.ts';
import { repairShopTamperingRule } from '../../server/rules/repair-shop-tampering-rule.ts';
import { vehicleCheckFailedRule } from '../../server/rules/vehicle-check-failed-rule.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

function createVehicleCheck(overrides: Partial<VehicleCheckFacts> = {}): VehicleCheckFacts {
  return {
    vehicleId: 'V1',
    plate: '晋H12345',
    township: '140902001',
    at: '2023-12-01T10:00',
    hit: true,
    checkpointName: '入城口检查站',
    outcome: 'repair-order',
    ...overrides,
  };
}

function createShop(overrides: Partial<RepairShopFacts['lastInspection']> = {}): RepairShopFacts {
  return {
    id: 'RS1',
    name: '修理厂',
    township: '140902001',
    lastInspection: {
      date: '2023-12-05',
      aftertreatmentRemoval: true,
      obdTampering: false,
      ledgerComplete: true,
      outcome: 'rectify',
      rectifiedOn: null,
      inspector: '王建军',
      ...overrides,
    },
  };
}

const vehicleHits = (check: VehicleCheckFacts, asOf: string) =>
  vehicleCheckFailedRule.evaluate(createFacts({ vehicleChecks: [check] }), createContext({ asOf }));

describe('vehicle-check-failed', () => {
  it('is still in time exactly at the end of the re-check period', () => {
    expect(RECHECK_DAYS).toBe(15);
    expect(vehicleHits(createVehicleCheck(), '2023-12-16T10:00')).toEqual([]);
  });

  it('hits the vehicle one minute after the period, since the period ended', () => {
    const [hit] = vehicleHits(createVehicleCheck(), '2023-12-16T10:01');
    expect(hit).toMatchObject({ entityId: 'V1', township: '140902001', since: '2023-12-16T10:00' });
    expect(hit?.detail.zh).toContain('15天内未复检合格');
  });

  it('stays silent when the latest check passed (a re-check cleared it)', () => {
    expect(vehicleHits(createVehicleCheck({ hit: false, outcome: 'pass' }), '2024-02-01T00:00')).toEqual([]);
  });

  it('ignores a check after as-of', () => {
    expect(vehicleHits(createVehicleCheck({ at: '2024-01-01T00:00' }), '2023-12-31T23:00')).toEqual([]);
  });

  it('is silent without its facts', () => {
    expect(vehicleCheckFailedRule.evaluate(createFacts(), createContext({ asOf: '2024-01-01T00:00' }))).toEqual([]);
  });
});

const shopHits = (shop: RepairShopFacts, asOf: string) =>
  repairShopTamperingRule.evaluate(createFacts({ repairShops: [shop] }), createContext({ asOf }));

describe('repair-shop-tampering', () => {
  it('hits an unrectified removal from the inspection day on', () => {
    const [hit] = shopHits(createShop(), '2023-12-05T00:00');
    expect(hit).toMatchObject({ entityId: 'RS1', since: '2023-12-05' });
    expect(hit?.detail.zh).toContain('拆除改装尾气净化装置');
  });

  it('hits OBD tampering too', () => {
    const [hit] = shopHits(createShop({ aftertreatmentRemoval: false, obdTampering: true }), '2023-12-31T23:00');
    expect(hit?.detail.en).toContain('OBD tampering');
  });

  it('counts a rectification on as-of day, not one the day after', () => {
    expect(shopHits(createShop({ rectifiedOn: '2023-12-20' }), '2023-12-20T00:00')).toEqual([]);
    expect(shopHits(createShop({ rectifiedOn: '2023-12-21' }), '2023-12-20T23:59')).toHaveLength(1);
  });

  it('stays silent for a compliant or ledger-only inspection, a never-inspected shop, or without facts', () => {
    expect(shopHits(createShop({ aftertreatmentRemoval: false, ledgerComplete: false }), '2023-12-31T23:00')).toEqual(
      [],
    );
    expect(shopHits({ ...createShop(), lastInspection: null }, '2023-12-31T23:00')).toEqual([]);
    expect(repairShopTamperingRule.evaluate(createFacts(), createContext())).toEqual([]);
  });
});
