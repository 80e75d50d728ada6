import { HJ633_2012_BREAKPOINTS, IAQI_LEVELS, type BreakpointRowId } from '../../server/aq/breakpoints.ts';
import { MEAN_POLLUTANTS } from '../../server/aq/daily.ts';
import type { HourlySeries } from '../../server/aq/daily-figure.ts';
import { createApp } from '../../server/app.ts';
import { asUser } from '../helpers/sign-in.ts';
import { readEvaluation } from '../../server/services/aq/read-evaluation.ts';
import { readHourlyDays, type HourlyDay } from '../../server/db/aq/hourly-days.ts';
import { computeStationDays, withDailyAqi, type ComputedDay } from '../../server/services/aq/read-subject-days.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import type { AqEvaluationQuery } from '../../server/schema/aq.ts';
import type { Pollutant } from '../../server/schema/plan.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { median, medianTimeSync } from './timing.ts';

/**
 * `npm run bench -- aq`: the air-quality API's heavy paths (one station-year and the district
 * evaluation) against a naive baseline measured in the same run: the same day series evaluated
 * in plain floats (sum / n means, float IAQI formula then ceiling), which is what exactness costs,
 * and how many of the naive results come out different. Medians of repeated runs.
 */
// --- the naive baseline: plain floats --------------------------------------------------------

function floatMean(hours: HourlySeries, minimum: number): number | null {
  let sum = 0;
  let count = 0;
  for (const value of hours) {
    if (value !== null) {
      sum += value;
      count += 1;
    }
  }
  return count >= minimum ? sum / count : null;
}

function floatMax8h(hours: HourlySeries): number | null {
  let max: number | null = null;
  let windows = 0;
  for (let end = 8; end <= 24; end += 1) {
    const mean = floatMean(hours.slice(end - 8, end), 6);
    if (mean === null) continue;
    windows += 1;
    max = max === null || mean > max ? mean : max;
  }
  return max !== null && (windows >= 14 || max > 160) ? max : null;
}

function floatIaqi(row: BreakpointRowId, concentration: number): number | null {
  const points = HJ633_2012_BREAKPOINTS[row].concentrations;
  for (let index = 1; index < points.length; index += 1) {
    const [low, high] = [points[index - 1] ?? 0, points[index] ?? 0];
    if (concentration > high) continue;
    const [levelLow, levelHigh] = [IAQI_LEVELS[index - 1] ?? 0, IAQI_LEVELS[index] ?? 0];
    return Math.ceil(((levelHigh - levelLow) / (high - low)) * (concentration - low) + levelLow);
  }
  return row === 'O3_8h' ? null : 500;
}

function floatPercentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const k = 1 + (sorted.length - 1) * (p / 100);
  const s = Math.floor(k);
  const low = sorted[s - 1] ?? 0;
  return low + ((sorted[s] ?? low) - low) * (k - s);
}

const DAILY_ROW: Record<Pollutant, BreakpointRowId> = {
  SO2: 'SO2_24h',
  NO2: 'NO2_24h',
  PM10: 'PM10_24h',
  'PM2.5': 'PM2.5_24h',
  CO: 'CO_24h',
  O3: 'O3_8h',
};

interface NaiveDay {
  values: Partial<Record<Pollutant, number>>;
  iaqi: Partial<Record<Pollutant, number>>;
}

function naiveDays(days: readonly HourlyDay[]): NaiveDay[] {
  return days.map(({ data }) => {
    const values: Partial<Record<Pollutant, number>> = {};
    for (const pollutant of MEAN_POLLUTANTS) {
      const mean = floatMean(data[pollutant] ?? [], 20);
      if (mean !== null) values[pollutant] = mean;
    }
    const o3 = floatMax8h(data.O3 ?? []);
    if (o3 !== null) values.O3 = o3;
    const iaqi: Partial<Record<Pollutant, number>> = {};
    for (const [pollutant, value] of Object.entries(values) as [Pollutant, number][]) {
      const index = floatIaqi(DAILY_ROW[pollutant], value);
      if (index !== null) iaqi[pollutant] = index;
    }
    return { values, iaqi };
  });
}

/** The naive year: float means and percentiles over the naive days, and the daily AQIs. */
function naiveYear(days: readonly NaiveDay[]): { statistics: Record<Pollutant, number | null>; dailyAqi: number[] } {
  const series = (pollutant: Pollutant) =>
    days.flatMap((day) => (day.values[pollutant] === undefined ? [] : [day.values[pollutant]]));
  const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
  return {
    statistics: {
      SO2: mean(series('SO2')),
      NO2: mean(series('NO2')),
      PM10: mean(series('PM10')),
      'PM2.5': mean(series('PM2.5')),
      CO: floatPercentile(series('CO'), 95),
      O3: floatPercentile(series('O3'), 90),
    },
    dailyAqi: days.map((day) => Math.max(...Object.values(day.iaqi))),
  };
}

