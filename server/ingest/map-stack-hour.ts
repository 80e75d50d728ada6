import type { CpItem } from '../hj212/contract.ts';
import { legacyCodes, stackCodes } from '../hj212/pollutant-codes.ts';

/** One outlet hour as outlet_readings stores it (migration 0009): values as measured, null = not sent. */
export interface StackHour {
  pm: number | null;
  so2: number | null;
  nox: number | null;
  o2: number | null;
  flow: number | null;
  temp: number | null;
  moisture: number | null;
  /** The hour's emitted mass, kg (the packet's `Cou`). */
  pmCou: number | null;
  so2Cou: number | null;
  noxCou: number | null;
  /** The data flag per key sent ('N' when the item had none). */
  flags: Record<string, string>;
}

const valueKeys = ['pm', 'so2', 'nox', 'o2', 'flow', 'temp', 'moisture'] as const;
type ValueKey = (typeof valueKeys)[number];
const isValueKey = (key: string): key is ValueKey => (valueKeys as readonly string[]).includes(key);
const couKeys = { pm: 'pmCou', so2: 'so2Cou', nox: 'noxCou' } as const;

/**
 * The outlet hour of a stack CN 2061 packet's items: each value's `Avg` (else `Rtd`) as sent, whatever
 * its flag (the flags are kept beside the values: judging counts only N), `Cou` of particulate, SO2
 * and NOx as the hour's mass in kg. 2005 codes (01, 02, 03, B02, …) are read as their 2017 codes; the
 * codec's stack units (mg/m³, %, m³/h, ℃) are outlet_readings' units.
 *
 * @example
 * mapStackHour({ a34013: { Avg: 8.1, Cou: 0.9, Flag: 'N' }, a21026: { Avg: 20, Flag: 'M' } });
 * // { pm: 8.1, so2: 20, …, pmCou: 0.9, flags: { pm: 'N', so2: 'M' } }
 */
export function mapStackHour(items: Record<string, CpItem>): StackHour {
  const hour: StackHour = {
    pm: null,
    so2: null,
    nox: null,
    o2: null,
    flow: null,
    temp: null,
    moisture: null,
    pmCou: null,
    so2Cou: null,
    noxCou: null,
    flags: {},
  };
  for (const [sent, item] of Object.entries(items)) {
    const key = stackCodes[legacyCodes[sent] ?? sent]?.key;
    if (key === undefined || !isValueKey(key) || key in hour.flags) continue;
    hour.flags[key] = item.Flag ?? 'N';
    const value = item.Avg ?? item.Rtd;
    if (value !== undefined && Number.isFinite(value)) hour[key] = value;
    if (key === 'pm' || key === 'so2' || key === 'nox') {
      const cou = item.Cou;
      if (cou !== undefined && Number.isFinite(cou)) hour[couKeys[key]] = cou;
    }
  }
  return hour;
}
