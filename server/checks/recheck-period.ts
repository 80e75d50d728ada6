import { addMinutes } from '../time/cst.ts';

/**
 * Days a vehicle has after a roadside check found a problem to pass a re-check (复检) before the console raises an
 * alert. A console convention (the plan sets no period; 15 days is the usual 限期维修 term of repair orders).
 */
export const RECHECK_DAYS = 15;

/** A vehicle's latest roadside check up to as-of, as the re-check rule sees it. */
export interface LatestCheck {
  /** `YYYY-MM-DDTHH:mm`, China Standard Time. */
  at: string;
  hit: boolean;
}

/**
 * When the re-check period of a hit ends (`at` + {@link RECHECK_DAYS} days, same minute).
 *
 * @example
 * recheckDueAt('2023-12-01T10:00'); // '2023-12-16T10:00'
 */
export function recheckDueAt(at: string): string {
  return addMinutes(at, RECHECK_DAYS * 24 * 60);
}

/**
 * Whether a vehicle's finding is overdue at `asOf`: its latest check up to as-of is a hit (no passing check came
 * after it) and the re-check period has run out. Exactly at the period's end it is still in time.
 *
 * @example
 * recheckOverdue({ at: '2023-12-01T10:00', hit: true }, '2023-12-16T10:00'); // false
 * recheckOverdue({ at: '2023-12-01T10:00', hit: true }, '2023-12-16T10:01'); // true
 */
export function recheckOverdue(latest: LatestCheck | null, asOf: string): boolean {
  if (!latest?.hit) return false;
  return latest.at <= asOf && recheckDueAt(latest.at) < asOf;
}
