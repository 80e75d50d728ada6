/**
 * The HJ 633-2012 bands of the concentration surface (issue 18): a surface metric's value → its AQI level, the
 * level table with each band's numbers for the legend, and a station hour's value of a metric from the AQ engine
 * (the real-time AQI of {@link aqi}, or the 1-h concentration whose band is that of its IAQI).
 *
 * @module
 */
import type { Pollutant } from '../schema/plan.ts';
import { aqi, iaqi, type HourlyAqiInputs } from './aqi.ts';
import { AQI_LEVELS, aqiLevel, type AqiColor, type AqiLevel } from './aqi-level.ts';
import { breakpointRow, IAQI_LEVELS } from './breakpoints.ts';

/** What the surface shows: the real-time AQI or one pollutant's 1-h concentration. */
export type SurfaceMetric = 'aqi' | 'pm25' | 'pm10' | 'o3' | 'no2';

/** Every surface metric, in menu order. */
export const SURFACE_METRICS = ['aqi', 'pm25', 'pm10', 'o3', 'no2'] as const satisfies readonly SurfaceMetric[];

/** The pollutant of a concentration metric. */
export const SURFACE_POLLUTANT: Readonly<Record<Exclude<SurfaceMetric, 'aqi'>, Pollutant>> = {
  pm25: 'PM2.5',
  pm10: 'PM10',
  o3: 'O3',
  no2: 'NO2',
};

/** One band of the legend: values in (`from`, `to`] are this level (the first band includes 0). */
export interface SurfaceBand {
  readonly level: AqiLevel;
  readonly from: number;
  /** Upper edge, inclusive; null for the open top band. */
  readonly to: number | null;
  readonly color: AqiColor;
}

/**
 * The AQI level of a surface value: for `aqi` the level of the value itself (HJ 633 Table 2; a fractional
 * interpolated AQI above an edge is in the band above, as the ceiling rule would put it); for a pollutant the
 * level of its IAQI on the 1-h row HJ 633 Table 1 uses in the real-time report (PM2.5 and PM10 on their 24-h
 * rows, as the engine does). Null for a negative or non-finite value.
 *
 * @example
 * surfaceLevel('pm25', 35); // 1 (IAQI 50)
 * surfaceLevel('pm25', 35.1); // 2 (IAQI 51)
 * surfaceLevel('aqi', 100); // 2
 */
export function surfaceLevel(metric: SurfaceMetric, value: number): AqiLevel | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (metric === 'aqi') return aqiLevel(value)?.level ?? null;
  const index = iaqi(SURFACE_POLLUTANT[metric], '1h', value);
  return index === null ? null : (aqiLevel(index)?.level ?? null);
}

/**
 * The six bands of a metric with their edges: AQI 0–50–100–150–200–300–; for a pollutant the concentrations of
 * its 1-h breakpoint row at IAQI 50, 100, 150, 200 and 300 (µg/m³).
 *
 * @example
 * surfaceBands('pm25').map((b) => b.to); // [35, 75, 115, 150, 250, null]
 */
export function surfaceBands(metric: SurfaceMetric): SurfaceBand[] {
  const edges: readonly number[] =
    metric === 'aqi' ? IAQI_LEVELS : (breakpointRow(SURFACE_POLLUTANT[metric], '1h')?.concentrations ?? []);
  return AQI_LEVELS.map((band, i) => ({
    level: band.level,
    from: edges[i] ?? 0,
    to: i === AQI_LEVELS.length - 1 ? null : (edges[i + 1] ?? null),
    color: band.color,
  }));
}

/** A station hour's value of a metric, or why there is none. */
export type StationSurfaceValue =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'missing' | 'invalid' };

/**
 * The value a station hour gives a metric: `aqi` the HJ 633 real-time AQI of the hour's readings (the AQ
 * engine's {@link aqi}, hourly mode); a pollutant its 1-h concentration. Missing when nothing was measured,
 * invalid when a value cannot be used (negative, not finite, or no sub-index).
 *
 * @example
 * stationSurfaceValue('aqi', { 'PM2.5': 16, PM10: 88, CO: 0.2, SO2: 3, NO2: 11, O3: 75 }); // { ok: true, value: 69 }
 */
export function stationSurfaceValue(metric: SurfaceMetric, reading: HourlyAqiInputs): StationSurfaceValue {
  if (metric === 'aqi') {
    const result = aqi(reading, 'hourly');
    if (result.aqi !== null) return { ok: true, value: result.aqi };
    const measured = Object.values(reading).some((v) => v !== null && v !== undefined);
    return { ok: false, reason: measured ? 'invalid' : 'missing' };
  }
  const value = reading[SURFACE_POLLUTANT[metric]];
  if (value === null || value === undefined) return { ok: false, reason: 'missing' };
  return surfaceLevel(metric, value) === null ? { ok: false, reason: 'invalid' } : { ok: true, value };
}
