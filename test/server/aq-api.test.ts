import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import {
  aqDailyResponseSchema,
  aqEvaluationResponseSchema,
  aqiResponseSchema,
  type AqDailyResponse,
  type AqEvaluationResponse,
} from '../../server/schema/aq.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller, type Requester } from '../helpers/sign-in.ts';

// Oracles below recompute from the raw rows with plain code (floats, SQL), independent of server/aq.

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 }); // the 4 national stations and 9 micro-stations
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
});
afterAll(() => seeded.dispose());

/** A private copy of the seeded database (to modify), with its own app. */
function createCopy(): { db: Db; app: Caller; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lantian-aq-'));
  const file = join(dir, 'copy.db');
  seeded.db.prepare('VACUUM INTO ?').run(file);
  const db = openDatabase(file);
  return {
    db,
    app: asUser(createApp({ db }), db, 'admin'),
    dispose: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type App = Requester;

async function request(path: string, init?: RequestInit, on: App = app): Promise<{ status: number; body: unknown }> {
  const res = await on.request(path, init);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return { status: res.status, body: await res.json() };
}

async function getDaily(query: string, on: App = app): Promise<AqDailyResponse> {
  const { status, body } = await request(`/api/aq/daily?${query}`, undefined, on);
  expect(status, JSON.stringify(body)).toBe(200);
  return aqDailyResponseSchema.parse(body);
}

async function getEvaluation(query: string, on: App = app): Promise<AqEvaluationResponse> {
  const { status, body } = await request(`/api/aq/evaluation?${query}`, undefined, on);
  expect(status, JSON.stringify(body)).toBe(200);
  return aqEvaluationResponseSchema.parse(body);
}

function postAqi(body: unknown, query = ''): Promise<{ status: number; body: unknown }> {
  return request(`/api/aq/aqi${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function expectError(
  response: Promise<{ status: number; body: unknown }>,
  status: number,
  message: RegExp,
): Promise<void> {
  const { status: actual, body } = await response;
  expect(actual, JSON.stringify(body)).toBe(status);
  const error = errorBodySchema.parse(body).error;
  expect(error.code).toBe(status === 404 ? 'not_found' : 'invalid_request');
  expect(error.message).toMatch(message);
}

// ---------------------------------------------------------------------------------------------
// Oracles

type Column = 'so2' | 'no2' | 'pm10' | 'pm25' | 'co' | 'o3';

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The 24 hourly values of `column` on day `date` (rows `date T01:00 … (date+1) T00:00`), null when missing. */
function hoursOf(db: Db, station: string, date: string, column: Column): (number | null)[] {
  const rows = db
    .prepare(`SELECT ts, ${column} AS v FROM station_readings WHERE station_code = ? AND ts >= ? AND ts <= ?`)
    .all(station, `${date}T01:00`, `${nextDay(date)}T00:00`) as { ts: string; v: number | null }[];
  const slots = new Array<number | null>(24).fill(null);
  for (const row of rows) {
    const hour = row.ts.startsWith(date) ? Number(row.ts.slice(11, 13)) : 24;
    slots[hour - 1] = row.v;
  }
  return slots;
}

/** Plain float 24-h mean: the mean of the valid hours when there are ≥ 20 of them, else null. */
function dailyMean(hours: readonly (number | null)[]): number | null {
  const valid = hours.filter((value): value is number => value !== null);
  return valid.length >= 20 ? valid.reduce((a, b) => a + b, 0) / valid.length : null;
}

/** Plain float O3 daily max 8-h: windows ending 8…24 with ≥ 6 of 8 hours; ≥ 14 windows, or the max > 160. */
function dailyMax8h(hours: readonly (number | null)[]): number | null {
  const windows: number[] = [];
  for (let end = 8; end <= 24; end += 1) {
    const valid = hours.slice(end - 8, end).filter((value): value is number => value !== null);
    if (valid.length >= 6) windows.push(valid.reduce((a, b) => a + b, 0) / valid.length);
  }
  if (windows.length === 0) return null;
  const max = Math.max(...windows);
  return windows.length >= 14 || max > 160 ? max : null;
}

/** Every date of 2023 up to `to`. */
function datesOf2023(to = '2023-12-31'): string[] {
  const dates: string[] = [];
  for (let date = '2023-01-01'; date <= to; date = nextDay(date)) dates.push(date);
  return dates;
}

/** Daily values of a station computed by the plain oracle, per date. */
function oracleDays(db: Db, station: string, column: Column, to?: string): Map<string, number | null> {
  const compute = column === 'o3' ? dailyMax8h : dailyMean;
  return new Map(datesOf2023(to).map((date) => [date, compute(hoursOf(db, station, date, column))]));
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** HJ 663-2013 Appendix A, written out independently. */
function percentileOf(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const k = 1 + (sorted.length - 1) * (p / 100);
  const s = Math.floor(k);
  const low = sorted[s - 1] ?? Number.NaN;
  const high = sorted[s] ?? low;
  return low + (high - low) * (k - s);
}

/** PM2.5 IAQI from HJ 633-2012 Table 1 in floats, ceiling with a tolerance for float noise. */
function pm25Iaqi(concentration: number): number {
  const breakpoints = [0, 35, 75, 115, 150, 250, 350, 500];
  const levels = [0, 50, 100, 150, 200, 300, 400, 500];
  for (let index = 1; index < breakpoints.length; index += 1) {
    const [bl, bh, il, ih] = [
      breakpoints[index - 1] ?? 0,
      breakpoints[index] ?? 0,
      levels[index - 1] ?? 0,
      levels[index] ?? 0,
    ];
    if (concentration <= bh) return Math.ceil(il + ((ih - il) * (concentration - bl)) / (bh - bl) - 1e-9);
  }
  return 500;
}

/** A date of 2023 on which `station` has all 24 hourly values of `column`. */
function fullDay(db: Db, station: string, column: Column, after: string): string {
  for (let date = after; date < '2023-12-31'; date = nextDay(date)) {
    if (hoursOf(db, station, date, column).every((value) => value !== null)) return date;
  }
  throw new Error(`no full day of ${column} at ${station} after ${after}`);
}

/** Blanks the given 1-based hours (labels) of `column` on `date`. */
function blankHours(db: Db, station: string, date: string, column: Column, hours: readonly number[]): void {
  const statement = db.prepare(`UPDATE station_readings SET ${column} = NULL WHERE station_code = ? AND ts = ?`);
  for (const hour of hours)
    statement.run(station, hour === 24 ? `${nextDay(date)}T00:00` : `${date}T${String(hour).padStart(2, '0')}:00`);
}

// ---------------------------------------------------------------------------------------------

describe('POST /api/aq/aqi', () => {
  it(
    'reproduces the go-aqi example: hourly PM2.5 16, PM10 88, CO 0.2, SO2 3, NO2 11, O3 75 ' + '→ AQI 69, primary PM10',
    async () => {
      const { status, body } = await postAqi({
        mode: 'hourly',
        concentrations: { 'PM2.5': 16, PM10: 88, CO: 0.2, SO2: 3, NO2: 11, O3: 75 },
      });
      expect(status).toBe(200);
      const report = aqiResponseSchema.parse(body);
      expect(report).toMatchObject({
        mode: 'hourly',
        edition: '2012',
        aqi: 69,
        level: 2,
        category: '良',
        color: '#FFFF00',
        primary: ['PM10'],
        exceeding: [],
      });
    },
  );

  it('computes exactly: daily CO 2.2 mg/m³ → 55 (floats give 56)', async () => {
    const report = aqiResponseSchema.parse((await postAqi({ mode: 'daily', concentrations: { CO: 2.2 } })).body);
    expect(report.aqi).toBe(55);
    expect(report.iaqi.CO).toBe(55);
  });

  it('takes O3_1h as a daily sub-index and null as not measured', async () => {
    const report = aqiResponseSchema.parse(
      (await postAqi({ mode: 'daily', concentrations: { O3: 100, O3_1h: 250, PM10: null } })).body,
    );
    expect(report.iaqi).toEqual({ O3: 50, O3_1h: 125 });
    expect(report.primary).toEqual(['O3_1h']);
    expect(report.exceeding).toEqual(['O3_1h']);
  });

  it('rejects a negative concentration, naming it', async () => {
    await expectError(
      postAqi({ mode: 'hourly', concentrations: { PM10: -1 } }),
      400,
      /concentrations\.PM10: must be a number ≥ 0/,
    );
  });

  it('rejects an unknown pollutant, naming it', async () => {
    await expectError(postAqi({ mode: 'hourly', concentrations: { PM1: 3 } }), 400, /'PM1'/);
  });

  it('rejects a wrong mode', async () => {
    await expectError(postAqi({ mode: 'weekly', concentrations: { CO: 1 } }), 400, /mode: must be 'hourly' or 'daily'/);
  });

  it('rejects a concentration that is not a number', async () => {
    await expectError(postAqi({ mode: 'daily', concentrations: { CO: '1' } }), 400, /concentrations\.CO/);
  });

  it('rejects an input of the other mode, an empty set and a body that is not JSON', async () => {
    await expectError(
      postAqi({ mode: 'hourly', concentrations: { O3_1h: 200 } }),
      400,
      /concentrations\.O3_1h: is accepted only in 'daily' mode/,
    );
    await expectError(postAqi({ mode: 'daily', concentrations: {} }), 400, /concentrations: give at least one/);
    await expectError(postAqi('{"mode":'), 400, /body: malformed JSON \(/);
  });

  it('answers 422 for the 2026 edition, saying what is unsupported', async () => {
    await expectError(
      postAqi({ mode: 'daily', concentrations: { CO: 1 } }, '?edition=2026'),
      422,
      /HJ 633-2026 AQI is not supported/,
    );
    await expectError(
      postAqi({ mode: 'daily', concentrations: { CO: 1 } }, '?edition=2019'),
      400,
      /edition: must be '2012' or '2026'/,
    );
  });
});

describe('GET /api/aq/daily', () => {
  it('equals a recomputation from the raw rows for a winter and a summer day', async () => {
    const body = await getDaily('station=2181A&from=2023-01-15&to=2023-01-15');
    const summer = await getDaily('station=2181A&from=2023-07-20&to=2023-07-20');
    for (const day of [...body.days, ...summer.days]) {
      const pairs = [
        ['SO2', 'so2'],
        ['NO2', 'no2'],
        ['PM10', 'pm10'],
        ['PM2.5', 'pm25'],
        ['CO', 'co'],
      ] as const;
      for (const [pollutant, column] of pairs) {
        const expected = dailyMean(hoursOf(seeded.db, '2181A', day.date, column));
        expect(day.values[pollutant].valid, `${day.date} ${pollutant}`).toBe(expected !== null);
        if (expected !== null) expect(day.values[pollutant].value).toBeCloseTo(expected, 9);
      }
      const o3 = dailyMax8h(hoursOf(seeded.db, '2181A', day.date, 'o3'));
      expect(day.values.O3.value).toBeCloseTo(o3 ?? Number.NaN, 9);
      const pm25 = day.values['PM2.5'].value;
      expect(day.iaqi['PM2.5']).toBe(pm25 === null ? undefined : pm25Iaqi(pm25));
      const subIndices = Object.values(day.iaqi);
      expect(day.aqi).toBe(Math.max(...subIndices));
    }
  });

  it('makes a day with 19 valid hours invalid and keeps one with 20 valid', async () => {
    const copy = createCopy();
    try {
      const nineteen = fullDay(copy.db, '2182A', 'pm25', '2023-04-01');
      const twenty = fullDay(copy.db, '2182A', 'pm25', nextDay(nineteen));
      blankHours(copy.db, '2182A', nineteen, 'pm25', [1, 6, 12, 18, 24]);
      blankHours(copy.db, '2182A', twenty, 'pm25', [1, 6, 12, 24]);
      const body = await getDaily(`station=2182A&from=${nineteen}&to=${twenty}`, copy.app);
      const first = body.days[0];
      const last = body.days.at(-1);
      expect(first?.values['PM2.5']).toMatchObject({ valid: false, value: null, count: 19, required: 20 });
      expect(first?.values['PM2.5'].provisionalValue).toBeCloseTo(
        mean(hoursOf(copy.db, '2182A', nineteen, 'pm25').filter((v) => v !== null)),
        9,
      );
      expect(first?.iaqi['PM2.5']).toBeUndefined();
      expect(last?.values['PM2.5']).toMatchObject({ valid: true, count: 20, required: 20 });
      expect(last?.values['PM2.5'].value).toBeCloseTo(
        dailyMean(hoursOf(copy.db, '2182A', twenty, 'pm25')) ?? Number.NaN,
        9,
      );
    } finally {
      copy.dispose();
    }
  });

  it('serves a whole leap-length range of 366 days and the district from the national stations', async () => {
    const body = await getDaily('scope=district&from=2023-01-01&to=2024-01-01');
    expect(body.days).toHaveLength(366);
    expect(body.stations.map((station) => station.code)).toEqual(['2180A', '2181A', '2182A', '3208A']);
    expect(body.days.at(-1)?.aqi).toBeNull(); // 2024-01-01 has no data
  });

  it('colours each day with the standard colour of its level', async () => {
    const body = await getDaily('station=3208A&from=2023-01-01&to=2023-03-31');
    const colours = { 1: '#00E400', 2: '#FFFF00', 3: '#FF7E00', 4: '#FF0000', 5: '#99004C', 6: '#7E0023' } as const;
    for (const day of body.days) {
      if (day.level === null) continue;
      expect(day.color).toBe(colours[day.level as keyof typeof colours]);
      expect(day.primary.length > 0).toBe((day.aqi ?? 0) > 50);
    }
  });

  it('answers 404 for an unknown station and 400 for bad ranges and parameters', async () => {
    await expectError(
      request('/api/aq/daily?station=9999A&from=2023-01-01&to=2023-01-02'),
      404,
      /no station has code '9999A'/,
    );
    await expectError(
      request('/api/aq/daily?station=2181A&from=2023-01-02&to=2023-01-01'),
      400,
      /from: must not be after to/,
    );
    await expectError(
      request('/api/aq/daily?station=2181A&from=2023-01-01&to=2024-01-02'),
      400,
      /to: range spans 367 days; at most 366/,
    );
    await expectError(
      request('/api/aq/daily?station=2181A&from=2023-02-30&to=2023-03-01'),
      400,
      /from: '2023-02-30' is not a calendar date: 2023-02 has 28 days, not 30/,
    );
    await expectError(request('/api/aq/daily?station=2181A&from=2023-01-01'), 400, /to:/);
    await expectError(request('/api/aq/daily?from=2023-01-01&to=2023-01-02'), 400, /station: is required/);
    await expectError(
      request('/api/aq/daily?station=2181A&scope=district&from=2023-01-01&to=2023-01-02'),
      400,
      /station: must be absent/,
    );
    await expectError(
      request('/api/aq/daily?station=2181A&from=2023-01-01&to=2023-01-02&colour=red'),
      400,
      /unknown query parameter 'colour'/,
    );
  });

  it('answers 422 for the 2026 edition', async () => {
    await expectError(
      request('/api/aq/daily?station=2181A&from=2023-01-01&to=2023-01-02&edition=2026'),
      422,
      /HJ 663-2026 .* is not supported/,
    );
  });
});

describe('GET /api/aq/evaluation of a station', () => {
  it('returns the six pollutants with their statistic, limit and plan target', async () => {
    const body = await getEvaluation('year=2023&station=2181A');
    expect(body.period).toEqual({ from: '2023-01-01', to: '2023-12-31', days: 365, complete: true });
    expect(
      body.pollutants.map((entry) => [
        entry.pollutant,
        entry.statistic,
        entry.limit.value,
        entry.planTarget?.value ?? null,
        entry.unit,
      ]),
    ).toEqual([
      ['SO2', 'annual-mean', 60, 10, 'µg/m³'],
      ['NO2', 'annual-mean', 40, null, 'µg/m³'],
      ['PM10', 'annual-mean', 70, null, 'µg/m³'],
      ['PM2.5', 'annual-mean', 35, 35, 'µg/m³'],
      ['CO', 'p95-24h-mean', 4, null, 'mg/m³'],
      ['O3', 'p90-daily-max-8h', 160, null, 'µg/m³'],
    ]);
    for (const entry of body.pollutants) {
      expect(entry.target).toBe(entry.planTarget?.value ?? entry.limit.value);
      if (entry.value !== null) expect(entry.pass).toBe(entry.value <= entry.target);
    }
  });

  it('computes the statistics from the valid days of the raw rows', async () => {
    const body = await getEvaluation('year=2023&station=2181A');
    const byPollutant = new Map(body.pollutants.map((entry) => [entry.pollutant, entry]));
    const pm25 = [...oracleDays(seeded.db, '2181A', 'pm25').values()].filter((v): v is number => v !== null);
    const co = [...oracleDays(seeded.db, '2181A', 'co').values()].filter((v): v is number => v !== null);
    const o3 = [...oracleDays(seeded.db, '2181A', 'o3').values()].filter((v): v is number => v !== null);
    expect(byPollutant.get('PM2.5')?.validity.validDays).toBe(pm25.length);
    expect(byPollutant.get('PM2.5')?.value).toBeCloseTo(mean(pm25), 9);
    expect(byPollutant.get('CO')?.value).toBeCloseTo(percentileOf(co, 95), 9);
    expect(byPollutant.get('O3')?.value).toBeCloseTo(percentileOf(o3, 90), 9);
  });

  it('honours validity: the month count follows the raw rows', async () => {
    const body = await getEvaluation('year=2023&station=2182A');
    const days = oracleDays(seeded.db, '2182A', 'pm25');
    const perMonth = new Array<number>(12).fill(0);
    for (const [date, value] of days) {
      const month = Number(date.slice(5, 7)) - 1;
      if (value !== null) perMonth[month] = (perMonth[month] ?? 0) + 1;
    }
    const entry = body.pollutants.find((candidate) => candidate.pollutant === 'PM2.5');
    expect(entry?.validity.validDaysPerMonth).toEqual(perMonth);
    const expectedValid =
      perMonth.every((count, index) => count >= (index === 1 ? 25 : 27)) && perMonth.reduce((a, b) => a + b) >= 324;
    expect(entry?.validity.valid).toBe(expectedValid);
  });

  it('flags the year invalid, naming the month, once a month falls to 26 valid days (27 stays valid)', async () => {
    const copy = createCopy();
    try {
      const march = [...oracleDays(copy.db, '2181A', 'pm25').entries()].filter(
        ([date, value]) => date.startsWith('2023-03') && value !== null,
      );
      expect(march.length).toBeGreaterThanOrEqual(27);
      const blankDay = (date: string) =>
        blankHours(
          copy.db,
          '2181A',
          date,
          'pm25',
          Array.from({ length: 24 }, (_, i) => i + 1),
        );
      march.slice(0, march.length - 27).forEach(([date]) => blankDay(date));
      const at27 = (await getEvaluation('year=2023&station=2181A', copy.app)).pollutants.find(
        (p) => p.pollutant === 'PM2.5',
      );
      expect(at27?.validity.validDaysPerMonth[2]).toBe(27);
      expect(at27?.validity.problems.some((problem) => problem.code === 'month-short')).toBe(false);

      blankDay(march[march.length - 27]?.[0] ?? '');
      const body = await getEvaluation('year=2023&station=2181A', copy.app);
      const pm25 = body.pollutants.find((p) => p.pollutant === 'PM2.5');
      expect(pm25?.validity.valid).toBe(false);
      expect(pm25?.validity.problems).toContainEqual({ code: 'month-short', month: 3, count: 26, required: 27 });
      expect(pm25?.validity.reasons).toContain('2023-03: 26 valid days, 27 required');
      expect(pm25).toMatchObject({ value: null, meetsLimit: null, meetsPlanTarget: null, pass: null });
      expect(pm25?.provisionalValue).toEqual(expect.any(Number));
      expect(body.meetsPlan === true).toBe(false);
      expect(body.comprehensiveIndex?.valid).toBe(false);
    } finally {
      copy.dispose();
    }
  });

  it('counts days per AQI level over the year', async () => {
    const body = await getEvaluation('year=2023&station=2181A');
    const daily = await getDaily('station=2181A&from=2023-01-01&to=2023-12-31');
    const levels = body.aqiDays.levels.map((level) => level.days);
    expect(levels).toEqual([1, 2, 3, 4, 5, 6].map((level) => daily.days.filter((day) => day.level === level).length));
    expect(body.aqiDays.validDays + body.aqiDays.missingDays).toBe(365);
    const good = daily.days.filter((day) => day.aqi !== null && day.aqi <= 100).length;
    expect(body.aqiDays.goodDays).toBe(good);
    expect(body.aqiDays.goodDayRatio).toBeCloseTo(good / body.aqiDays.validDays, 12);
    expect(body.aqiDays.levels.map((level) => level.category)).toEqual([
      '优',
      '良',
      '轻度污染',
      '中度污染',
      '重度污染',
      '严重污染',
    ]);
  });

  it('gives the comprehensive index of the six statistics', async () => {
    const body = await getEvaluation('year=2023&station=2181A');
    const divisors = { SO2: 60, NO2: 40, PM10: 70, 'PM2.5': 35, CO: 4, O3: 160 } as const;
    const expected = body.pollutants.reduce(
      (sum, entry) => sum + (entry.value ?? Number.NaN) / divisors[entry.pollutant],
      0,
    );
    expect(body.comprehensiveIndex?.total).toBeCloseTo(expected, 9);
    expect(body.comprehensiveIndex?.valid).toBe(true);
  });

  it('says clearly that the stopped station 2180A has no data (all figures invalid, not a 500)', async () => {
    const body = await getEvaluation('year=2023&station=2180A');
    expect(body.hasData).toBe(false);
    expect(body.station).toMatchObject({ code: '2180A', status: 'stopped', stoppedOn: '2019-03-13', daysWithData: 0 });
    expect(body.notes).toContainEqual({
      code: 'station-no-readings',
      station: '2180A',
      name: expect.any(String),
      stopped: true,
      stoppedOn: '2019-03-13',
      from: '2023-01-01',
      to: '2023-12-31',
    });
    for (const entry of body.pollutants) {
      expect(entry).toMatchObject({ value: null, provisionalValue: null, pass: null, progress: 'no-data' });
      expect(entry.validity.valid).toBe(false);
    }
    expect(body.aqiDays).toMatchObject({ validDays: 0, missingDays: 365, goodDayRatio: null });
    expect(body.comprehensiveIndex).toBeNull();
  });

  it('evaluates a micro-station on its own, marked as not counting towards the district', async () => {
    const body = await getEvaluation('year=2023&station=XFW001');
    expect(body.station).toMatchObject({ kind: 'micro', countsForDistrict: false });
    expect(body.notes).toContainEqual({ code: 'micro-station' });
  });
});

describe('GET /api/aq/evaluation of the district', () => {
  it('is computed from the national stations only: daily means of the stations, then annual statistics', async () => {
    const body = await getEvaluation('year=2023&scope=district');
    expect(body.scope).toBe('district');
    expect(body.stations.map((station) => [station.code, station.kind])).toEqual([
      ['2180A', 'national'],
      ['2181A', 'national'],
      ['2182A', 'national'],
      ['3208A', 'national'],
    ]);
    const active = ['2181A', '2182A', '3208A'];
    const districtDays = (column: Column): number[] => {
      const perStation = active.map((code) => oracleDays(seeded.db, code, column));
      return datesOf2023().flatMap((date) => {
        const values = perStation
          .map((days) => days.get(date))
          .filter((v): v is number => v !== null && v !== undefined);
        return values.length > 0 ? [mean(values)] : [];
      });
    };
    const byPollutant = new Map(body.pollutants.map((entry) => [entry.pollutant, entry]));
    expect(byPollutant.get('PM2.5')?.value).toBeCloseTo(mean(districtDays('pm25')), 9);
    expect(byPollutant.get('O3')?.value).toBeCloseTo(percentileOf(districtDays('o3'), 90), 9);
  });

  it('does not move when a micro-station’s readings change, but does when a national station’s do', async () => {
    const before = await getEvaluation('year=2023&scope=district');
    const copy = createCopy();
    try {
      copy.db
        .prepare("UPDATE station_readings SET pm25 = 400, o3 = 400, so2 = 400 WHERE station_code = 'XFW001'")
        .run();
      const after = await getEvaluation('year=2023&scope=district', copy.app);
      expect(after).toEqual(before);
      const micro = await getEvaluation('year=2023&station=XFW001', copy.app);
      const microPm25 = micro.pollutants.find((p) => p.pollutant === 'PM2.5');
      expect(microPm25?.value ?? microPm25?.provisionalValue).toBe(400);

      copy.db.prepare("UPDATE station_readings SET pm25 = pm25 + 30 WHERE station_code = '3208A'").run();
      const moved = await getEvaluation('year=2023&scope=district', copy.app);
      const pm25 = (body: AqEvaluationResponse) =>
        body.pollutants.find((p) => p.pollutant === 'PM2.5')?.value ?? Number.NaN;
      expect(pm25(moved)).toBeGreaterThan(pm25(before) + 5);
    } finally {
      copy.dispose();
    }
  });
});

describe('GET /api/aq/evaluation year to date', () => {
  it('evaluates only the days up to asOf and reports the coverage so far', async () => {
    const body = await getEvaluation('year=2023&station=2181A&asOf=2023-06-30');
    expect(body.period).toEqual({ from: '2023-01-01', to: '2023-06-30', days: 181, complete: false });
    expect(body.aqiDays.validDays + body.aqiDays.missingDays).toBe(181);
    const pm25 = body.pollutants.find((entry) => entry.pollutant === 'PM2.5');
    const oracle = [...oracleDays(seeded.db, '2181A', 'pm25', '2023-06-30').values()].filter(
      (v): v is number => v !== null,
    );
    expect(pm25?.validity.valid).toBe(true);
    expect(pm25?.validity.validDaysPerMonth.slice(6)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(pm25?.value).toBeCloseTo(mean(oracle), 9);
    const value = pm25?.value ?? Number.NaN;
    expect(pm25?.progress).toBe(value > 35 ? 'fail' : value > 31.5 ? 'at-risk' : 'pass');
  });

  it('treats an asOf after the year as the whole year, and rejects one before it', async () => {
    const whole = await getEvaluation('year=2023&station=2181A&asOf=2024-02-01');
    expect(whole.period.complete).toBe(true);
    await expectError(
      request('/api/aq/evaluation?year=2023&station=2181A&asOf=2022-12-31'),
      400,
      /asOf: must not be before 2023-01-01/,
    );
  });
});

describe('GET /api/aq/evaluation errors', () => {
  it('answers 404 for an unknown station and 400 for bad parameters', async () => {
    await expectError(request('/api/aq/evaluation?year=2023&station=NOPE'), 404, /no station has code 'NOPE'/);
    await expectError(request('/api/aq/evaluation?station=2181A'), 400, /year:/);
    await expectError(request('/api/aq/evaluation?year=23&station=2181A'), 400, /year: must be a year/);
    await expectError(request('/api/aq/evaluation?year=2023'), 400, /station: is required/);
    await expectError(
      request('/api/aq/evaluation?year=2023&scope=city'),
      400,
      /scope: must be 'station' or 'district'/,
    );
  });

  it('answers 422 for the 2026 edition, saying what is unsupported', async () => {
    await expectError(
      request('/api/aq/evaluation?year=2023&scope=district&edition=2026'),
      422,
      /edition: HJ 663-2026 .* is not supported/,
    );
  });
});
