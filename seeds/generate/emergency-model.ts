/**
 * What the heavy-pollution response's demo generators (seeds/generate/emergency*.ts) share: the rows' source and
 * recorder, the planned versions and warnings, and the level and measure look-ups.
 *
 * @module
 */
import type { WarningLevel } from '../../server/schema/enums/emergency.ts';
import { cstInstant } from '../../server/time/cst.ts';
import type { DemoEntry, DemoMeasure } from './emergency-list.ts';

/** A row as seeds/insert-rows.ts inserts it. */
export type Row = Record<string, string | number | null | Buffer>;

/** The `source` of the demo rows (provenance synthetic everywhere). */
export const EMERGENCY_SOURCE = 'seeds/generate/emergency.ts: synthetic demo';
/** Who the demo rows are recorded by. */
export const BY = 'seed';
/** A CST moment as the ISO UTC instant of `recorded_at` / `created_at`. */
export const utc = (cst: string): string => cstInstant(cst).toISOString();

/** A list version as the generators pass it on. */
export interface Version {
  id: number;
  label: string;
  effectiveFrom: string;
  entries: DemoEntry[];
}

/** A demo warning as planned (moments CST). */
export interface Warning {
  id: number;
  role: 'regional' | 'forecast' | 'decision';
  issuedAt: string;
  startAt: string;
  plannedEndAt: string;
  liftedAt: string | null;
  /** [effective_at, level] of each level change (the first is the issue). */
  levels: [string, WarningLevel][];
  /** When the measures stop: the lift or the planned end. */
  endAt: string;
  version: Version;
}

/** The level of `w` in force at moment `t`, or null. */
export function levelAt(w: Warning, t: string): WarningLevel | null {
  if (t < w.startAt || t >= w.endAt) return null;
  let level: WarningLevel | null = null;
  for (const [at, l] of w.levels) if (at <= t) level = l;
  return level;
}

/** The stop or limit measure of an entry's line on outlet `code` at a level. */
export function outletMeasure(entry: DemoEntry, level: WarningLevel, code: string): DemoMeasure | undefined {
  return entry.measures[level].find((m) => m.outletCode === code && (m.kind === 'stop' || m.kind === 'limit'));
}

/** Who breaks what: a CEMS stop violator, a CEMS limit violator, two visit violators, a gate violator. */
export interface Violators {
  warningId: number;
  level: WarningLevel;
  cemsStop: { enterpriseId: string; code: string } | null;
  cemsLimit: { enterpriseId: string; code: string; pct: number } | null;
  visits: string[];
  gate: string | null;
}
