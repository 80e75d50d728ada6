import { describe, expect, it } from 'vitest';
import { coalCover, substitutionRatio, substitutionShort } from '../../server/energy/coal-substitution.ts';
import { shareOf, sumEnergy, yearChange } from '../../server/energy/energy-shares.ts';
import { isHighPollutingFuel, isT81Furnace } from '../../server/energy/kiln-fuel-rules.ts';
import { conversionFactors, toStandardCoal } from '../../server/energy/standard-coal.ts';

const none = { coalT: 0, gas10kM3: 0, electricityMwh: 0, biomassT: 0, nonFossilMwh: 0 };

describe('standard-coal conversion (GB/T 2589-2020)', () => {
  it('uses the standard’s factors per ledger unit, and marks biomass a console convention', () => {
    expect(conversionFactors.coal.tcePerUnit).toBe(0.7143);
    expect(conversionFactors.gas.tcePerUnit).toBe(12.143); // 1.2143 kgce/m³ × 10⁴ m³ / 1000
    expect(conversionFactors.electricity.tcePerUnit).toBe(0.1229); // 0.1229 kgce/kWh × 1000 kWh / 1000
    expect(conversionFactors.biomass).toMatchObject({ tcePerUnit: 0.5, convention: true });
    expect(Object.values(conversionFactors).filter((f) => f.convention)).toHaveLength(1);
  });

  it('converts a worked row: 1000 t coal, 10⁵ m³ gas, 1000 MWh (200 green), 100 t biomass', () => {
    const tce = toStandardCoal({ coalT: 1000, gas10kM3: 10, electricityMwh: 1000, biomassT: 100, nonFossilMwh: 200 });
    // 714.3 + 121.43 + 122.9 + 50 = 1008.63; non-fossil 50 + 200 × 0.1229 = 74.58
    expect(tce).toEqual({
      coal: 714.3,
      gas: 121.43,
      electricity: 122.9,
      biomass: 50,
      total: 1008.63,
      nonFossil: 74.58,
    });
  });

  it('caps the green power at the electricity', () => {
    expect(toStandardCoal({ ...none, electricityMwh: 100, nonFossilMwh: 500 }).nonFossil).toBe(12.29);
  });

  it('gives zero for an empty row', () => {
    expect(toStandardCoal(none)).toEqual({ coal: 0, gas: 0, electricity: 0, biomass: 0, total: 0, nonFossil: 0 });
  });
});

describe('shares and year-on-year changes', () => {
  it('shareOf: 4 decimals, null on a zero whole', () => {
    expect(shareOf(1, 3)).toBe(0.3333);
    expect(shareOf(5, 0)).toBeNull();
  });

  it('yearChange: null without a previous year, ratio null from zero', () => {
    expect(yearChange(undefined, 5)).toBeNull();
    expect(yearChange(200, 150)).toEqual({ delta: -50, ratio: -0.25 });
    expect(yearChange(0, 10)).toEqual({ delta: 10, ratio: null });
  });

  it('sumEnergy: coal share 714.3 / 1008.63, non-fossil 74.58 / 1008.63 for the worked row split in two', () => {
    const totals = sumEnergy([
      { ...none, coalT: 1000, electricityMwh: 400, nonFossilMwh: 200 },
      { ...none, gas10kM3: 10, electricityMwh: 600, biomassT: 100 },
    ]);
    expect(totals.tce.total).toBe(1008.63);
    expect(totals.coalShare).toBe(0.7082);
    expect(totals.nonFossilShare).toBe(0.0739);
  });

  it('sumEnergy: each row’s green power is capped at its own electricity before summing', () => {
    const totals = sumEnergy([
      { ...none, electricityMwh: 100, nonFossilMwh: 300 },
      { ...none, electricityMwh: 500 },
    ]);
    expect(totals.tce.nonFossil).toBe(12.29);
  });

  it('sumEnergy of nothing has no shares', () => {
    expect(sumEnergy([])).toMatchObject({ coalShare: null, nonFossilShare: null });
  });
});

describe('coal substitution (T6.1)', () => {
  it('ratio and the 1:1 boundary', () => {
    expect(substitutionRatio(1000, 800)).toBe(0.8);
    expect(substitutionRatio(0, 10)).toBeNull();
    expect(substitutionShort(1000, 1000)).toBe(false);
    expect(substitutionShort(1000, 999.999)).toBe(true);
    expect(substitutionShort(0, 0)).toBe(false);
  });

  it('coalCover counts approved or built projects decided in the year or the year before', () => {
    const projects = [
      { status: 'approved', decidedOn: '2022-01-01', newCoalT: 100 },
      { status: 'built', decidedOn: '2023-12-31', newCoalT: 50 },
      { status: 'approved', decidedOn: '2021-12-31', newCoalT: 1000 },
      { status: 'applied', decidedOn: '2023-05-01', newCoalT: 1000 },
      { status: 'approved', decidedOn: null, newCoalT: 1000 },
    ];
    expect(coalCover(projects, 2023)).toBe(150);
  });
});

describe('task 8 furnaces and fuels', () => {
  it.each([
    ['熔化炉', true],
    ['1# 中频熔化炉', true],
    ['热处理炉', true],
    ['加热炉', true],
    ['干燥炉', true],
    ['烘干窑', true],
    ['冲天炉', true],
    ['Heat-treatment furnace', true],
    ['石灰窑', false],
    ['隧道窑', false],
    ['供热/工艺蒸汽', false],
  ])('%s → %s', (purpose, expected) => {
    expect(isT81Furnace(purpose)).toBe(expected);
  });

  it('coal and fuel oil are high-polluting; gas, coke-oven gas, biomass and electricity are not', () => {
    expect(isHighPollutingFuel('coal')).toBe(true);
    expect(isHighPollutingFuel('fuel-oil')).toBe(true);
    for (const fuel of ['natural-gas', 'coke-oven-gas', 'biomass', 'electricity', 'waste-heat'] as const)
      expect(isHighPollutingFuel(fuel)).toBe(false);
  });
});
