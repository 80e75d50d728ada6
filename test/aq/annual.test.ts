import { describe, expect, it } from 'vitest';
import {
  annualStatistic,
  MIN_DAYS_IN_FEBRUARY,
  MIN_DAYS_PER_MONTH,
  MIN_DAYS_PER_YEAR,
  yearCoverage,
  type DailyValue,
} from '../../server/aq/annual.ts';
import { isUnsupported } from '../../server/aq/standards-edition.ts';

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every date of `year`; in month m the first validPerMonth[m−1] days (default: all) carry
 * `valueOnDay(dayIndex)`, the rest are null.
 */
function createYear(
  year: number,
  validPerMonth: readonly (number | undefined)[] = [],
  valueOnDay: (dayOfYear: number) => number = () => 30,
): DailyValue[] {
  const days: DailyValue[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const length = daysIn(year, month);
    const valid = validPerMonth[month - 1] ?? length;
    for (let day = 1; day <= length; day += 1) {
      days.push({ date: isoDate(year, month, day), value: day <= valid ? valueOnDay(days.length) : null });
    }
  }
  return days;
}

/** Per-month counts with every month at its minimum (27, Feb 25), plus extra days in January. */
function minimumMonths(extraInJanuary: number): number[] {
  return Array.from({ length: 12 }, (_, index) => (index === 1 ? 25 : 27) + (index === 0 ? extraInJanuary : 0));
}

describe('yearCoverage: the 324-day rule', () => {
  it('uses 324 / 27 / 25', () => {
    expect([MIN_DAYS_PER_YEAR, MIN_DAYS_PER_MONTH, MIN_DAYS_IN_FEBRUARY]).toEqual([324, 27, 25]);
  });

  it('fails with 323 valid days even when every month meets its minimum', () => {
    // 11·27 + 25 = 322, + 1 = 323
    const coverage = yearCoverage(2023, createYear(2023, minimumMonths(1)));
    expect(coverage.validDays).toBe(323);
    expect(coverage.valid).toBe(false);
    expect(coverage.problems).toEqual([{ code: 'too-few-days', count: 323, required: 324 }]);
  });

  it('passes with 324 valid days and every month at its minimum', () => {
    const coverage = yearCoverage(2023, createYear(2023, minimumMonths(2)));
    expect(coverage.validDays).toBe(324);
    expect(coverage.valid).toBe(true);
    expect(coverage.problems).toEqual([]);
  });
});

describe('yearCoverage: the monthly rule', () => {
  it('fails a month with 26 valid days, naming it', () => {
    const months: (number | undefined)[] = [];
    months[6] = 26; // July
    const coverage = yearCoverage(2023, createYear(2023, months));
    expect(coverage.validDays).toBe(365 - 5);
    expect(coverage.problems).toEqual([{ code: 'month-short', month: 7, count: 26, required: 27 }]);
  });

  it('passes a month with 27 valid days', () => {
    const months: (number | undefined)[] = [];
    months[6] = 27;
    expect(yearCoverage(2023, createYear(2023, months)).valid).toBe(true);
  });

  it.each([2023, 2024])('fails February with 24 valid days (%i)', (year) => {
    const coverage = yearCoverage(year, createYear(year, [undefined, 24]));
    expect(coverage.problems).toEqual([{ code: 'month-short', month: 2, count: 24, required: 25 }]);
  });

  it.each([2023, 2024])('passes February with 25 valid days (%i; 25 applies in leap years too)', (year) => {
    expect(yearCoverage(year, createYear(year, [undefined, 25])).valid).toBe(true);
  });

  it('lists every short month', () => {
    const coverage = yearCoverage(
      2023,
      createYear(2023, [
        0,
        24,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        10,
      ]),
    );
    expect(
      coverage.problems
        .filter((problem) => problem.code === 'month-short')
        .map((problem) => problem.code === 'month-short' && problem.month),
    ).toEqual([1, 2, 12]);
  });
});