// --- the run ----------------------------------------------------------------------------------

const db = openDatabase(':memory:');
seedDatabase(db, { scale: 1 }, loadReferenceData());
const app = asUser(createApp({ db }), db, 'admin');
const year = { from: '2023-01-01', to: '2023-12-31' };
const national = ['2181A', '2182A', '3208A'];
const stationQuery: AqEvaluationQuery = {
  subject: { scope: 'station', station: '2181A' },
  year: 2023,
  asOf: null,
  edition: '2012',
};
const districtQuery: AqEvaluationQuery = { subject: { scope: 'district' }, year: 2023, asOf: null, edition: '2012' };

const results: string[] = [];
const report = (line: string) => {
  results.push(line);
  console.log(line);
};

const readOnly = medianTimeSync(() => void readHourlyDays(db, ['2181A'], year), 15);
const exactStation = medianTimeSync(() => void readEvaluation(db, stationQuery), 15);
const naiveStation = medianTimeSync(
  () => void naiveYear(naiveDays(readHourlyDays(db, ['2181A'], year).get('2181A') ?? [])),
  15,
);
report(
  `aq evaluation, one station-year (2181A, 8,760 hourly rows): ` +
    `exact engine ${exactStation.toFixed(1)} ms vs naive floats ` +
    `${naiveStation.toFixed(1)} ms (exactness costs ${(exactStation / naiveStation).toFixed(1)}×); budget 200 ms`,
);
report(`  of which one ordered query into day series: ${readOnly.toFixed(1)} ms`);

const exactDistrict = medianTimeSync(() => void readEvaluation(db, districtQuery), 9);
const naiveDistrict = medianTimeSync(() => {
  const hourly = readHourlyDays(db, ['2180A', ...national], year);
  for (const code of national) naiveYear(naiveDays(hourly.get(code) ?? []));
}, 9);
report(
  `aq evaluation, district (4 national stations, 3 active): ` +
    `exact engine ${exactDistrict.toFixed(1)} ms vs naive floats ` +
    `${naiveDistrict.toFixed(1)} ms (stations only, no averaging); budget 500 ms`,
);

for (const path of [
  '/api/aq/evaluation?year=2023&station=2181A',
  '/api/aq/evaluation?year=2023&scope=district',
  '/api/aq/evaluation?year=2023&scope=district&asOf=2023-06-30',
  '/api/aq/daily?station=2181A&from=2023-01-01&to=2023-12-31',
  '/api/aq/daily?scope=district&from=2023-01-01&to=2023-12-31',
]) {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    bytes = (await (await app.request(path)).arrayBuffer()).byteLength;
    samples.push(performance.now() - started);
  }
  report(`  GET ${path.padEnd(62)} median ${median(samples).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KiB`);
}

// How often the naive floats differ from the exact engine on the seeded year.
const hourly = readHourlyDays(db, national, year);
let means = 0;
let meanDiffs = 0;
let iaqis = 0;
let iaqiDiffs = 0;
for (const code of national) {
  const days = hourly.get(code) ?? [];
  const exact = computeStationDays(days, '2012');
  if (!Array.isArray(exact)) throw new Error('2012 edition unsupported?');
  const exactDays = withDailyAqi(exact, '2012') as ComputedDay[];
  naiveDays(days).forEach((naive, index) => {
    const day = exactDays[index];
    if (day === undefined) return;
    for (const pollutant of MEAN_POLLUTANTS) {
      const figure = day.statistics.means[pollutant];
      if (!figure?.valid) continue;
      means += 1;
      if (naive.values[pollutant] !== figure.value) meanDiffs += 1;
      iaqis += 1;
      if (naive.iaqi[pollutant] !== day.report.iaqi[pollutant]) iaqiDiffs += 1;
    }
  });
}
report(
  `  naive floats vs exact over 2023 (3 stations): ` +
    `${meanDiffs.toLocaleString('en')} of ${means.toLocaleString('en')} daily means differ in the last bits; ` +
    `${iaqiDiffs} of ${iaqis.toLocaleString('en')} daily IAQIs come out a different integer`,
);
db.close();
console.log(`\n${results.length} figures`);
