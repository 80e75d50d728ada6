/**
 * The concentration surface of an hour (GET /api/air/surface): the stations' readings and wind of the hour
 * (db/air-surface-reads.ts), each station's value from the AQ engine (aq/surface-bands.ts), the IDW grid clipped
 * to the county (spatial/surface-idw.ts, reference/surface-county.ts), the levels and the response body.
 *
 * @module
 */
import { stationSurfaceValue, surfaceBands, surfaceLevel, type SurfaceMetric } from '../aq/surface-bands.ts';
import { readSurfaceStations, type SurfaceStationRow } from '../db/air-surface-reads.ts';
import type { Db } from '../db/open-database.ts';
import { surfaceCounty } from '../reference/surface-county.ts';
import type { AirSurface } from '../schema/air-surface.ts';
import type { Localized } from '../schema/localized.ts';
import { idwSurface, IDW_POWER, type IdwSample } from '../spatial/surface-idw.ts';
import { hourEndingDate } from '../time/cst.ts';

/** The hour-ending label of the last hour that ended at or before `asOf` (`YYYY-MM-DDTHH:mm`). */
export function surfaceHour(asOf: string): string {
  return `${asOf.slice(0, 13)}:00`;
}

/** The method, in words (a console convention: no standard prescribes how to interpolate between stations). */
export const SURFACE_METHOD_TEXT: Localized = {
  zh:
    '反距离加权插值（IDW，幂 2）：每格取该小时所有有效站点（国控站与微站）数值按距离平方倒数加权的平均值；' +
    '站点所在格显示该站读数（同格多站取最高），坐标重合的站点取均值；网格按区界裁剪。AQI 面为各站实时 AQI' +
    '（HJ 633-2012）的插值；分级颜色按 HJ 633-2012。插值方法为本控制台约定，标准未作规定。',
  en:
    'Inverse-distance weighting (IDW, power 2): each cell is the mean of every station with a valid value that ' +
    'hour (national and micro), weighted by 1/distance²; a cell holding a station shows its reading (the highest ' +
    'when it holds several), coincident stations take their mean; the grid is clipped to the district. The AQI ' +
    'surface interpolates the stations’ real-time AQI (HJ 633-2012); bands per HJ 633-2012. The interpolation is ' +
    'a console convention: no standard prescribes one.',
};

const EMPTY_REASON: Localized = {
  zh: '该小时没有站点有有效数值，无法插值。',
  en: 'No station had a valid value that hour: nothing to interpolate.',
};

const PROVENANCE_ORDER = ['official', 'approximate', 'synthetic'] as const;

function isStopped(station: SurfaceStationRow, date: string): boolean {
  return station.status === 'stopped' && (station.stoppedOn === null || station.stoppedOn <= date);
}

/** One decimal, kept within the values used (so rounding never leaves their range). */
function roundWithin(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value * 10) / 10));
}

/**
 * The surface of `metric` for the hour labelled `hour` (see {@link surfaceHour}), on cells of `cellKm`.
 *
 * @example
 * airSurfaceAt(db, surfaceHour('2023-07-01T15:30'), 'pm25', 1).hour; // '2023-07-01T15:00'
 */
export function airSurfaceAt(db: Db, hour: string, metric: SurfaceMetric, cellKm: number): AirSurface {
  const date = hourEndingDate(hour);
  const rows = readSurfaceStations(db, hour);
  const used: AirSurface['stations']['used'] = [];
  const excluded: AirSurface['stations']['excluded'] = [];
  const samples: IdwSample[] = [];
  const usedRows: SurfaceStationRow[] = [];
  const wind: AirSurface['wind'] = [];
  for (const s of rows) {
    const position: [number, number] = [s.lon, s.lat];
    const base = { code: s.code, name: s.name, kind: s.kind, position };
    if (isStopped(s, date)) {
      excluded.push({ ...base, reason: 'stopped' });
      continue;
    }
    if (s.ws !== null && s.wd !== null) wind.push({ code: s.code, position, ws: s.ws, wd: s.wd });
    const reading = { SO2: s.so2, NO2: s.no2, PM10: s.pm10, 'PM2.5': s.pm25, CO: s.co, O3: s.o3 };
    const outcome = stationSurfaceValue(metric, reading);
    const level = outcome.ok ? surfaceLevel(metric, outcome.value) : null;
    if (!outcome.ok || level === null) {
      excluded.push({ ...base, reason: outcome.ok ? 'invalid' : outcome.reason });
      continue;
    }
    used.push({ ...base, value: outcome.value, level });
    usedRows.push(s);
    samples.push({ lon: s.lon, lat: s.lat, value: outcome.value });
  }
  const county = surfaceCounty();
  const grid = idwSurface(samples, { bbox: county.bbox, cellKm }, county.contains);
  const values = samples.map((s) => s.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const cells: AirSurface['cells'] = grid.cells.map((cell) => {
    const value = cell.sample === null ? roundWithin(cell.value, min, max) : cell.value;
    const station = cell.sample === null ? null : (used[cell.sample.members[0] ?? 0]?.code ?? null);
    return { col: cell.col, row: cell.row, value, level: surfaceLevel(metric, value) ?? 1, station };
  });
  const provenance =
    usedRows.length === 0
      ? null
      : PROVENANCE_ORDER[Math.max(...usedRows.map((s) => PROVENANCE_ORDER.indexOf(s.readingsProvenance)))];
  return {
    hour,
    metric,
    unit: metric === 'aqi' ? 'AQI' : 'µg/m³',
    method: { name: 'idw', power: IDW_POWER, text: SURFACE_METHOD_TEXT },
    grid: { ...grid.geometry, cellKm },
    cells,
    bands: surfaceBands(metric).map((band) => ({ ...band })),
    range: samples.length === 0 ? null : { min, max },
    stations: { used, excluded },
    wind,
    empty: samples.length === 0 ? EMPTY_REASON : null,
    provenance: provenance ?? null,
  };
}
