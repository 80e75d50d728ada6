import { addMinutes } from '../time/cst.ts';
import { seededRandom } from './prng.ts';

/** One simulated station hour beside its replayed pollutants: ℃, %, kPa, m/s, degrees. */
export interface WeatherValues {
  temp: number;
  rh: number;
  pressure: number;
  ws: number;
  wd: number;
}

/** Monthly mean air temperature of Xinzhou, ℃ (climate normals, rounded). */
const monthlyTemp = [-9, -5, 2, 10, 17, 21, 23, 21, 15, 8, 0, -7] as const;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The demo year's hour (end label) a simulated hour replays: the same month, day and hour of `demoYear`
 * (29 February replays 28 February). `hourStart` is the simulated hour's start, 'YYYY-MM-DDTHH:mm' CST.
 *
 * @example
 * replayLabel('2024-03-05T07:00', 2023); // '2023-03-05T08:00'
 * replayLabel('2024-12-31T23:00', 2023); // '2024-01-01T00:00' (the demo year's last hour)
 */
export function replayLabel(hourStart: string, demoYear: number): string {
  const monthDay = hourStart.slice(5, 10) === '02-29' ? '02-28' : hourStart.slice(5, 10);
  return addMinutes(`${demoYear}-${monthDay}T${hourStart.slice(11, 16)}`, 60);
}

/**
 * Plausible weather for a station and hour, deterministic per (station, hour): the month's mean temperature
 * with a daily swing (warmest mid-afternoon), humidity highest at dawn, pressure near 91.5 kPa (≈ 800 m above
 * sea level), light to moderate wind.
 *
 * @example
 * weatherValues('1180A', '2024-01-01T14:00').temp; // about −3 ℃
 */
export function weatherValues(stationCode: string, hourStart: string): WeatherValues {
  const next = seededRandom(`${stationCode}|${hourStart}|weather`);
  const month = Number(hourStart.slice(5, 7));
  const hour = Number(hourStart.slice(11, 13)) + 0.5;
  const swing = Math.cos((2 * Math.PI * (hour - 15)) / 24); // +1 at 15:00, −1 at 03:00
  const temp = (monthlyTemp[month - 1] ?? 8) + 6 * swing + 2 * (next() - 0.5);
  const rh = Math.min(98, Math.max(10, 55 - 18 * swing + 16 * (next() - 0.5)));
  return {
    temp: round(temp, 1),
    rh: round(rh, 1),
    pressure: round(91.5 + 0.8 * (next() - 0.5), 2),
    ws: round(0.5 + 4.5 * next() ** 1.5, 1),
    wd: Math.floor(360 * next()),
  };
}
