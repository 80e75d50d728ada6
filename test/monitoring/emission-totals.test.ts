import { describe, expect, it } from 'vitest';
import {
  emissionTotals,
  hourMassKg,
  type OutletPlace,
  sumOutletMasses,
} from '../../server/monitoring/emission-totals.ts';
import { reading } from './stack-fixtures.ts';

const outlets: OutletPlace[] = [
  { id: 'E1-DA001', name: '1#', enterpriseId: 'E1', enterpriseName: '甲', township: 'T1', townshipName: '一镇' },
  { id: 'E1-DA002', name: '2#', enterpriseId: 'E1', enterpriseName: '甲', township: 'T1', townshipName: '一镇' },
  { id: 'E2-DA001', name: '1#', enterpriseId: 'E2', enterpriseName: '乙', township: 'T2', townshipName: '二镇' },
];

describe('hour mass', () => {
  it('is concentration × flow / 1e6 kg: 8 mg/m³ × 50,000 m³/h → 0.4 kg', () => {
    expect(hourMassKg(reading('t', { pm: 8, flow: 50_000 }), 'pm')).toBeCloseTo(0.4, 12);
  });
  it('takes the Cou when sent', () => {
    expect(hourMassKg(reading('t', { pm: 8, flow: 50_000, pmCou: 0.55 }), 'pm')).toBe(0.55);
  });
  it('counts valid hours only, and needs flow without a Cou', () => {
    expect(hourMassKg(reading('t', { pmCou: 0.55, flags: { pm: 'M' } }), 'pm')).toBeNull();
    expect(hourMassKg(reading('t', { flow: null }), 'pm')).toBeNull();
  });
});

describe('emission totals', () => {
  const hours = [
    // E1-DA001: pm 8 × 50,000 = 0.4 kg; so2 20 × 50,000 = 1 kg; nox 40 × 50,000 = 2 kg
    { outletId: 'E1-DA001', reading: reading('2023-05-01T01:00', { pm: 8, so2: 20, nox: 40, flow: 50_000 }) },
    // E1-DA001: pm Cou 0.6 kg; so2 flagged M → not counted; nox 2 kg
    {
      outletId: 'E1-DA001',
      reading: reading('2023-05-01T02:00', { pm: 8, pmCou: 0.6, flow: 50_000, flags: { pm: 'N', so2: 'M', nox: 'N' } }),
    },
    // E1-DA002: pm 10 × 100,000 = 1 kg, so2 30 × 100,000 = 3 kg, nox 100 × 100,000 = 10 kg
    { outletId: 'E1-DA002', reading: reading('2023-05-01T01:00', { pm: 10, so2: 30, nox: 100, flow: 100_000 }) },
    // E2-DA001: everything flagged F → nothing counted
    { outletId: 'E2-DA001', reading: reading('2023-05-01T01:00', { flags: { pm: 'F', so2: 'F', nox: 'F' } }) },
    // an outlet not in the list is ignored
    { outletId: 'X', reading: reading('2023-05-01T01:00') },
  ];

  it('per outlet, in tonnes', () => {
    expect(emissionTotals(sumOutletMasses(hours), outlets, 'outlet', 24)).toEqual([
      { id: 'E1-DA001', name: '甲 · 1#', pm: 0.001, so2: 0.001, nox: 0.004, hours: 2, expectedHours: 24 },
      { id: 'E1-DA002', name: '甲 · 2#', pm: 0.001, so2: 0.003, nox: 0.01, hours: 1, expectedHours: 24 },
      { id: 'E2-DA001', name: '乙 · 1#', pm: 0, so2: 0, nox: 0, hours: 0, expectedHours: 24 },
    ]);
  });

  it('per enterprise, township and district', () => {
    expect(emissionTotals(sumOutletMasses(hours), outlets, 'enterprise', 24)[0]).toEqual({
      id: 'E1',
      name: '甲',
      pm: 0.002,
      so2: 0.004,
      nox: 0.014,
      hours: 3,
      expectedHours: 48,
    });
    expect(emissionTotals(sumOutletMasses(hours), outlets, 'township', 24).map((r) => r.id)).toEqual(['T1', 'T2']);
    expect(emissionTotals(sumOutletMasses(hours), outlets, 'district', 24)).toEqual([
      { id: '140902', name: '忻府区', pm: 0.002, so2: 0.004, nox: 0.014, hours: 3, expectedHours: 72 },
    ]);
  });
});
