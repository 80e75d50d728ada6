import { describe, expect, it } from 'vitest';
import { aqiDayCounts } from '../../server/aq/aqi-day-counts.ts';
import { isUnsupported } from '../../server/aq/standards-edition.ts';

describe('aqiDayCounts', () => {
  it('counts days per level with inclusive upper bounds', () => {
    const counts = aqiDayCounts([0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500]);
    expect(counts.byLevel).toEqual({ 1: 2, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2 });
  });

  it('gives the good-day ratio over days with a valid AQI only', () => {
    // valid: 40, 100, 101 → good 2 of 3; missing: null, −1, NaN
    const counts = aqiDayCounts([40, 100, 101, null, -1, NaN]);
    expect(counts).toMatchObject({ validDays: 3, missingDays: 3, goodDays: 2 });
    expect(counts.goodDayRatio).toBeCloseTo(2 / 3, 15);
  });

  it('gives a null ratio when no day has a valid AQI', () => {
    expect(aqiDayCounts([null, null]).goodDayRatio).toBeNull();
    expect(aqiDayCounts([]).goodDayRatio).toBeNull();
  });

  it('counts 100 as good and 101 as not', () => {
    expect(aqiDayCounts([100]).goodDays).toBe(1);
    expect(aqiDayCounts([101]).goodDays).toBe(0);
  });

  it('is unsupported under the 2026 edition', () => {
    expect(isUnsupported(aqiDayCounts([50], { edition: '2026' }))).toBe(true);
  });
});
