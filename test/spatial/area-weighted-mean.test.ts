import { describe, expect, it } from 'vitest';
import { areaWeightedMean } from '../../server/spatial/area-weighted-mean.ts';

describe('areaWeightedMean', () => {
  it('weights values by area and leaves out parts without a value, renormalising', () => {
    expect(
      areaWeightedMean([
        { areaKm2: 10, value: 6 },
        { areaKm2: 30, value: 8 },
        { areaKm2: 5, value: null },
      ]),
    ).toEqual({ value: 7.5, coverageKm2: 40 });
  });

  it('differs from the plain mean of the values when areas differ', () => {
    const parts = [
      { areaKm2: 300, value: 4 },
      { areaKm2: 7, value: 9 },
    ];
    expect(areaWeightedMean(parts).value).toBeCloseTo((300 * 4 + 7 * 9) / 307, 12);
    expect(areaWeightedMean(parts).value).not.toBeCloseTo(6.5, 1);
  });

  it('is null when nothing with a positive area has a value', () => {
    expect(areaWeightedMean([])).toEqual({ value: null, coverageKm2: 0 });
    expect(
      areaWeightedMean([
        { areaKm2: 0, value: 5 },
        { areaKm2: 3, value: null },
      ]),
    ).toEqual({ value: null, coverageKm2: 0 });
  });
});
