import { seededRandom } from './prng.ts';

/** Probabilities per device and simulated hour of the faults real devices show. */
export interface FaultRates {
  /** The hour packet is never sent (a gap). */
  gap: number;
  /** The hour's items carry a non-N flag (M maintenance, D fault or C calibration). */
  flag: number;
  /** The acknowledged hour packet is sent once more (the ingest stores it once). */
  duplicate: number;
  /** The first attempt goes out with a wrong CRC (refused; the device resends it correctly). */
  badCrc: number;
  /** Simulated hours after which one micro-station goes silent (null: none does). */
  silentAfterHours: number | null;
}

/** The rates `--faults` uses: low, so the console shows each fault now and then. */
export const defaultFaultRates: FaultRates = {
  gap: 0.01,
  flag: 0.02,
  duplicate: 0.02,
  badCrc: 0.01,
  silentAfterHours: 3,
};

/** No faults at all. */
export const noFaults: FaultRates = { gap: 0, flag: 0, duplicate: 0, badCrc: 0, silentAfterHours: null };

/** The faults one device shows in one simulated hour. */
export interface HourFaults {
  gap: boolean;
  flag: 'M' | 'D' | 'C' | null;
  duplicate: boolean;
  badCrc: boolean;
}

const faultFlags = ['M', 'D', 'C'] as const;

/**
 * The faults of device `mn` in the hour starting at `hourStart`, deterministic per (device, hour, rates).
 *
 * @example
 * hourFaults('LT221180A', '2024-01-01T00:00', noFaults); // { gap: false, flag: null, duplicate: false, … }
 */
export function hourFaults(mn: string, hourStart: string, rates: FaultRates): HourFaults {
  const next = seededRandom(`${mn}|${hourStart}|faults`);
  const gap = next() < rates.gap;
  const flagged = next() < rates.flag;
  const flag = faultFlags[Math.floor(next() * faultFlags.length)] ?? 'M';
  return { gap, flag: flagged ? flag : null, duplicate: next() < rates.duplicate, badCrc: next() < rates.badCrc };
}

/**
 * The micro-station that goes silent: the one whose MN hashes lowest with the label 'silent' (deterministic,
 * spread over the network), null without micro-stations.
 *
 * @example
 * silentDevice([{ mn: 'LT22XFW001', kind: 'micro' }]); // 'LT22XFW001'
 */
export function silentDevice(devices: readonly { mn: string; kind: string }[]): string | null {
  let best: { mn: string; score: number } | null = null;
  for (const d of devices) {
    if (d.kind !== 'micro') continue;
    const score = seededRandom(`${d.mn}|silent`)();
    if (best === null || score < best.score) best = { mn: d.mn, score };
  }
  return best?.mn ?? null;
}
