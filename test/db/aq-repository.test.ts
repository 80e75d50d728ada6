import { describe, expect, it } from 'vitest';
import { yearCoverage, type DailyValue } from '../../server/aq/annual.ts';
import type { DailyFigure } from '../../server/aq/daily-figure.ts';
import { addDays, datesBetween, dayCount } from '../../server/time/cst.ts';
import { districtDailyStatistics, districtFigure } from '../../server/services/aq/district-daily-statistics.ts';
import { readHourlyDays } from '../../server/db/aq/hourly-days.ts';
import { readPlanPollutantTargets } from '../../server/db/aq/stations.ts';
import { coverageSoFar, describeProblem, progressOf } from '../../server/services/aq/year-progress.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';

/** An empty migrated database with one township and the stations given. */
function createDb(stationCodes: readonly string[]): Db {
  const db = openDatabase(':memory:');
  migrate(db);
  db.prepare(
    `INSERT INTO townships (code, code12, name, name_en, kind, lon, lat, geometry, min_lon, min_lat, max_lon, ` +
      `max_lat, area_km2, provenance, source)
     VALUES ('140902001', '140902001000', '测试街道', 'Test', 'subdistrict', 112.7, 38.4, '{}', 112, 38, 113, 39, ` +
      `1, 'synthetic', 'test')`,
  ).run();
  const insert = db.prepare(
    `INSERT INTO stations (code, name, kind, township_code, lon, lat, status, stopped_on, provenance, ` +
      `readings_provenance, source)
     VALUES (?, ?, 'national', '140902001', 112.7, 38.4, 'active', NULL, 'synthetic', 'synthetic', 'test')`,
  );
  for (const code of stationCodes) insert.run(code, `站${code}`);
  return db;
}

