import type { z } from 'zod';
import { aqi, type AqiResult } from '../../aq/aqi.ts';
import { dailyAqiInputs, dailyStatistics } from '../../aq/daily.ts';
import { readHourlyDays } from '../aq/hourly-days.ts';
import type { Db } from '../open-database.ts';
import { stationQuerySchema, type StationAqi, type StationProperties } from '../../schema/station.ts';
import { addMinutes, hourEndingDate } from '../../time/cst.ts';
import { pointFeature, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  code: string;
  name: string;
  kind: StationProperties['kind'];
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  status: StationProperties['status'];
  stopped_on: string | null;
  provenance: StationProperties['provenance'];
  readings_provenance: StationProperties['provenance'];
  source: string;
  ts: string | null;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm25: number | null;
  co: number | null;
  o3: number | null;
}

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

/** The HJ 633 real-time AQI of a reading row. */
function hourlyAqi(r: Row & { ts: string }): StationAqi | null {
  return toStationAqi(
    aqi({ SO2: r.so2, NO2: r.no2, PM10: r.pm10, 'PM2.5': r.pm25, CO: r.co, O3: r.o3 }, 'hourly'),
    'hour',
    r.ts,
  );
}

/**
 * Daily AQI of calendar day `date` for each station (24-h means with ≥ 20 hours, O3 daily max
 * 8-h, per GB 3095-2012 / HJ 663-2013), from one query over the day's rows.
 */
function dailyAqiByStation(db: Db, codes: string[], date: string): Map<string, StationAqi | null> {
  const days = readHourlyDays(db, codes, { from: date, to: date });
  return new Map(
    codes.map((code) => {
      const day = days.get(code)?.[0];
      const result = day ? aqi(dailyAqiInputs(dailyStatistics(day.data)), 'daily') : null;
      return [code, result ? toStationAqi(result, 'day', date) : null];
    }),
  );
}

/** How far back the "latest reading" of a station may lie before as-of. */
const LATEST_WINDOW_HOURS = 24;

export const stationsLayer: LayerDefinition<z.infer<typeof stationQuerySchema>> = {
  id: 'stations',
  querySchema: stationQuerySchema,
  features(db, query, asOf) {
    const since = addMinutes(asOf, -LATEST_WINDOW_HOURS * 60);
    const filters: SqlFilters[] = [commonFilters(query, 's', 'point')];
    if (query.kind) filters.push(inList('s.kind', query.kind));
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT s.*, t.name AS township_name, r.ts, r.so2, r.no2, r.pm10, r.pm25, r.co, r.o3
         FROM stations s JOIN townships t ON t.code = s.township_code
         LEFT JOIN station_readings r ON r.station_code = s.code AND r.ts = (
           SELECT max(ts) FROM station_readings
           WHERE station_code = s.code AND ts <= ? AND ts > ? AND coalesce(so2, no2, pm10, pm25, co, o3) IS NOT NULL)
         ${where.sql} ORDER BY s.kind, s.code`,
      )
      .all(asOf, since, ...where.params) as Row[];
    const daily =
      query.aqiPeriod === 'day'
        ? dailyAqiByStation(
            db,
            rows.map((r) => r.code),
            hourEndingDate(asOf),
          )
        : null;
    return rows.map((r) => {
      const latestAqi = daily ? (daily.get(r.code) ?? null) : r.ts ? hourlyAqi({ ...r, ts: r.ts }) : null;
      const properties: StationProperties = {
        code: r.code,
        name: r.name,
        kind: r.kind,
        township: r.township_code,
        townshipName: r.township_name,
        status: r.status,
        stoppedOn: r.stopped_on,
        latest: r.ts ? { ts: r.ts, SO2: r.so2, NO2: r.no2, PM10: r.pm10, 'PM2.5': r.pm25, CO: r.co, O3: r.o3 } : null,
        aqi: latestAqi,
        readingsProvenance: r.readings_provenance,
        provenance: r.provenance,
        source: r.source,
      };
      return pointFeature(r.code, r.lon, r.lat, properties);
    });
  },
};
