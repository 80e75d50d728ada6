import { describe, expect, it } from 'vitest';
import { ceilDivide, compareWithInteger, meanOfDecimals, rationalFromNumber } from '../../server/aq/rational.ts';
import { roundIaqi } from '../../server/aq/round-iaqi.ts';

describe('rationalFromNumber', () => {
  it.each([
    [2.2, 22n, 10n],
    [0, 0n, 1n],
    [-0, 0n, 1n],
    [65.4, 654n, 10n],
    [-1.25, -125n, 100n],
    [1e21, 10n ** 21n, 1n],
    [1.5e-7, 15n, 10n ** 8n],
    [123, 123n, 1n],
  ])('%f → %i / %i', (value, numerator, denominator) => {
    expect(rationalFromNumber(value)).toEqual({ numerator, denominator });
  });

  it.each([NaN, Infinity, -Infinity])('%f → null', (value) => {
    expect(rationalFromNumber(value)).toBeNull();
  });
});

describe('ceilDivide and compareWithInteger', () => {
  it.each([
    [7n, 2n, 4n],
    [8n, 2n, 4n],
    [-7n, 2n, -3n],
    [0n, 5n, 0n],
    [1n, 1000n, 1n],
  ])('⌈%i / %i⌉ = %i', (numerator, denominator, expected) => {
    expect(ceilDivide(numerator, denominator)).toBe(expected);
  });

  it('rejects a non-positive denominator', () => {
    expect(() => ceilDivide(1n, 0n)).toThrow(RangeError);
  });

  it('compares with an integer', () => {
    expect(compareWithInteger({ numerator: 22n, denominator: 10n }, 2n)).toBe(1);
    expect(compareWithInteger({ numerator: 20n, denominator: 10n }, 2n)).toBe(0);
    expect(compareWithInteger({ numerator: 19n, denominator: 10n }, 2n)).toBe(-1);
  });
});

describe('roundIaqi', () => {
  it('rounds up, and leaves exact integers alone', () => {
    expect(roundIaqi({ numerator: 1001n, denominator: 20n })).toBe(51);
    expect(roundIaqi({ numerator: 110n, denominator: 2n })).toBe(55);
    expect(roundIaqi({ numerator: 1n, denominator: 2n })).toBe(1);
  });
});

describe('meanOfDecimals', () => {
  it('gives the decimal mean where naive summation drifts', () => {
    expect((0.1 + 1.1) / 2).not.toBe(0.6); // the trap
    expect(meanOfDecimals([0.1, 1.1])).toBe(0.6);
    expect(meanOfDecimals(new Array<number>(24).fill(0.4))).toBe(0.4);
  });

  it('means mixed precisions', () => {
    expect(meanOfDecimals([1, 2.5, 3.25])).toBe(2.25); // 6.75 / 3
  });

  it('rejects empty input and non-finite values', () => {
    expect(() => meanOfDecimals([])).toThrow(RangeError);
    expect(() => meanOfDecimals([1, NaN])).toThrow(RangeError);
  });
});
