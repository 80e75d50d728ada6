/**
 * The AQI shown for each station of the `stations` layer: HJ 633-2012 real-time AQI of its latest
 * reading, or the daily AQI of as-of's calendar day (`aqiPeriod=day`). The layer's repository
 * (db/layers/stations.ts) reads the rows; this computes the AQI from them.
 *
 * @module
 */
import type { Feature, Geometry } from 'geojson';
import { aqi, type AqiResult } from '../aq/aqi.ts';
import { dailyAqiInputs, dailyStatistics } from '../aq/daily.ts';
import { readHourlyDays } from '../db/aq/hourly-days.ts';
import type { Db } from '../db/open-database.ts';
import type { Reading, StationAqi, StationProperties } from '../schema/station.ts';
import { hourEndingDate } from '../time/cst.ts';

/** The shown part of an AQI report; null when no pollutant gives a sub-index. */
function toStationAqi(result: AqiResult, period: StationAqi['period'], at: string): StationAqi | null {
  if (result.aqi === null) return null;
  return {
    period,
    at,
    value: result.aqi,
    level: result.level,
    category: result.category,
    categoryEn: result.categoryEn,
    color: result.color,
    primary: [...result.primary],
  };
}

/**
 * The HJ 633 real-time AQI of a reading.
 *
 * @example
 * hourlyAqi({ ts: '2023-03-01T10:00', SO2: 8, NO2: 30, PM10: 80, 'PM2.5': 50, CO: 0.6, O3: 60 })?.period; // 'hour'
 */
export function hourlyAqi(reading: Reading): StationAqi | null {
  const { ts, ...values } = reading;
  return toStationAqi(aqi(values, 'hourly'), 'hour', ts);
}

/**
 * Daily AQI of calendar day `date` for each station (24-h means with ≥ 20 hours, O3 daily max
 * 8-h, per GB 3095-2012 / HJ 663-2013), from one query over the day's rows.
 */
export function dailyAqiByStation(db: Db, codes: string[], date: string): Map<string, StationAqi | null> {
  const days = readHourlyDays(db, codes, { from: date, to: date });
  return new Map(
    codes.map((code) => {
      const day = days.get(code)?.[0];
      const result = day ? aqi(dailyAqiInputs(dailyStatistics(day.data)), 'daily') : null;
      return [code, result ? toStationAqi(result, 'day', date) : null];
    }),
  );
}

/**
 * The station features with `properties.aqi` set: of each station's latest reading, or with
 * `aqiPeriod` `day` of the calendar day of `asOf` (`YYYY-MM-DDTHH:mm` CST, hour-ending).
 *
 * @example
 * withStationAqi(db, layerDefinitions.stations.features(db, {}, asOf), 'hour', asOf);
 */
export function withStationAqi<F extends Feature<Geometry, Record<string, unknown>>>(
  db: Db,
  features: readonly F[],
  aqiPeriod: StationAqi['period'] | undefined,
  asOf: string,
): F[] {
  const stations = features.map((f) => f.properties as StationProperties);
  const daily =
    aqiPeriod === 'day'
      ? dailyAqiByStation(
          db,
          stations.map((s) => s.code),
          hourEndingDate(asOf),
        )
      : null;
  return features.map((f, i) => {
    const station = stations[i]!;
    const stationAqi = daily ? (daily.get(station.code) ?? null) : station.latest ? hourlyAqi(station.latest) : null;
    return { ...f, properties: { ...f.properties, aqi: stationAqi } };
  });
}
