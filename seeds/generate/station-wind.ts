import type { Db } from '../../server/db/open-database.ts';
import { rowInserter } from '../insert-rows.ts';
import type { Rng } from '../random.ts';

/** Prevailing direction the wind blows from, degrees: NW in winter, S–SE in summer (忻州, 忻定盆地). */
const WINTER_FROM = 315;
const SUMMER_FROM = 160;
const RAD = Math.PI / 180;

/** Day of year (0-based) of a `YYYY-MM-DD` date. */
function dayOfYear(date: string): number {
  const year = Number(date.slice(0, 4));
  return (Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/**
 * The season's prevailing direction (degrees from) on a day: the NW and S–SE unit vectors blended by a cosine
 * weight that is 1 in mid-January and 0 in mid-July; spring and autumn turn between them.
 */
export function prevailingFrom(date: string): number {
  const winter = (Math.cos(((dayOfYear(date) - 15) / 365) * 2 * Math.PI) + 1) / 2;
  const east = winter * Math.sin(WINTER_FROM * RAD) + (1 - winter) * Math.sin(SUMMER_FROM * RAD);
  const north = winter * Math.cos(WINTER_FROM * RAD) + (1 - winter) * Math.cos(SUMMER_FROM * RAD);
  return (Math.atan2(east, north) / RAD + 360) % 360;
}

/** One seeded wind row (table station_wind). */
export interface StationWindRow {
  station_code: string;
  ts: string;
  ws: number;
  wd: number;
}

/**
 * A synthetic hourly wind for every hour a national station has a reading (the arrows only stand where a station
 * "reported" wind): one regional wind that wanders around the season's prevailing direction (an AR(1) deviation,
 * ± ~35°) with a speed of ~1–5 m/s, stronger in the afternoon and in spring, plus a small per-station offset.
 * Deterministic for a given `rng`. Plausible for 忻州 (NW winter monsoon, S–SE summer), not measured: synthetic.
 *
 * @param hours the (station_code, ts) of the readings to give a wind, ordered by ts then station
 */
export function generateStationWind(rng: Rng, hours: readonly { station_code: string; ts: string }[]) {
  const rows: StationWindRow[] = [];
  const regional = rng.fork('regional');
  const offsets = new Map<string, { turn: number; gust: number }>();
  let lastTs: string | null = null;
  let deviation = 0;
  let speedNoise = 0;
  for (const { station_code, ts } of hours) {
    if (ts !== lastTs) {
      deviation = 0.92 * deviation + regional.normal(0, 14);
      speedNoise = 0.85 * speedNoise + regional.normal(0, 0.3);
      lastTs = ts;
    }
    let offset = offsets.get(station_code);
    if (offset === undefined) {
      const srng = rng.fork(`station/${station_code}`);
      offset = { turn: srng.range(-12, 12), gust: srng.range(0.85, 1.15) };
      offsets.set(station_code, offset);
    }
    const hour = Number(ts.slice(11, 13));
    const month = Number(ts.slice(5, 7));
    const diurnal = 1 + 0.35 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
    const spring = month >= 3 && month <= 5 ? 1.3 : 1;
    const ws = Math.max(0.2, (2.1 + speedNoise) * diurnal * spring * offset.gust);
    const wd = (((prevailingFrom(ts.slice(0, 10)) + deviation + offset.turn) % 360) + 360) % 360;
    rows.push({ station_code, ts, ws: Math.round(ws * 10) / 10, wd: Math.round(wd) % 360 });
  }
  return rows;
}

/**
 * Seeds station_wind (migration 0013) from the national stations' reading hours, after the readings.
 *
 * @example
 * seedStationWind(db, ctx.rngFor('station-wind'));
 */
export function seedStationWind(db: Db, rng: Rng): number {
  const hours = db
    .prepare(
      `SELECT r.station_code, r.ts FROM station_readings r JOIN stations s ON s.code = r.station_code
       WHERE s.kind = 'national' AND coalesce(r.so2, r.no2, r.pm10, r.pm25, r.co, r.o3) IS NOT NULL
       ORDER BY r.ts, r.station_code`,
    )
    .all() as { station_code: string; ts: string }[];
  const insert = rowInserter(db, 'station_wind', ['station_code', 'ts', 'ws', 'wd']);
  const rows = generateStationWind(rng, hours);
  for (const row of rows) insert({ ...row });
  return rows.length;
}
