/**
 * A warning's level over time (issue 15, 「提前预警」): the stretches of each level from its issue through upgrades
 * and downgrades to its lift or planned end, the warning in force at a moment, and a warning's status then. Moments
 * are CST `YYYY-MM-DDTHH:mm` strings, which order as text.
 *
 * Reading of the record: the level applies from the warning's start; an upgrade or downgrade applies from
 * its `effectiveAt` (never before the start); an `extend` only moves the planned end and changes no level; the
 * warning is in force while start <= t < lifted (if lifted) and t < planned end (if any).
 *
 * @module
 */
import type { WarningLevel } from '../schema/enums/emergency.ts';
import type { LevelSegment, WarningInForce, WarningRecord } from './contract.ts';

/** A level change as it applies: from when (clamped to the start) and its order of record. */
interface LevelChange {
  seq: number;
  at: string;
  level: WarningLevel;
}

const later = (a: string, b: string): string => (a > b ? a : b);

function levelChanges(w: WarningRecord): LevelChange[] {
  const changes: LevelChange[] = [];
  for (const event of w.events) {
    if (event.level === null || event.kind === 'lift' || event.kind === 'extend') continue;
    const at = event.kind === 'issue' ? w.startAt : later(event.effectiveAt, w.startAt);
    changes.push({ seq: event.seq, at, level: event.level });
  }
  return changes;
}

/** The level at `t` by the record: the newest (by seq) change already effective; null before the first. */
function levelByRecord(changes: readonly LevelChange[], t: string): WarningLevel | null {
  let best: LevelChange | null = null;
  for (const change of changes) if (change.at <= t && (best === null || change.seq > best.seq)) best = change;
  return best?.level ?? null;
}

/** When the warning stops being in force (the earlier of its lift and planned end); null while open-ended. */
export function warningEndAt(w: WarningRecord): string | null {
  if (w.liftedAt === null) return w.plannedEndAt;
  if (w.plannedEndAt === null) return w.liftedAt;
  return w.liftedAt < w.plannedEndAt ? w.liftedAt : w.plannedEndAt;
}

/**
 * The warning's stretches of one level, [from, to), in time order, adjacent stretches of the same level merged.
 * Each starts at a level change (clamped to the start) and ends at the next change or at the warning's end (the
 * earlier of lift and planned end). With `until`, stretches starting at or after it are dropped and a stretch still
 * open at `until` has `to` null; without it, `to` is null only when the warning has neither lift nor planned end.
 * A warning lifted before its start has no stretch.
 *
 * @example
 * levelSegments(orangeUpgradedToRed);
 * // [{ level: 'orange', from: '2023-12-10T00:00', to: '2023-12-11T12:00' },
 * //  { level: 'red', from: '2023-12-11T12:00', to: '2023-12-13T00:00' }]
 */
export function levelSegments(w: WarningRecord, until?: string): LevelSegment[] {
  const end = warningEndAt(w);
  const changes = levelChanges(w);
  const points = [...new Set(changes.map((c) => c.at))].sort();
  const segments: LevelSegment[] = [];
  for (const from of points) {
    if (end !== null && from >= end) break;
    if (until !== undefined && from >= until) break;
    const level = levelByRecord(changes, from);
    const last = segments.at(-1);
    if (level === null || last?.level === level) continue;
    if (last !== undefined) last.to = from;
    segments.push({ level, from, to: null });
  }
  const last = segments.at(-1);
  // The last stretch runs to the warning's end, unless that is past `until` (then it is still open there).
  if (last !== undefined && end !== null && (until === undefined || end <= until)) last.to = end;
  return segments;
}

/**
 * The warning's status at `at`: `lifted` once its lift has passed (even if lifted before it started), `ended` once
 * its planned end has passed without an earlier lift, `scheduled` before its start, else `in-force`.
 */
export function warningStatusAt(w: WarningRecord, at: string): 'scheduled' | 'in-force' | 'lifted' | 'ended' {
  const end = warningEndAt(w);
  if (end !== null && at >= end) return w.liftedAt !== null && w.liftedAt === end ? 'lifted' : 'ended';
  if (at < w.startAt) return 'scheduled';
  return 'in-force';
}

/**
 * The warning in force at `at` and its level then; null when none is. Should the data hold overlapping warnings,
 * the one that started last wins (then the higher id).
 *
 * @example
 * warningLevelAt(warnings, '2023-12-11T08:00'); // { warning, level: 'orange', levelFrom: '2023-12-10T00:00' }
 */
export function warningLevelAt(warnings: readonly WarningRecord[], at: string): WarningInForce | null {
  let found: WarningInForce | null = null;
  for (const warning of warnings) {
    if (warningStatusAt(warning, at) !== 'in-force') continue;
    const level = levelByRecord(levelChanges(warning), at);
    if (level === null) continue;
    if (found !== null) {
      const a: WarningRecord = found.warning;
      if (a.startAt > warning.startAt || (a.startAt === warning.startAt && a.id > warning.id)) continue;
    }
    const segment = levelSegments(warning).find((s) => s.from <= at && (s.to === null || at < s.to));
    found = { warning, level, levelFrom: segment?.from ?? warning.startAt };
  }
  return found;
}
