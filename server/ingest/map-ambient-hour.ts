import type { CpItem } from '../hj212/contract.ts';
import { ambientCodes, legacyCodes } from '../hj212/pollutant-codes.ts';

/** One station hour as station_readings stores it: µg/m³ (CO mg/m³), null = not sent or not valid. */
export interface AmbientHour {
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm25: number | null;
  co: number | null;
  o3: number | null;
}

const readingKeys = ['so2', 'no2', 'pm10', 'pm25', 'co', 'o3'] as const;
type ReadingKey = (typeof readingKeys)[number];
const isReadingKey = (key: string): key is ReadingKey => (readingKeys as readonly string[]).includes(key);

/**
 * The station hour of an ambient CN 2061 packet's items: each pollutant's `Avg` (else `Rtd`) when
 * its data flag is N (an item without a flag counts as N), else null: F, M, S, D, C, T and B values
 * are not valid monitoring data. 2005 codes are read as their 2017 codes. The codec's units for the
 * ambient codes (µg/m³, CO mg/m³) are station_readings' units.
 *
 * @example
 * mapAmbientHour({ a34004: { Avg: 35, Flag: 'N' }, a21026: { Avg: 9, Flag: 'M' } });
 * // { so2: null, no2: null, pm10: null, pm25: 35, co: null, o3: null }
 */
export function mapAmbientHour(items: Record<string, CpItem>): AmbientHour {
  const hour: AmbientHour = { so2: null, no2: null, pm10: null, pm25: null, co: null, o3: null };
  for (const [sent, item] of Object.entries(items)) {
    const key = ambientCodes[legacyCodes[sent] ?? sent]?.key;
    if (key === undefined || !isReadingKey(key) || hour[key] !== null) continue;
    if (item.Flag !== undefined && item.Flag !== 'N') continue;
    const value = item.Avg ?? item.Rtd;
    if (value !== undefined && Number.isFinite(value)) hour[key] = value;
  }
  return hour;
}