/** Inserts a reading with every pollutant set to `value` (null: a row of NULLs). */
function insertReading(db: Db, station: string, ts: string, value: number | null): void {
  db.prepare(
    'INSERT INTO station_readings (station_code, ts, so2, no2, pm10, pm25, co, o3) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(station, ts, value, value, value, value, value, value);
}

/** The hour-ending labels of day `date`: `date T01:00 … (date+1) T00:00`. */
function labelsOf(date: string): string[] {
  return Array.from({ length: 24 }, (_, slot) =>
    slot === 23 ? `${addDays(date, 1)}T00:00` : `${date}T${String(slot + 1).padStart(2, '0')}:00`,
  );
}

describe('readHourlyDays', () => {
  it('puts the rows D T01:00 … (D+1) T00:00 into slots 0 … 23 of day D', () => {
    const db = createDb(['A']);
    labelsOf('2023-03-01').forEach((ts, slot) => insertReading(db, 'A', ts, slot + 1));
    const [day] = readHourlyDays(db, ['A'], { from: '2023-03-01', to: '2023-03-01' }).get('A') ?? [];
    expect(day?.date).toBe('2023-03-01');
    expect(day?.data['PM2.5']).toEqual(Array.from({ length: 24 }, (_, slot) => slot + 1));
    expect(day?.data.CO).toEqual(day?.data.SO2);
    expect(day?.hoursWithData).toBe(24);
  });

  it('leaves out the row labelled D T00:00 (it closes the previous day)', () => {
    const db = createDb(['A']);
    insertReading(db, 'A', '2023-03-01T00:00', 99);
    const [day] = readHourlyDays(db, ['A'], { from: '2023-03-01', to: '2023-03-01' }).get('A') ?? [];
    expect(day?.data['PM2.5']).toEqual(new Array(24).fill(null));
    expect(day?.hoursWithData).toBe(0);
  });

  it('gives O3 of the previous day’s hours labelled 18:00 … 24:00, before the range too', () => {
    const db = createDb(['A']);
    insertReading(db, 'A', '2023-02-28T17:00', 1); // 8 hours before: outside the 7
    for (let hour = 18; hour <= 23; hour += 1) insertReading(db, 'A', `2023-02-28T${hour}:00`, hour);
    insertReading(db, 'A', '2023-03-01T00:00', 24);
    const days = readHourlyDays(db, ['A'], { from: '2023-03-01', to: '2023-03-02' }).get('A') ?? [];
    expect(days[0]?.data.O3PreviousDayLast7).toEqual([18, 19, 20, 21, 22, 23, 24]);
    expect(days[1]?.data.O3PreviousDayLast7).toEqual(new Array(7).fill(null));
  });

  it('chains days: the next day’s lead-in is the last 7 slots of the day before', () => {
    const db = createDb(['A']);
    labelsOf('2023-03-01').forEach((ts, slot) => insertReading(db, 'A', ts, 100 + slot));
    const days = readHourlyDays(db, ['A'], { from: '2023-03-01', to: '2023-03-02' }).get('A') ?? [];
    expect(days[1]?.data.O3PreviousDayLast7).toEqual(days[0]?.data.O3?.slice(17));
  });

  it('turns missing rows and NULL values into null slots', () => {
    const db = createDb(['A']);
    const labels = labelsOf('2023-03-01');
    labels.forEach((ts, slot) => {
      if (slot !== 5) insertReading(db, 'A', ts, slot === 6 ? null : 10);
    });
    const [day] = readHourlyDays(db, ['A'], { from: '2023-03-01', to: '2023-03-01' }).get('A') ?? [];
    expect(day?.data.NO2?.[5]).toBeNull();
    expect(day?.data.NO2?.[6]).toBeNull();
    expect(day?.data.NO2?.filter((value) => value === 10)).toHaveLength(22);
    expect(day?.hoursWithData).toBe(22);
  });

  it('keeps each station’s rows apart and gives a station without rows days of nulls', () => {
    const db = createDb(['A', 'B', 'C']);
    insertReading(db, 'A', '2023-03-01T12:00', 1);
    insertReading(db, 'B', '2023-03-01T12:00', 2);
    const result = readHourlyDays(db, ['A', 'B', 'C'], { from: '2023-03-01', to: '2023-03-03' });
    expect([...result.keys()]).toEqual(['A', 'B', 'C']);
    expect(result.get('A')?.[0]?.data.SO2?.[11]).toBe(1);
    expect(result.get('B')?.[0]?.data.SO2?.[11]).toBe(2);
    expect(result.get('C')?.map((day) => day.date)).toEqual(['2023-03-01', '2023-03-02', '2023-03-03']);
    expect(result.get('C')?.every((day) => day.hoursWithData === 0)).toBe(true);
  });

  it('crosses a year end', () => {
    const db = createDb(['A']);
    insertReading(db, 'A', '2024-01-01T00:00', 7);
    const days = readHourlyDays(db, ['A'], { from: '2023-12-31', to: '2024-01-01' }).get('A') ?? [];
    expect(days[0]?.data.PM10?.[23]).toBe(7);
    expect(days[1]?.data.O3PreviousDayLast7?.[6]).toBe(7);
  });
});

describe('readPlanPollutantTargets', () => {
  it('reads the plan’s own pollutant targets only', () => {
    const db = createDb([]);
    const insert = db.prepare(
      `INSERT INTO plan_targets (id, position, subject, statistic, limit_value, unit, basis, standard, strength, ` +
        `name_zh, name_en, quote)
       VALUES (?, ?, ?, 'annual-mean', ?, 'µg/m³', ?, NULL, 'strive', 'x', 'x', ?)`,
    );
    insert.run('pm25', 1, 'PM2.5', 35, 'plan', 'PM2.5 35');
    insert.run('pm10', 2, 'PM10', 70, 'standard', 'PM10 70');
    insert.run('dust', 3, 'dustfall', 7, 'plan', 'dust 7');
    expect(readPlanPollutantTargets(db)).toEqual({ 'PM2.5': { value: 35, strength: 'strive', quote: 'PM2.5 35' } });
  });
});

describe('district daily values', () => {
  const valid = (value: number): DailyFigure => ({ valid: true, value, basis: 'enough-data', count: 24, required: 20 });
  const invalid: DailyFigure = { valid: false, value: null, provisionalValue: 500, count: 19, required: 20 };

  it('are the mean of the stations’ valid values', () => {
    expect(districtFigure([valid(30), valid(41), valid(52)])).toEqual({
      valid: true,
      value: 41,
      basis: 'enough-data',
      count: 3,
      required: 1,
    });
  });

  it('leave out invalid and absent station values (no provisional value leaks in)', () => {
    expect(districtFigure([valid(30), invalid, undefined, valid(40)]).value).toBe(35);
  });

  it('are invalid when no station has a valid value', () => {
    expect(districtFigure([invalid, undefined])).toEqual({
      valid: false,
      value: null,
      provisionalValue: null,
      count: 0,
      required: 1,
    });
  });

  it('average O3 as the mean of the stations’ daily max 8-h means', () => {
    const day = districtDailyStatistics([
      { means: { 'PM2.5': valid(30) }, o3Max8h: valid(150), o3Max1h: valid(180) },
      { means: { 'PM2.5': invalid }, o3Max8h: valid(170), o3Max1h: invalid },
    ]);
    expect(day.means['PM2.5']?.value).toBe(30);
    expect(day.o3Max8h?.value).toBe(160);
    expect(day.o3Max1h?.value).toBe(180);
    expect(day.means.SO2?.valid).toBe(false);
  });

  it('average exactly: 0.1 and 1.1 mg/m³ CO give 0.6', () => {
    expect(districtFigure([valid(0.1), valid(1.1)]).value).toBe(0.6);
  });
});

/** Daily values of `year` up to `to`; the listed dates are invalid. */
function createDays(year: number, to: string, invalidDates: readonly string[] = []): DailyValue[] {
  return datesBetween(`${year}-01-01`, to).map((date) => ({ date, value: invalidDates.includes(date) ? null : 30 }));
}

describe('coverageSoFar', () => {
  it('equals the standard rule on a whole year', () => {
    const invalid = datesBetween('2023-03-01', '2023-03-05');
    const coverage = yearCoverage(2023, createDays(2023, '2023-12-31', invalid));
    expect(coverageSoFar(coverage, '2023-12-31')).toEqual(coverage);
    expect(coverage.problems).toEqual([{ code: 'month-short', month: 3, count: 26, required: 27 }]);
  });

  it('does not judge months after the last day, nor the 324 days the year still has time for', () => {
    const coverage = coverageSoFar(yearCoverage(2023, createDays(2023, '2023-06-30')), '2023-06-30');
    expect(coverage.valid).toBe(true);
    expect(coverage.validDays).toBe(181);
  });

  it('flags the current month once it can no longer reach 27 valid days', () => {
    const fourMissing = datesBetween('2023-03-01', '2023-03-04');
    const fiveMissing = datesBetween('2023-03-01', '2023-03-05');
    const stillPossible = coverageSoFar(yearCoverage(2023, createDays(2023, '2023-03-10', fourMissing)), '2023-03-10');
    const tooLate = coverageSoFar(yearCoverage(2023, createDays(2023, '2023-03-10', fiveMissing)), '2023-03-10');
    expect(stillPossible.valid).toBe(true);
    expect(tooLate.problems).toEqual([{ code: 'month-short', month: 3, count: 5, required: 27 }]);
  });

  it('flags February below 25', () => {
    const missing = datesBetween('2023-02-01', '2023-02-04');
    expect(coverageSoFar(yearCoverage(2023, createDays(2023, '2023-02-28', missing)), '2023-02-28').problems).toEqual([
      { code: 'month-short', month: 2, count: 24, required: 25 },
    ]);
  });

  it('flags the year once more than 365 − 324 = 41 days are missing, with no month short', () => {
    // The most each month may miss: 4 in 31-day months, 3 in 30-day months and February: 39 by November.
    const perMonth = [4, 3, 4, 3, 4, 3, 4, 4, 3, 4, 3];
    const missing = perMonth.flatMap((count, index) => {
      const month = String(index + 1).padStart(2, '0');
      return datesBetween(`2023-${month}-01`, `2023-${month}-0${count}`);
    });
    const to = '2023-12-10';
    const fortyOne = coverageSoFar(
      yearCoverage(2023, createDays(2023, to, [...missing, '2023-12-01', '2023-12-02'])),
      to,
    );
    const fortyTwo = coverageSoFar(
      yearCoverage(2023, createDays(2023, to, [...missing, ...datesBetween('2023-12-01', '2023-12-03')])),
      to,
    );
    expect(fortyOne.valid).toBe(true);
    expect(fortyTwo.problems).toEqual([
      { code: 'too-few-days', count: dayCount('2023-01-01', to) - 42, required: 324 },
    ]);
  });
});

describe('progressOf', () => {
  it('is pass up to 90 % of the target, at-risk up to it, fail above, no-data without a figure', () => {
    expect(progressOf(31.5, 35)).toBe('pass');
    expect(progressOf(31.6, 35)).toBe('at-risk');
    expect(progressOf(35, 35)).toBe('at-risk');
    expect(progressOf(35.01, 35)).toBe('fail');
    expect(progressOf(null, 35)).toBe('no-data');
  });
});

describe('describeProblem', () => {
  it('names the month', () => {
    expect(describeProblem({ code: 'month-short', month: 3, count: 26, required: 27 }, 2023)).toBe(
      '2023-03: 26 valid days, 27 required',
    );
  });
});
