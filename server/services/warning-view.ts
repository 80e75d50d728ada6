import type { StoredWarning } from '../db/emergency-warnings-repository.ts';
import { levelSegments, warningStatusAt } from '../emergency/warning-level-at.ts';
import type { LevelSegment, Warning } from '../schema/emergency-warnings.ts';
import type { WarningLevel } from '../schema/enums/emergency.ts';
import { cstMinute } from '../time/cst.ts';

/**
 * The stretch of a warning's level that applies at `at`: the one holding `at`, the first before the start, the
 * last once the warning is over; null for a warning without any stretch (lifted before it started).
 */
export function segmentAt(segments: readonly LevelSegment[], at: string): LevelSegment | null {
  const holding = segments.find((s) => s.from <= at && (s.to === null || at < s.to));
  if (holding) return holding;
  const first = segments[0];
  if (first && at < first.from) return first;
  return segments.at(-1) ?? null;
}

/** The warning's first level (its issue's). */
const issuedLevel = (w: StoredWarning): WarningLevel =>
  w.events.find((e) => e.kind === 'issue')?.level ?? w.events.find((e) => e.level !== null)?.level ?? 'yellow';

/**
 * A stored warning as the API shows it at `at`: its status then, its level then (the first level before its start,
 * the last once over), the stretches of each level, and 提前预警 as the hours from publication to start.
 */
export function warningView(w: StoredWarning, at: string): Warning {
  const segments = levelSegments(w);
  return {
    id: w.id,
    level: segmentAt(segments, at)?.level ?? issuedLevel(w),
    status: warningStatusAt(w, at),
    issuedAt: w.issuedAt,
    start: w.startAt,
    plannedEnd: w.plannedEndAt,
    liftedAt: w.liftedAt,
    advanceHours: (cstMinute(w.startAt) - cstMinute(w.issuedAt)) / 60,
    basis: w.basis,
    forecast: w.forecast && { dailyAqi: w.forecast.dailyAqi, derivedLevel: w.forecast.derivedLevel },
    document: w.document,
    note: w.note,
    listVersion: w.listVersion,
    events: w.events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      effectiveAt: e.effectiveAt,
      level: e.level,
      plannedEnd: e.plannedEndAt,
      note: e.note,
      recordedAt: e.recordedAt,
      recordedBy: e.recordedBy,
    })),
    segments,
    provenance: w.provenance,
    createdBy: w.createdBy,
  };
}

/** The audit log's picture of a warning: its times, basis and level stretches. */
export const auditedWarning = (w: StoredWarning) => ({
  issuedAt: w.issuedAt,
  start: w.startAt,
  plannedEnd: w.plannedEndAt,
  liftedAt: w.liftedAt,
  basis: w.basis,
  listVersionId: w.listVersion?.id ?? null,
  segments: levelSegments(w),
});
