import type { StackReading } from '../../server/monitoring/stack-reading.ts';
import { addMinutes } from '../../server/time/cst.ts';

/** A valid hour (all N) with the given overrides. */
export function reading(ts: string, overrides: Partial<StackReading> = {}): StackReading {
  return {
    ts,
    pm: 5,
    so2: 20,
    nox: 40,
    o2: 10,
    flow: 50_000,
    temp: 80,
    moisture: 8,
    pmCou: null,
    so2Cou: null,
    noxCou: null,
    flags: { pm: 'N', so2: 'N', nox: 'N' },
    ...overrides,
  };
}

/** `count` consecutive hour labels from `from`. */
export function hoursFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMinutes(from, 60 * i));
}
