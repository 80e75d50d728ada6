/**
 * Reads hourly station readings into the per-day hourly series the AQ engine takes
 * (`DayHourlyData` of server/aq/daily.ts).
 *
 * @module
 */
import type { DayHourlyData } from '../../aq/daily.ts';
import type { HourlySeries } from '../../aq/daily-figure.ts';
import { PREVIOUS_DAY_SLOTS } from '../../aq/o3-eight-hour.ts';
import type { Pollutant } from '../../schema/plan.ts';
import { addDays, addMinutes, dayCount } from '../../time/cst.ts';
import type { Db } from '../open-database.ts';

/** One station's hourly data for one calendar day. */
export interface HourlyDay {
  /** `YYYY-MM-DD`, China Standard Time. */
  readonly date: string;
  /**
   * 24 slots per pollutant (slot i = the hour labelled (i+1):00, so slot 23 is the next day's
   * T00:00 row), µg/m³ (CO mg/m³), `null` where no row or a NULL value; plus the previous day's
   * last 7 O3 slots (hours labelled 18:00 … 24:00) for the early O3 8-h windows.
   */
  readonly data: DayHourlyData;
  /** Rows with at least one non-null value among the day's 24 hours. */
  readonly hoursWithData: number;
}

/** An inclusive range of calendar days. */
export interface DateRange {
  /** `YYYY-MM-DD` */
  readonly from: string;
  /** `YYYY-MM-DD`, ≥ from */
  readonly to: string;
}

const HOUR_MS = 3_600_000;
const SLOTS_PER_DAY = 24;
/** Column order of the query after station_code and ts. */
const COLUMNS: readonly Pollutant[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'];
const O3_COLUMN = 5;

/** station_code, ts, then the six pollutant columns in {@link COLUMNS} order. */
type RawRow = [string, string, ...(number | null)[]];

/** Milliseconds of an hour-ending label `YYYY-MM-DDTHH:00` read as UTC (only differences are used). */
function labelMs(ts: string): number {
  return Date.UTC(
    Number(ts.slice(0, 4)),
    Number(ts.slice(5, 7)) - 1,
    Number(ts.slice(8, 10)),
    Number(ts.slice(11, 13)),
  );
}

/** Per station: one column per pollutant, 7 lead-in slots then 24 per day. */
type Columns = (number | null)[][];

/**
 * Hourly readings of `stationCodes` for every day of `range`, read in one query ordered by
 * station and time over the primary key.
 *
 * Day D is the 24 rows labelled `D T01:00 … (D+1) T00:00` (hour-ending labels, CST). Missing rows
 * and NULL values become `null` slots; labels that are not on the hour are ignored. A station
 * without rows gets days of nulls, so the caller can report it rather than fail.
 *
 * @param stationCodes station codes (unknown codes simply have no rows)
 * @returns the days of each station, in date order, keyed by code in the order given
 * @example
 * const days = readHourlyDays(db, ['2181A'], { from: '2023-03-01', to: '2023-03-02' }).get('2181A');
 * days?.[0]?.data['PM2.5']?.length; // 24
 */
export function readHourlyDays(db: Db, stationCodes: readonly string[], range: DateRange): Map<string, HourlyDay[]> {
  const days = dayCount(range.from, range.to);
  const slotCount = PREVIOUS_DAY_SLOTS + SLOTS_PER_DAY * days;
  // Slot 0 is the hour labelled (from − 1) T18:00, the first of the previous day's last 7.
  const firstLabel = addMinutes(`${range.from}T00:00`, -(PREVIOUS_DAY_SLOTS - 1) * 60);
  const lastLabel = `${addDays(range.to, 1)}T00:00`;
  const originMs = labelMs(firstLabel);
  const columns = new Map<string, Columns>(
    stationCodes.map((code) => [code, COLUMNS.map(() => new Array<number | null>(slotCount).fill(null))]),
  );
  if (stationCodes.length > 0) {
    const placeholders = stationCodes.map(() => '?').join(', ');
    const rows = db
      .prepare(
        `SELECT station_code, ts, so2, no2, pm10, pm25, co, o3 FROM station_readings
         WHERE station_code IN (${placeholders}) AND ts >= ? AND ts <= ? ORDER BY station_code, ts`,
      )
      .raw()
      .all(...stationCodes, firstLabel, lastLabel) as RawRow[];
    for (const row of rows) {
      const slot = (labelMs(row[1]) - originMs) / HOUR_MS;
      const station = columns.get(row[0]);
      if (station === undefined || !Number.isInteger(slot) || slot < 0 || slot >= slotCount) continue;
      for (let column = 0; column < COLUMNS.length; column += 1) {
        const target = station[column];
        if (target !== undefined) target[slot] = (row[column + 2] as number | null | undefined) ?? null;
      }
    }
  }
  const result = new Map<string, HourlyDay[]>();
  for (const [code, station] of columns) result.set(code, splitDays(station, range.from, days));
  return result;
}

function splitDays(station: Columns, from: string, days: number): HourlyDay[] {
  const out: HourlyDay[] = [];
  for (let day = 0; day < days; day += 1) {
    const start = PREVIOUS_DAY_SLOTS + SLOTS_PER_DAY * day;
    const slice = (column: number, begin: number, end: number): HourlySeries =>
      (station[column] ?? []).slice(begin, end);
    const data: { -readonly [K in keyof DayHourlyData]: HourlySeries } = {};
    COLUMNS.forEach((pollutant, column) => {
      data[pollutant] = slice(column, start, start + SLOTS_PER_DAY);
    });
    data.O3PreviousDayLast7 = slice(O3_COLUMN, start - PREVIOUS_DAY_SLOTS, start);
    let hoursWithData = 0;
    for (let slot = start; slot < start + SLOTS_PER_DAY; slot += 1) {
      if (station.some((column) => column[slot] !== null && column[slot] !== undefined)) hoursWithData += 1;
    }
    out.push({ date: addDays(from, day), data, hoursWithData });
  }
  return out;
}
