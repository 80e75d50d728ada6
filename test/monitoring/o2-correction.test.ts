import { describe, expect, it } from 'vitest';
import { judgeHour, judgeValue } from '../../server/monitoring/judge-hour.ts';
import { correctToReferenceO2 } from '../../server/monitoring/o2-correction.ts';
import { reading } from './stack-fixtures.ts';

describe('O2 correction', () => {
  it('converts to the reference O2: 12 mg/m³ at 11 % → 13.2 at 10 %', () => {
    expect(correctToReferenceO2(12, 11, 10)).toBeCloseTo(13.2, 10);
  });
  it('lowers a value measured below the reference O2: 30 at 3 % → 30 × 15 / 18 = 25 at 6 %', () => {
    expect(correctToReferenceO2(30, 3, 6)).toBeCloseTo(25, 10);
  });
  it('leaves the value as measured without a reference O2', () => {
    expect(correctToReferenceO2(12, null, null)).toBe(12);
    expect(correctToReferenceO2(12, 25, null)).toBe(12);
  });
  it('is undefined when O2 is missing, ≥ 21 % or negative', () => {
    expect(correctToReferenceO2(12, null, 10)).toBeNull();
    expect(correctToReferenceO2(12, 21, 10)).toBeNull();
    expect(correctToReferenceO2(12, 22, 10)).toBeNull();
    expect(correctToReferenceO2(12, -1, 10)).toBeNull();
  });
});

describe('judging an hour', () => {
  const outlet = { limits: { pm: 30, so2: 50, nox: 500 }, uleLimits: { pm: 10, so2: 30 }, referenceO2: 8 };

  it('judges against the ULE limit where set, else the standard’s', () => {
    // 9 at 10.5 % O2 → 9 × 13 / 10.5 = 11.143 at 8 %: above the ULE 10 though below the standard's 30
    const hour = judgeHour(reading('2023-05-01T10:00', { pm: 9, so2: 20, nox: 140, o2: 10.5 }), outlet);
    expect(hour.pm).toEqual({ measured: 9, corrected: 11.143, flag: 'N', limit: 10, over: true });
    expect(hour.so2.limit).toBe(30);
    expect(hour.so2.over).toBe(false);
    expect(hour.nox.limit).toBe(500); // no ULE NOx limit given: the standard's
    expect(hour.nox.over).toBe(false);
  });

  it('does not judge a value flagged other than N, nor one without O2', () => {
    const flagged = judgeValue(reading('t', { pm: 99, flags: { pm: 'M' } }), 'pm', outlet);
    expect(flagged).toEqual({ measured: 99, corrected: null, flag: 'M', limit: 10, over: false });
    const noO2 = judgeValue(reading('t', { pm: 99, o2: null }), 'pm', outlet);
    expect(noO2.corrected).toBeNull();
    expect(noO2.over).toBe(false);
  });

  it('a value equal to the limit is not over it', () => {
    const atLimit = judgeValue(reading('t', { pm: 20 }), 'pm', {
      limits: { pm: 20 },
      uleLimits: null,
      referenceO2: null,
    });
    expect(atLimit.over).toBe(false);
    expect(
      judgeValue(reading('t', { pm: 20.01 }), 'pm', { limits: { pm: 20 }, uleLimits: null, referenceO2: null }).over,
    ).toBe(true);
  });

  it('a pollutant without any limit is never over', () => {
    const v = judgeValue(reading('t', { so2: 900 }), 'so2', { limits: { pm: 20 }, uleLimits: null, referenceO2: null });
    expect(v).toMatchObject({ limit: null, over: false, corrected: 900 });
  });
});
