import { describe, expect, it } from 'vitest';
import { comprehensiveIndex, percentile } from '../../server/aq/evaluation.ts';
import { isUnsupported } from '../../server/aq/standards-edition.ts';

describe('percentile (HJ 663-2013 Appendix A)', () => {
  it('reproduces the worked example: {3,4,8,2,5,4}, p90 → 6.5', () => {
    // sorted {2,3,4,4,5,8}; k = 1 + 5·0.9 = 5.5; 5 + (8 − 5)·0.5
    expect(percentile([3, 4, 8, 2, 5, 4], 90)).toBe(6.5);
  });

  it('gives the minimum at p0 and the maximum at p100', () => {
    expect(percentile([3, 4, 8, 2, 5, 4], 0)).toBe(2);
    expect(percentile([3, 4, 8, 2, 5, 4], 100)).toBe(8);
  });

  it('gives the single value for n = 1 at any p', () => {
    for (const p of [0, 50, 90, 95, 100]) expect(percentile([7], p)).toBe(7);
  });

  it('returns X(k) itself when k is an integer', () => {
    // n = 5, p = 50: k = 1 + 4·0.5 = 3 → X(3) = 30
    expect(percentile([50, 10, 40, 20, 30], 50)).toBe(30);
  });

  it('interpolates: 1…20 at p95 → 19.05', () => {
    // k = 1 + 19·0.95 = 19.05 → 19 + (20 − 19)·0.05
    const values = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(values, 95)).toBeCloseTo(19.05, 12);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('returns null for no values', () => {
    expect(percentile([], 90)).toBeNull();
  });

  it('rejects p outside 0–100 and non-finite values', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], NaN)).toThrow(RangeError);
    expect(() => percentile([1, NaN], 50)).toThrow(RangeError);
  });
});

describe('comprehensiveIndex: bulletin checks (domain.md §3.4)', () => {
  it('Heyuan Feb 2022: published 1.73, by hand 1.74375', () => {
    // 3/60 + 13/40 + 16/70 + 13/35 + 0.9/4 + 87/160 = 0.05 + 0.325 + 0.6 + 0.225 + 0.54375
    const result = comprehensiveIndex({ SO2: 3, NO2: 13, PM10: 16, 'PM2.5': 13, CO: 0.9, O3: 87 });
    expect(result.total).toBeCloseTo(1.74375, 9);
    expect(Math.abs(result.total - 1.73)).toBeLessThanOrEqual(0.02);
    expect(result.main).toEqual(['O3']);
  });

  it('unnamed city 2023: published 4.48, by hand 4.489286', () => {
    // 0.2 + 0.775 + 74/70 + 37/35 + 0.35 + 1.05 = 2.375 + 148/70
    const result = comprehensiveIndex({ SO2: 12, NO2: 31, PM10: 74, 'PM2.5': 37, CO: 1.4, O3: 168 });
    expect(result.total).toBeCloseTo(2.375 + 148 / 70, 9);
    expect(Math.abs(result.total - 4.48)).toBeLessThanOrEqual(0.02);
    expect(result.main).toEqual(['PM10', 'PM2.5']); // both 37/35
  });

  it('Inner-Mongolia town Q1: published 3.14, by hand 3.132143', () => {
    // 0.15 + 0.35 + 1.1 + 23/35 + 0.275 + 0.6 = 2.475 + 23/35
    const result = comprehensiveIndex({ SO2: 9, NO2: 14, PM10: 77, 'PM2.5': 23, CO: 1.1, O3: 96 });
    expect(result.total).toBeCloseTo(2.475 + 23 / 35, 9);
    expect(Math.abs(result.total - 3.14)).toBeLessThanOrEqual(0.02);
    expect(result.main).toEqual(['PM10']);
  });
});

describe('comprehensiveIndex: definition', () => {
  it('divides by the annual, CO 24-h and O3 8-h Class II limits', () => {
    const result = comprehensiveIndex({ SO2: 60, NO2: 40, PM10: 70, 'PM2.5': 35, CO: 4, O3: 160 });
    expect(result.divisors).toEqual({ SO2: 60, NO2: 40, PM10: 70, 'PM2.5': 35, CO: 4, O3: 160 });
    expect(result.indices).toEqual({ SO2: 1, NO2: 1, PM10: 1, 'PM2.5': 1, CO: 1, O3: 1 });
    expect(result.total).toBe(6);
    expect(result.main).toEqual(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3']);
  });

  it('rejects negative and non-finite inputs', () => {
    expect(() => comprehensiveIndex({ SO2: -1, NO2: 1, PM10: 1, 'PM2.5': 1, CO: 1, O3: 1 })).toThrow(RangeError);
    expect(() => comprehensiveIndex({ SO2: 1, NO2: 1, PM10: 1, 'PM2.5': NaN, CO: 1, O3: 1 })).toThrow(/PM2\.5/);
  });

  it('is unsupported under the 2026 edition', () => {
    const result = comprehensiveIndex({ SO2: 1, NO2: 1, PM10: 1, 'PM2.5': 1, CO: 1, O3: 1 }, { edition: '2026' });
    expect(isUnsupported(result)).toBe(true);
  });
});
