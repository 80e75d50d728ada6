import type { HeatingStatus } from '../schema/village.ts';

/** What decides a village's clean-heating status (task 7). */
export interface HeatingFacts {
  retrofitted: boolean;
  /** Stable operation after retrofit; null when not retrofitted. */
  stableOperation: boolean | null;
  /** Coal re-burning reports within the look-back window up to as-of. */
  recentReburnReports: number;
}

/** Days before as-of that a coal re-burning report keeps a village flagged. */
export const REBURN_LOOKBACK_DAYS = 365;

/**
 * A village's status for the map: not retrofitted; otherwise coal re-burning if any report
 * within the look-back window (it outranks instability: it is the plan's stated problem);
 * otherwise unstable or stable by its operation record.
 *
 * @example
 * heatingStatus({ retrofitted: true, stableOperation: false, recentReburnReports: 0 }); // 'unstable'
 */
export function heatingStatus(facts: HeatingFacts): HeatingStatus {
  if (!facts.retrofitted) return 'not-retrofitted';
  if (facts.recentReburnReports > 0) return 'reburning';
  return facts.stableOperation === false ? 'unstable' : 'stable';
}
