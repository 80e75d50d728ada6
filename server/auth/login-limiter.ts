/** Failed-login limits: per account-and-address and per address, in a sliding window. */
export interface LoginLimits {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

/** Past this many tracked keys, a failure first sweeps out those with no failure in the window. */
const MAX_KEYS = 10_000;

export const defaultLoginLimits: LoginLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 30 };

/**
 * Counts failed logins in memory and says how long a caller must wait. A success clears the
 * account's count (not the address's). Pure: time comes in as an argument.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: LoginLimits = defaultLoginLimits) {}

  /** Seconds to wait before `username` may try again from `address`; 0 when allowed. */
  retryAfter(address: string, username: string, now: number): number {
    const wait = (key: string, limit: number) => {
      const recent = this.recent(key, now);
      return recent.length >= limit ? Math.ceil(((recent[recent.length - limit] as number) + this.limits.windowMs - now) / 1000) : 0;
    };
    return Math.max(wait(`a:${address}`, this.limits.perAddress), wait(`u:${address}|${username}`, this.limits.perAccount));
  }

  fail(address: string, username: string, now: number): void {
    if (this.failures.size > MAX_KEYS) for (const key of [...this.failures.keys()]) this.recent(key, now); // forget stale keys
    for (const key of [`a:${address}`, `u:${address}|${username}`]) this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(address: string, username: string): void {
    this.failures.delete(`u:${address}|${username}`);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.limits.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }
}
