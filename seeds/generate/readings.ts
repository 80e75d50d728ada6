import type { Rng } from '../random.ts';
import { addMinutes, daysInYear, formatDate } from '../../server/time/cst.ts';
import type { StationSite } from './stations.ts';

/** A row of station_readings: µg/m³, CO mg/m³, null = missing. */
export interface ReadingRow {
  station_code: string;
  ts: string;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm25: number | null;
  co: number | null;
  o3: number | null;
}

/**
 * Regional weather: one smooth log-factor per hour shared by every station, from an AR(1)
 * process on days (synoptic episodes of several days, stronger in winter), interpolated
 * through the day. Returns [particulate & primary-gas factor, ozone factor] per hour.
 */
function regionalFactors(rng: Rng, year: number): { primary: Float64Array; ozone: Float64Array } {
  const days = daysInYear(year);
  const daily = new Float64Array(days + 1);
  const dailyO3 = new Float64Array(days + 1);
  let z = 0;
  let zo = 0;
  for (let d = 0; d <= days; d++) {
    const winter = Math.max(0, Math.cos((2 * Math.PI * (d - 15)) / days));
    z = 0.72 * z + rng.normal(0, 0.3 + 0.22 * winter);
    zo = 0.6 * zo + rng.normal(0, 0.16);
    daily[d] = z;
    dailyO3[d] = zo;
  }
  const primary = new Float64Array(days * 24);
  const ozone = new Float64Array(days * 24);
  for (let h = 0; h < days * 24; h++) {
    const d = Math.floor(h / 24);
    const t = (h % 24) / 24;
    primary[h] = (daily[d] ?? 0) * (1 - t) + (daily[d + 1] ?? 0) * t;
    ozone[h] = (dailyO3[d] ?? 0) * (1 - t) + (dailyO3[d + 1] ?? 0) * t;
  }
  return { primary, ozone };
}

/**
 * Hourly readings of the six pollutants for every active station through the demo year,
 * emitted row by row. Seasonal cycles follow what northern Shanxi cities report (heating-season
 * PM2.5, SO2 and CO peaks; summer afternoon ozone; spring dust in PM10), diurnal cycles follow
 * traffic and mixing height; missing hours and multi-day outages exercise the validity rules.
 */
export function generateReadings(
  rng: Rng,
  year: number,
  stations: StationSite[],
  emit: (row: ReadingRow) => void,
): void {
  const { primary, ozone } = regionalFactors(rng.fork('weather'), year);
  const days = daysInYear(year);
  // hour h of the year (h = 0: 00:00–01:00 on 1 January) is labelled by its end, `…T01:00`; the last
  // hour is labelled next year's `T00:00`
  const yearStart = `${formatDate(year, 1, 1)}T00:00`;
  const labels = Array.from({ length: days * 24 }, (_, h) => addMinutes(yearStart, (h + 1) * 60));
  for (const station of stations) {
    if (!station.active) continue;
    const srng = rng.fork(`station/${station.code}`);
    const micro = station.kind === 'micro';
    const f = station.pollutionFactor;
    // outages: whole days without data
    const outage = new Uint8Array(days);
    for (let k = micro ? 3 : 2; k > 0; k--) {
      const start = srng.int(0, days - 6);
      for (let d = start, len = srng.int(1, micro ? 5 : 3); d < start + len; d++) outage[d] = 1;
    }
    let noise = 0;
    for (let h = 0; h < days * 24; h++) {
      const d = Math.floor(h / 24);
      const hour = (h % 24) + 0.5; // middle of the hour, local time
      noise = 0.8 * noise + srng.normal(0, 0.11);
      const missing = outage[d] === 1 || srng.chance(micro ? 0.03 : 0.01);
      if (missing) {
        emit({
          station_code: station.code,
          ts: labels[h]!,
          so2: null,
          no2: null,
          pm10: null,
          pm25: null,
          co: null,
          o3: null,
        });
        continue;
      }
      const winter = Math.cos((2 * Math.PI * (d - 15)) / days); // +1 mid-January, -1 mid-July
      const spring = Math.exp(-(((d - 100) / 28) ** 2)); // dust season, around 10 April
      const weather = Math.exp((primary[h] ?? 0) + noise);
      const mixing =
        1 + 0.24 * Math.cos((2 * Math.PI * (hour - 22)) / 24) + 0.07 * Math.cos((2 * Math.PI * (hour - 8)) / 12);
      const rush = 1 + 0.2 * Math.cos((4 * Math.PI * (hour - 8.5)) / 24);
      const pm25 = (35 + 18 * winter) * weather * mixing * f;
      const pm10 =
        pm25 * (1.7 + 0.9 * spring + srng.range(-0.15, 0.15)) * (spring > 0.3 && srng.chance(0.01) ? 2.5 : 1);
      const so2 = (10.5 + 8 * winter) * Math.sqrt(weather) * mixing * (f > 1.1 ? f * 1.15 : f);
      const no2 =
        (26 + 8 * winter) *
        Math.sqrt(weather) *
        rush *
        f *
        (1 - 0.25 * Math.max(0, Math.sin((Math.PI * (hour - 9)) / 8)) * (hour > 9 && hour < 17 ? 1 : 0));
      const co = (0.75 + 0.45 * winter) * Math.sqrt(weather) * mixing * f;
      const o3Season = 68 + 44 * Math.cos((2 * Math.PI * (d - 172)) / days);
      const daylight = hour > 7 && hour < 20 ? Math.sin((Math.PI * (hour - 7)) / 13) ** 1.4 : 0;
      const o3 =
        o3Season * Math.exp((ozone[h] ?? 0) + noise * 0.5) * (0.4 + 1.05 * daylight) * (micro && f > 1.1 ? 0.92 : 1);
      const drop = () => srng.chance(0.005);
      emit({
        station_code: station.code,
        ts: labels[h]!,
        so2: drop() ? null : Math.max(2, Math.round(so2)),
        no2: drop() ? null : Math.max(2, Math.round(no2)),
        pm10: drop() ? null : Math.max(3, Math.round(pm10)),
        pm25: drop() ? null : Math.max(2, Math.round(pm25)),
        co: drop() ? null : Math.max(1, Math.round(co * 10)) / 10,
        o3: drop() ? null : Math.max(2, Math.round(o3)),
      });
    }
  }
}
