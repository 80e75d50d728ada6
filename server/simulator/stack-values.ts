import type { OutletLimits } from '../schema/devices.ts';
import { seededRandom } from './prng.ts';

/** An outlet as the simulator generates its stack data. */
export interface SimOutlet {
  id: string;
  limits: OutletLimits;
  uleLimits: OutletLimits | null;
  /** Reference O2 %, null when the standard states limits as measured (e.g. cement grinding). */
  referenceO2: number | null;
}

/** One simulated outlet hour: mg/m³ as measured, O2 %, flow m³/h, ℃, %, masses kg. */
export interface StackValues {
  pm: number;
  so2: number;
  nox: number;
  o2: number;
  flow: number;
  temp: number;
  moisture: number;
  pmCou: number;
  so2Cou: number;
  noxCou: number;
}

/** Limits assumed for a pollutant the outlet has none for (mg/m³), so the stack still sends a value. */
const fallbackLimits = { pm: 20, so2: 100, nox: 200 } as const;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The applicable limit of one pollutant: the ULE limit where the outlet has one, else the standard's.
 *
 * @example
 * applicableLimit({ id: 'o', limits: { pm: 20 }, uleLimits: { pm: 10 }, referenceO2: null }, 'pm'); // 10
 */
export function applicableLimit(outlet: SimOutlet, key: 'pm' | 'so2' | 'nox'): number | null {
  return outlet.uleLimits?.[key] ?? outlet.limits[key] ?? null;
}

/**
 * The stack data of `outlet` for the hour starting at `hourStart` ('YYYY-MM-DDTHH:mm' CST), deterministic per
 * outlet and hour: each pollutant at 30–70 % of its applicable limit after O2 correction, O2 within 1 point of
 * the reference (near-ambient 19.5–20.5 % without one), a flow of 60,000–400,000 m³/h per outlet varying ±8 %
 * by hour, Cou = concentration × flow / 10⁶ kg. `exceed`: the particulate at 1.5–2.2 × its limit instead.
 *
 * @example
 * stackValues(outlet, '2024-01-01T00:00').pm; // the same value on every run
 */
export function stackValues(outlet: SimOutlet, hourStart: string, options: { exceed?: boolean } = {}): StackValues {
  const hourly = seededRandom(`${outlet.id}|${hourStart}`);
  const fixed = seededRandom(`${outlet.id}|outlet`);
  const ref = outlet.referenceO2;
  const o2 = ref === null ? 19.5 + hourly() : Math.min(20, Math.max(0, ref + (hourly() - 0.5) * 2));
  // measured = corrected × (21 − O2) / (21 − O2_ref): the corrected value is the one set against the limit
  const toMeasured = ref === null ? 1 : (21 - o2) / (21 - ref);
  const concentration = (key: 'pm' | 'so2' | 'nox', exceed: boolean) => {
    const limit = applicableLimit(outlet, key) ?? fallbackLimits[key];
    const share = exceed ? 1.5 + 0.7 * hourly() : 0.3 + 0.4 * hourly();
    return round(limit * share * toMeasured, 2);
  };
  const pm = concentration('pm', options.exceed === true);
  const so2 = concentration('so2', false);
  const nox = concentration('nox', false);
  const flow = Math.round((60_000 + 340_000 * fixed()) * (0.92 + 0.16 * hourly()));
  const hot = ref !== null;
  const temp = round((hot ? 110 : 55) + (hot ? 50 : 35) * fixed() + 4 * (hourly() - 0.5), 1);
  const moisture = round((hot ? 6 : 2) + 6 * fixed() + hourly() - 0.5, 1);
  const cou = (c: number) => round((c * flow) / 1e6, 4);
  return { pm, so2, nox, o2: round(o2, 2), flow, temp, moisture, pmCou: cou(pm), so2Cou: cou(so2), noxCou: cou(nox) };
}
