import { describe, expect, it } from 'vitest';
import { checkFailedItems } from '../../server/fuel/check-failed-items.ts';
import { brokenLimit, fuelLimits } from '../../server/fuel/fuel-limits.ts';

describe('fuel limits', () => {
  it('lists the 国VI sulphur limit of 10 mg/kg for every gasoline and diesel and the benzene limit of 0.8 %', () => {
    for (const product of [
      'gasoline-92',
      'gasoline-95',
      'gasoline-98',
      'diesel-0',
      'diesel-minus10',
      'diesel-minus20',
    ] as const) {
      expect(fuelLimits[product].find((l) => l.item === '硫含量')).toMatchObject({ max: 10, unit: 'mg/kg' });
    }
    expect(fuelLimits['gasoline-92'].find((l) => l.item === '苯含量')?.max).toBe(0.8);
  });

  it('breaks a maximum above it and a minimum below it; the limit itself is within', () => {
    const sulphur = { item: '硫含量', unit: 'mg/kg', max: 10 };
    expect(brokenLimit(sulphur, 10)).toBeNull();
    expect(brokenLimit(sulphur, 10.01)).toBe(10);
    const cetane = { item: '十六烷值', unit: '', min: 51 };
    expect(brokenLimit(cetane, 51)).toBeNull();
    expect(brokenLimit(cetane, 50.9)).toBe(51);
    const urea = fuelLimits.urea[0];
    expect(urea && brokenLimit(urea, 31.7)).toBe(31.8);
    expect(urea && brokenLimit(urea, 33.3)).toBe(33.2);
    expect(urea && brokenLimit(urea, 32.5)).toBeNull();
  });
});

describe('checkFailedItems', () => {
  it('fills the limit and unit from the table', () => {
    expect(checkFailedItems('gasoline-95', [{ item: '研究法辛烷值', value: 93.5 }])).toEqual({
      ok: true,
      items: [{ item: '研究法辛烷值', value: 93.5, limit: 95, unit: '' }],
    });
  });

  it('refuses an item of another product, a repeated item, a value within the limit and a wrong limit', () => {
    const problem = (r: ReturnType<typeof checkFailedItems>) => (r.ok ? null : r.problem.en);
    expect(problem(checkFailedItems('urea', [{ item: '硫含量', value: 20 }]))).toMatch(/not a supported item/);
    expect(
      problem(
        checkFailedItems('diesel-0', [
          { item: '硫含量', value: 20 },
          { item: '硫含量', value: 30 },
        ]),
      ),
    ).toMatch(/twice/);
    expect(problem(checkFailedItems('diesel-0', [{ item: '硫含量', value: 9 }]))).toMatch(/within the limit/);
    expect(problem(checkFailedItems('diesel-0', [{ item: '硫含量', value: 20, limit: 50 }]))).toMatch(/limit/);
    expect(problem(checkFailedItems('diesel-minus20', [{ item: '十六烷值', value: 50 }]))).toMatch(/within the limit/);
  });
});
