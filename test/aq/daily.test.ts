import { describe, expect, it } from 'vitest';
import { aqi } from '../../server/aq/aqi.ts';
import {
  dailyAqiInputs,
  dailyMaxOneHour,
  dailyStatistics,
  MIN_HOURS_FOR_24H_MEAN,
  twentyFourHourMean,
} from '../../server/aq/daily.ts';
import { isUnsupported } from '../../server/aq/standards-edition.ts';

/** A day with `valid` hours of `value` followed by missing hours. */
function createDay(valid: number, value: number): (number | null)[] {
  return Array.from({ length: 24 }, (_, slot) => (slot < valid ? value : null));
}

describe('twentyFourHourMean validity', () => {
  it('needs 20 valid hourly values', () => {
    expect(MIN_HOURS_FOR_24H_MEAN).toBe(20);
  });

  it('is valid with 20 values', () => {
    expect(twentyFourHourMean(createDay(20, 30))).toEqual({
      valid: true,
      value: 30,
      basis: 'enough-data',
      count: 20,
      required: 20,
    });
  });

  it('is invalid with 19 values, keeping the figure apart', () => {
    expect(twentyFourHourMean(createDay(19, 30))).toEqual({
      valid: false,
      value: null,
      provisionalValue: 30,
      count: 19,
      required: 20,
    });
  });

  it('is invalid with no values at all', () => {
    expect(twentyFourHourMean(createDay(0, 30))).toEqual({
      valid: false,
      value: null,
      provisionalValue: null,
      count: 0,
      required: 20,
    });
  });

  it('counts negative and non-finite readings as missing', () => {
    const hours = createDay(20, 30);
    hours[0] = -5;
    hours[1] = NaN;
    expect(twentyFourHourMean(hours)).toMatchObject({ valid: false, count: 18 });
  });

  it('rejects a series that is not 24 hours long', () => {
    expect(() => twentyFourHourMean(createDay(20, 30).slice(0, 23))).toThrow(/24 hourly slots/);
  });
});

describe('twentyFourHourMean value', () => {
  it('averages the valid hours only', () => {
    const hours = createDay(20, 10);
    hours[20] = null;
    hours[0] = 50; // (50 + 19·10) / 20 = 12
    expect(twentyFourHourMean(hours).value).toBe(12);
  });

  it('averages decimals exactly: 24 × CO 0.4 → 0.4 → IAQI 10 (naive sum → 11)', () => {
    const mean = twentyFourHourMean(createDay(24, 0.4));
    expect(mean.value).toBe(0.4);
    expect(aqi({ CO: mean.value }, 'daily').aqi).toBe(10); // 0.4·50/2
  });
});

describe('dailyMaxOneHour', () => {
  it('takes the largest valid hour', () => {
    const hours = Array.from({ length: 24 }, (_, slot) => slot * 10);
    expect(dailyMaxOneHour(hours)).toMatchObject({ valid: true, value: 230 });
  });

  it('is invalid with fewer than 20 valid hours (UNCONFIRMED rule)', () => {
    expect(dailyMaxOneHour(createDay(19, 250))).toMatchObject({ valid: false, value: null, provisionalValue: 250 });
  });
});

describe('dailyStatistics and dailyAqiInputs', () => {
  it('computes every pollutant given and feeds only valid figures to the AQI', () => {
    const statistics = dailyStatistics({
      'PM2.5': createDay(24, 75),
      PM10: createDay(19, 400), // invalid day: must not reach the AQI
      O3: createDay(24, 100),
    });
    expect(statistics.means['PM2.5']?.value).toBe(75);
    expect(statistics.means.PM10?.valid).toBe(false);
    expect(statistics.means.SO2).toBeUndefined();
    expect(statistics.o3Max8h?.value).toBe(100);
    expect(statistics.o3Max1h?.value).toBe(100);
    const inputs = dailyAqiInputs(statistics);
    expect(inputs).toEqual({ 'PM2.5': 75, O3: 100, O3_1h: 100 });
    // PM2.5 75 → 100, O3 8-h 100 → 50, O3 1-h 100 → 32 (31.25)
    expect(aqi(inputs, 'daily')).toMatchObject({ aqi: 100, primary: ['PM2.5'] });
  });

  it('has no O3 figures when O3 is absent', () => {
    const statistics = dailyStatistics({ CO: createDay(24, 1) });
    expect(statistics.o3Max8h).toBeUndefined();
    expect(statistics.o3Max1h).toBeUndefined();
  });

  it('is unsupported under the 2026 edition', () => {
    expect(isUnsupported(dailyStatistics({}, { edition: '2026' }))).toBe(true);
  });
});
