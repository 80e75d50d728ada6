import {
  checkOutcomes,
  checkProblems,
  type CheckOutcome,
  type CheckProblem,
  type CheckpointKind,
} from '../schema/enums/roadside-check.ts';
import { vehicleEmissionStages, type VehicleEmissionStage } from '../schema/enums/vehicle.ts';
import { checkProblemsOf, type CheckResults } from './check-problems.ts';

/** One check as the summary counts it. */
export interface SummarizedCheck extends CheckResults {
  checkpointId: string;
  emissionStage: VehicleEmissionStage | null;
  outcome: CheckOutcome;
}

/** A checkpoint the summary lists (every one in scope, also those without checks in the period). */
export interface SummarizedCheckpoint {
  id: string;
  name: string;
  kind: CheckpointKind;
  township: string;
}

/** Checks, hits and their rate (hits / checks; null without checks). */
export interface HitCount {
  checks: number;
  hits: number;
  rate: number | null;
}

/** The counts GET /api/checks/summary serves. */
export interface CheckSummaryCounts extends HitCount {
  byCheckpoint: (SummarizedCheckpoint & HitCount)[];
  byProblem: { problem: CheckProblem; count: number }[];
  byOutcome: { outcome: CheckOutcome; count: number }[];
  /** Per emission stage; `unknown` when the check did not record one. */
  byStage: ({ stage: VehicleEmissionStage | 'unknown' } & HitCount)[];
}

const rateOf = (checks: number, hits: number): HitCount => ({ checks, hits, rate: checks > 0 ? hits / checks : null });

/**
 * Totals, hit rate and the breakdowns (by checkpoint, problem, outcome, emission stage) of `checks`. A check with
 * several problems counts once under each; stages and outcomes without checks are listed with 0.
 *
 * @example
 * summarizeChecks([], []).rate; // null
 */
export function summarizeChecks(
  checks: readonly SummarizedCheck[],
  checkpoints: readonly SummarizedCheckpoint[],
): CheckSummaryCounts {
  const perPoint = new Map(checkpoints.map((p) => [p.id, { checks: 0, hits: 0 }]));
  const perStage = new Map<VehicleEmissionStage | 'unknown', { checks: number; hits: number }>(
    [...vehicleEmissionStages, 'unknown' as const].map((s) => [s, { checks: 0, hits: 0 }]),
  );
  const problems = new Map<CheckProblem, number>(checkProblems.map((p) => [p, 0]));
  const outcomes = new Map<CheckOutcome, number>(checkOutcomes.map((o) => [o, 0]));
  let hits = 0;
  for (const check of checks) {
    const found = checkProblemsOf(check);
    const hit = found.length > 0 ? 1 : 0;
    hits += hit;
    for (const problem of found) problems.set(problem, (problems.get(problem) ?? 0) + 1);
    outcomes.set(check.outcome, (outcomes.get(check.outcome) ?? 0) + 1);
    for (const bucket of [perPoint.get(check.checkpointId), perStage.get(check.emissionStage ?? 'unknown')]) {
      if (!bucket) continue;
      bucket.checks += 1;
      bucket.hits += hit;
    }
  }
  return {
    ...rateOf(checks.length, hits),
    byCheckpoint: checkpoints.map((p) => {
      const n = perPoint.get(p.id) ?? { checks: 0, hits: 0 };
      return { ...p, ...rateOf(n.checks, n.hits) };
    }),
    byProblem: [...problems].map(([problem, count]) => ({ problem, count })),
    byOutcome: [...outcomes].map(([outcome, count]) => ({ outcome, count })),
    byStage: [...perStage].map(([stage, n]) => ({ stage, ...rateOf(n.checks, n.hits) })),
  };
}
