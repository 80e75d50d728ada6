/**
 * The public intake's abuse limits (举报入口限流): how many reports one client may file per hour and per day, how
 * many the whole intake takes per minute, and how many ticket look-ups one client may make (guessing tickets).
 * The limits live here, once; {@link SlidingWindowLimiter} does the window maths over epoch milliseconds.
 *
 * @module
 */

/** One limit: at most `max` events in any `windowMs` milliseconds. */
export interface WindowLimit {
  /** What the limit is called in a refusal (`per-hour`, `per-day`, `global-per-minute` …). */
  name: string;
  windowMs: number;
  max: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Reports one client (one hashed address) may file: 5 an hour and 20 a day. */
export const REPORTS_PER_CLIENT: readonly WindowLimit[] = [
  { name: 'per-hour', windowMs: HOUR, max: 5 },
  { name: 'per-day', windowMs: DAY, max: 20 },
];

/** Reports the whole intake takes, from everyone: 30 a minute. */
export const REPORTS_GLOBAL: readonly WindowLimit[] = [{ name: 'global-per-minute', windowMs: MINUTE, max: 30 }];

/** Ticket look-ups one client may make: 30 an hour and 100 a day (a ticket cannot be guessed in that many). */
export const LOOKUPS_PER_CLIENT: readonly WindowLimit[] = [
  { name: 'lookups-per-hour', windowMs: HOUR, max: 30 },
  { name: 'lookups-per-day', windowMs: DAY, max: 100 },
];

/** Keys a limiter keeps at most; past it the oldest keys are dropped (a flood of addresses cannot grow memory). */
const MAX_KEYS = 20_000;

/** The outcome of a take: allowed, or refused naming the limit and the seconds until it frees. */
export type LimitDecision = { ok: true } | { ok: false; limit: WindowLimit; retryAfterSeconds: number };

/**
 * Sliding-window counters per key against a set of limits. An event at time t counts in a window while
 * t > now − windowMs (so exactly windowMs later it is free). `check` only looks; `record` counts; `take` does both
 * (counting only when allowed).
 *
 * @example
 * const limiter = new SlidingWindowLimiter(REPORTS_PER_CLIENT);
 * limiter.take('k', 0); // { ok: true } … five times, then
 * limiter.take('k', 1000); // { ok: false, limit: { name: 'per-hour', … }, retryAfterSeconds: 3599 }
 */
export class SlidingWindowLimiter {
  private readonly times = new Map<string, number[]>();
  private readonly longest: number;
  private readonly keep: number;

  constructor(private readonly limits: readonly WindowLimit[]) {
    this.longest = Math.max(...limits.map((l) => l.windowMs));
    this.keep = Math.max(...limits.map((l) => l.max));
  }

  private recent(key: string, now: number): number[] {
    return (this.times.get(key) ?? []).filter((t) => t > now - this.longest);
  }

  /** Whether `key` may act at `now` (epoch ms), without counting it. */
  check(key: string, now: number): LimitDecision {
    const recent = this.recent(key, now);
    for (const limit of this.limits) {
      const inWindow = recent.filter((t) => t > now - limit.windowMs);
      if (inWindow.length >= limit.max) {
        const frees = (inWindow[inWindow.length - limit.max] as number) + limit.windowMs;
        return { ok: false, limit, retryAfterSeconds: Math.max(1, Math.ceil((frees - now) / 1000)) };
      }
    }
    return { ok: true };
  }

  /** Counts an event of `key` at `now`. */
  record(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.times.delete(key); // re-inserted last: the Map's order is the order of the latest event
    this.times.set(key, recent.slice(-this.keep));
    if (this.times.size > MAX_KEYS) {
      const oldestKey = this.times.keys().next().value;
      if (oldestKey !== undefined) this.times.delete(oldestKey);
    }
  }

  /** `check`, and when allowed `record`. */
  take(key: string, now: number): LimitDecision {
    const decision = this.check(key, now);
    if (decision.ok) this.record(key, now);
    return decision;
  }
}
