import type { z } from 'zod';
import { stationQuerySchema, type StationProperties } from '../../schema/station.ts';
import { addMinutes } from '../../time/cst.ts';
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

/** How far back the "latest reading" of a station may lie before as-of. */
const LATEST_WINDOW_HOURS = 24;

/**
 * The stations with their latest reading on or before as-of (within {@link LATEST_WINDOW_HOURS}); `aqi` is left
 * null here: the layer service computes it (`withStationAqi`, services/station-aqi.ts).
 */
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
    return rows.map((r) => {
      const properties: StationProperties = {
        code: r.code,
        name: r.name,
        kind: r.kind,
        township: r.township_code,
        townshipName: r.township_name,
        status: r.status,
        stoppedOn: r.stopped_on,
        latest: r.ts ? { ts: r.ts, SO2: r.so2, NO2: r.no2, PM10: r.pm10, 'PM2.5': r.pm25, CO: r.co, O3: r.o3 } : null,
        aqi: null, // computed from `latest` (or the day's readings) by services/station-aqi.ts
        readingsProvenance: r.readings_provenance,
        provenance: r.provenance,
        source: r.source,
      };
      return pointFeature(r.code, r.lon, r.lat, properties);
    });
  },
};