describe('yearCoverage: bad dates', () => {
  it('reports malformed, out-of-year and duplicate dates as problems', () => {
    const days = [
      ...createYear(2023),
      { date: '2023-02-30', value: 1 },
      { date: '2023/03/01', value: 1 },
      { date: '2022-12-31', value: 1 },
      { date: '2023-05-05', value: 1 },
    ];
    const coverage = yearCoverage(2023, days);
    expect(coverage.valid).toBe(false);
    expect(coverage.problems).toEqual([
      { code: 'malformed-date', date: '2023-02-30' },
      { code: 'malformed-date', date: '2023/03/01' },
      { code: 'date-outside-year', date: '2022-12-31' },
      { code: 'duplicate-date', date: '2023-05-05' },
    ]);
    expect(coverage.validDays).toBe(365);
  });

  it('does not count null, negative or NaN values', () => {
    const days = createYear(2023).map((day, index) =>
      index < 3 ? { ...day, value: [null, -1, NaN][index] ?? null } : day,
    );
    expect(yearCoverage(2023, days).validDays).toBe(362);
  });
});

describe('annualStatistic', () => {
  it('gives the annual mean for PM2.5 and compares with 35', () => {
    const result = annualStatistic(
      'PM2.5',
      2023,
      createYear(2023, [], () => 30),
    );
    expect(result).toMatchObject({ valid: true, statistic: 'annual-mean', value: 30, limit: 35, meetsLimit: true });
  });

  it('gives the annual mean over valid days only', () => {
    // January: 31 days at 100, the rest of the year at 10 → (31·100 + 334·10) / 365
    const result = annualStatistic(
      'PM10',
      2023,
      createYear(2023, [], (day) => (day < 31 ? 100 : 10)),
    );
    expect(result.value).toBeCloseTo((3100 + 3340) / 365, 12);
  });

  it('gives the CO 95th percentile of 24-h means and compares with 4 mg/m³', () => {
    // Values (j)/100 for day j = 1 … 365; k = 1 + 364·0.95 = 346.8 → 3.46 + 0.8·0.01 = 3.468
    const result = annualStatistic(
      'CO',
      2023,
      createYear(2023, [], (day) => (day + 1) / 100),
    );
    expect(result.statistic).toBe('p95-24h-mean');
    expect(result.value).toBeCloseTo(3.468, 12);
    expect(result).toMatchObject({ limit: 4, meetsLimit: true });
  });

  it('gives the O3 90th percentile of daily max 8-h means and compares with 160', () => {
    // Values j = 1 … 365; k = 1 + 364·0.9 = 328.6 → 328 + 0.6·1 = 328.6
    const result = annualStatistic(
      'O3',
      2023,
      createYear(2023, [], (day) => day + 1),
    );
    expect(result.statistic).toBe('p90-daily-max-8h');
    expect(result.value).toBeCloseTo(328.6, 12);
    expect(result).toMatchObject({ limit: 160, meetsLimit: false });
  });

  it('flags a short year: value null, provisional figure and reasons', () => {
    const months: (number | undefined)[] = [];
    months[10] = 20; // November
    const result = annualStatistic(
      'NO2',
      2023,
      createYear(2023, months, () => 25),
    );
    expect(result.valid).toBe(false);
    expect(result.value).toBeNull();
    expect(result).toMatchObject({ provisionalValue: 25, limit: 40 });
    expect(result.coverage.problems).toEqual([{ code: 'month-short', month: 11, count: 20, required: 27 }]);
  });

  it('uses Class I limits when asked', () => {
    expect(annualStatistic('SO2', 2023, createYear(2023), { airClass: 1 }).limit).toBe(20);
  });

  it('is unsupported under the 2026 edition', () => {
    expect(isUnsupported(annualStatistic('PM2.5', 2027, createYear(2027), { edition: '2026' }))).toBe(true);
  });
});
