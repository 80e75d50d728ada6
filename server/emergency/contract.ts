/**
 * The heavy-pollution response's pure domain (issue 15): the types its functions take and give. Each function
 * lives in its own file of server/emergency/ (no HTTP or database imports); the repositories in server/db/ read
 * rows into these shapes and the routes serve what the functions compute.
 *
 * - `warning-level-at.ts`: `levelSegments(w)`, `warningLevelAt(warnings, at)`, `warningStatusAt(w, at)`.
 * - `list-totals.ts`: `listTotals(entries)`, `checkList(totals, requirement)`.
 * - `diff-list-versions.ts`: `diffListVersions(from, to)`.
 * - `stagger-bound-at.ts`: `staggerBoundAt(schedules, day)`, `seasonOf(day)`, `seasonPeriod(season)`.
 * - `verify-compliance.ts`: `verifyCompliance(input)` (its CEMS tests in `cems-checks.ts`).
 * - `stagger-breaches.ts`: `staggerBreaches({ schedules, day, outlets })`.
 *
 * @module
 */
import type { ComplianceVerdict, TruckStage, WarningChange, WarningLevel } from '../schema/enums/emergency.ts';
import type { EnterpriseCompliance } from '../schema/emergency-compliance.ts';
import type { ListEntryInput, Reductions } from '../schema/emergency-list.ts';
import type { StaggerProduction } from '../schema/enums/emergency.ts';
import type { LevelSegment } from '../schema/emergency-warnings.ts';

export type { LevelSegment } from '../schema/emergency-warnings.ts';

/** One change of a warning, as stored (moments `YYYY-MM-DDTHH:mm` CST). */
export interface WarningEventRecord {
  seq: number;
  kind: WarningChange;
  effectiveAt: string;
  /** null on a lift. */
  level: WarningLevel | null;
  plannedEndAt: string | null;
}

/** A warning with its events, as the level functions need it. */
export interface WarningRecord {
  id: number;
  issuedAt: string;
  startAt: string;
  /** As now planned (the last extension's). */
  plannedEndAt: string | null;
  liftedAt: string | null;
  /** In seq order; the first is the issue. */
  events: readonly WarningEventRecord[];
}

/** The warning in force at a moment and its level then. */
export interface WarningInForce {
  warning: WarningRecord;
  level: WarningLevel;
  /** When the current level began. */
  levelFrom: string;
}

/** An entry of a list version (the input shape; the enterprise may no longer exist). */
export type ListEntryRecord = ListEntryInput;

/** Totals per level, t/day. */
export type LevelTotals = Record<WarningLevel, Reductions>;

/** The required shares and the district's base emissions (t/day) they apply to. */
export interface RequirementRecord {
  shares: Record<WarningLevel, number>;
  base: Reductions;
}

/** A staggered-production schedule, as the bound-at function needs it (dates inclusive). */
export interface StaggerRecord {
  id: number;
  enterpriseId: string;
  line: string;
  outletCode: string | null;
  from: string;
  to: string;
  production: StaggerProduction;
  limitPct: number | null;
}

/** One hour of an outlet's CEMS data (hour-end label, CST; mg/m³ as measured, m³/h; null = not sent). */
export interface CemsHour {
  ts: string;
  pm: number | null;
  so2: number | null;
  nox: number | null;
  flow: number | null;
  /** Only valid ('N') values count; the reader drops the others to null. */
}

/** An outlet of a listed enterprise with its hours over the warning and the baseline before it. */
export interface OutletEvidence {
  outletId: string;
  /** 排放口编号, matched to the measures' `outletCode`. */
  code: string;
  name: string;
  /** Hours inside the warning's stretch up to the check's moment. */
  during: readonly CemsHour[];
  /**
   * Hours of the baseline: the 7 days before the warning's start (the reader's choice; fewer when the data are
   * shorter). The normal flow and emission rates are their medians.
   */
  baseline: readonly CemsHour[];
}

/** An outlet's evidence for the staggered-production breach check, keyed by enterprise and outlet code. */
export type StaggerOutletEvidence = OutletEvidence & { enterpriseId: string };

/** A visit during the warning (supervision), as evidence. */
export interface VisitEvidence {
  id: number;
  visitedAt: string;
  inspector: string;
  verdict: 'compliant' | 'non-compliant' | 'not-checked';
  lines: readonly { line: string; state: 'stopped' | 'limited' | 'running' }[];
  note: string;
  photoId: number | null;
}

/** A gate-system truck record during the warning. */
export interface GateEvidence {
  at: string;
  plate: string;
  direction: 'in' | 'out';
  stage: TruckStage;
}

/** Everything the compliance check looks at for one listed enterprise. */
export interface EnterpriseEvidenceInput {
  entry: ListEntryRecord;
  township: string | null;
  supervisor: string | null;
  outlets: readonly OutletEvidence[];
  visits: readonly VisitEvidence[];
  /** null when the enterprise has no gate system; [] when it has one and recorded no truck. */
  gate: readonly GateEvidence[] | null;
}

/** The input of {@link VerifyCompliance}. */
export interface ComplianceInput {
  /** The warning's level stretches, clipped to the check's moment. */
  segments: readonly LevelSegment[];
  /** The check's moment (CST): evidence after it is not known yet. */
  at: string;
  enterprises: readonly EnterpriseEvidenceInput[];
}

/**
 * Thresholds of the CEMS checks (exported by verify-compliance.ts as `CEMS_THRESHOLDS`): a stopped line's outlet
 * shows flow above `stoppedFlowShare` of its baseline flow in more than `toleratedHours` valid hours → non-compliant;
 * a limited line's emission rate (concentration × flow) above (1 − limit) × baseline × (1 + `limitTolerance`) in the
 * median of the hours → non-compliant. Fewer than `minHours` valid hours → no CEMS verdict.
 */
export interface CemsThresholds {
  stoppedFlowShare: number;
  toleratedHours: number;
  limitTolerance: number;
  minHours: number;
}

/** Signature of `verifyCompliance` (verify-compliance.ts). */
export type VerifyCompliance = (input: ComplianceInput) => EnterpriseCompliance[];

/** The verdict order: non-compliant beats compliant beats unverified. */
export const verdictRank: Readonly<Record<ComplianceVerdict, number>> = {
  'non-compliant': 2,
  compliant: 1,
  unverified: 0,
};
