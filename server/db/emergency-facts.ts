/**
 * The heavy-pollution response as the task-15 rules see it at a moment (issue 15): the issued warning in force,
 * the list version that applies, the staggered-production schedules binding that day, the warning's compliance up
 * to the moment and the schedules breached in the last 24 h. Runs on every rule evaluation: it reads only the
 * listed enterprises' outlets and only the hours it needs.
 *
 * @module
 */
import type { ListEntryRecord, OutletEvidence, WarningRecord } from '../emergency/contract.ts';
import { staggerBoundAt, seasonOf } from '../emergency/stagger-bound-at.ts';
import { staggerBreaches } from '../emergency/stagger-breaches.ts';
import { verifyCompliance } from '../emergency/verify-compliance.ts';
import { levelSegments, warningLevelAt } from '../emergency/warning-level-at.ts';
import type { EmergencyFacts } from '../rules/rule-definition.ts';
import type { EnterpriseCompliance } from '../schema/emergency-compliance.ts';
import type { WarningLevel } from '../schema/enums/emergency.ts';
import { addMinutes } from '../time/cst.ts';
import { readEnterpriseEvidence, readOutletEvidence, BASELINE_DAYS } from './emergency-evidence.ts';
import { listVersionInForce, readListVersion } from './emergency-list-repository.ts';
import { readWarning, type StoredWarning } from './emergency-warnings-repository.ts';
import type { Db } from './open-database.ts';
import { readStaggerSchedules } from './stagger-repository.ts';

/**
 * The warnings that may be in force at `at` (started by then, neither lifted nor ended by then), with their events:
 * the level functions decide; a rule evaluation need not read every warning of the years.
 */
export function warningsAround(db: Db, at: string): StoredWarning[] {
  const ids = db
    .prepare(
      `SELECT id FROM emergency_warnings WHERE start_at <= @at AND (lifted_at IS NULL OR lifted_at > @at)
        AND (planned_end_at IS NULL OR planned_end_at > @at) ORDER BY id`,
    )
    .all({ at }) as { id: number }[];
  return ids.flatMap(({ id }) => readWarning(db, id) ?? []);
}

/**
 * The list version a warning applies: its own (the one in force when issued), else the one in force on `day`.
 */
export function warningListVersion(
  db: Db,
  listVersionId: number | null,
  day: string,
): { id: number; version: string; entries: ListEntryRecord[] } | null {
  const id = listVersionId ?? listVersionInForce(db, day);
  if (id === null) return null;
  const version = readListVersion(db, id);
  return version ? { id, version: version.summary.version, entries: version.entries } : null;
}

/**
 * The compliance of warning `w` with the list `entries` up to `at` (clipped to the warning's end): the evidence
 * read, then verified.
 */
export function complianceOf(
  db: Db,
  w: WarningRecord,
  entries: readonly ListEntryRecord[],
  at: string,
): EnterpriseCompliance[] {
  if (entries.length === 0) return [];
  const end = w.liftedAt ?? w.plannedEndAt;
  const upTo = end !== null && end < at ? end : at;
  const enterprises = readEnterpriseEvidence(db, { warningId: w.id, start: w.startAt, at: upTo, entries });
  return verifyCompliance({ segments: levelSegments(w, upTo), at: upTo, enterprises });
}

type BoundSchedule = EmergencyFacts['stagger'][number];

/**
 * The schedules of `bound` breached in the 24 h up to `asOf`: each group of schedules with one start is checked
 * against its outlets' hours since max(start, asOf − 24 h) and the 7 days before its start.
 */
function breachesAt(db: Db, bound: readonly BoundSchedule[], asOf: string): EmergencyFacts['staggerBreaches'] {
  const withOutlet = bound.filter((s) => s.outletCode !== null);
  const byStart = new Map<string, BoundSchedule[]>();
  for (const s of withOutlet) byStart.set(s.from, [...(byStart.get(s.from) ?? []), s]);
  const day = asOf.slice(0, 10);
  const found: EmergencyFacts['staggerBreaches'][number][] = [];
  for (const [from, schedules] of byStart) {
    const start = `${from}T00:00`;
    const dayAgo = addMinutes(asOf, -24 * 60);
    const enterpriseIds = [...new Set(schedules.map((s) => s.enterpriseId))];
    const baseline = readOutletEvidence(db, enterpriseIds, {
      baselineFrom: addMinutes(start, -BASELINE_DAYS * 24 * 60),
      splitAt: start,
      to: start,
    });
    const during = readOutletEvidence(db, enterpriseIds, {
      baselineFrom: dayAgo > start ? dayAgo : start,
      splitAt: dayAgo > start ? dayAgo : start,
      to: asOf,
    });
    const outlets: (OutletEvidence & { enterpriseId: string })[] = [];
    for (const id of enterpriseIds) {
      const before = new Map((baseline.get(id) ?? []).map((o) => [o.outletId, o.baseline]));
      for (const o of during.get(id) ?? [])
        outlets.push({ ...o, enterpriseId: id, baseline: before.get(o.outletId) ?? [] });
    }
    found.push(...staggerBreaches({ schedules, day, outlets }));
  }
  return found;
}

/**
 * The heavy-pollution response at `asOf` (`YYYY-MM-DDTHH:mm` CST): {@link EmergencyFacts}.
 *
 * @example
 * readEmergencyFacts(db, '2023-12-11T18:00').warning?.level; // 'orange' during the demo's December episode
 */
export function readEmergencyFacts(db: Db, asOf: string): EmergencyFacts {
  const day = asOf.slice(0, 10);
  const warnings = warningsAround(db, asOf);
  const inForce = warningLevelAt(warnings, asOf);
  const stored = inForce ? warnings.find((w) => w.id === inForce.warning.id) : undefined;
  const list = warningListVersion(db, inForce ? (stored?.listVersion?.id ?? null) : null, day);
  const schedules = readStaggerSchedules(db, seasonOf(day));
  const boundIds = new Set(staggerBoundAt(schedules, day).map((s) => s.id));
  const stagger = schedules
    .filter((s) => boundIds.has(s.id))
    .map((s) => ({
      id: s.id,
      enterpriseId: s.enterpriseId,
      line: s.line,
      outletCode: s.outletCode,
      from: s.from,
      to: s.to,
      production: s.production,
      limitPct: s.limitPct,
      stricterBuiltUp: s.stricterBuiltUp,
    }));
  return {
    warning:
      inForce && stored
        ? {
            id: inForce.warning.id,
            level: inForce.level,
            levelFrom: inForce.levelFrom,
            start: inForce.warning.startAt,
            issuedAt: inForce.warning.issuedAt,
            plannedEnd: inForce.warning.plannedEndAt,
            basis: stored.basis,
          }
        : null,
    list,
    stagger,
    compliance: inForce && list ? complianceOf(db, inForce.warning, list.entries, asOf) : [],
    staggerBreaches: breachesAt(db, stagger, asOf),
  };
}

/**
 * The level of the warning issued and in force at `at`, else `none` (cheap: the warnings only).
 *
 * @example
 * issuedLevelAt(db, '2023-07-15T11:00'); // 'none'
 */
export function issuedLevelAt(db: Db, at: string): WarningLevel | 'none' {
  return warningLevelAt(warningsAround(db, at), at)?.level ?? 'none';
}
