/**
 * Failed-login limits in a sliding window: per account name, counted across every address,
 * and per client address, counted across every name.
 */
export interface LoginLimits {
  /** Length of the sliding window, milliseconds. */
  windowMs: number;
  /** Failures against one account name (from any address) that lock it, for everyone. */
  perAccount: number;
  /** Failures from one address (any names) that lock that address out of every account. */
  perAddress: number;
}

/**
 * 10 failures per account name and 50 per address in 15 minutes. The account limit bounds
 * password guessing against any one account to 40 an hour however many addresses guess; the
 * higher address limit stops one address from trying many accounts.
 */
export const defaultLoginLimits: LoginLimits = { windowMs: 15 * 60_000, perAccount: 10, perAddress: 50 };

/**
 * Each table keeps at most this many keys. Past it, stale keys are swept and then the least
 * recently failed dropped down to 90 % of it, so a sweep (linear in the keys) runs at most once
 * per 1,000 failures.
 */
const MAX_KEYS = 10_000;
const SHRINK_TO = 9_000;

/** Failure times (epoch ms) per key, in a window, with a bounded number of keys. */
class FailureTable {
  private readonly times = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  /** Failure times of `key` still in the window at `now`. */
  recent(key: string, now: number): number[] {
    const list = (this.times.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length) this.times.set(key, list);
    else this.times.delete(key);
    return list;
  }

  /** Seconds until fewer than `limit` failures of `key` are in the window; 0 when already so. */
  wait(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now);
    return recent.length >= limit
      ? Math.ceil(((recent[recent.length - limit] as number) + this.windowMs - now) / 1000)
      : 0;
  }

  /** Records a failure of `key`, keeping at most `limit` times (older ones no longer decide a wait). */
  add(key: string, limit: number, now: number, capped: boolean): void {
    const list = [...this.recent(key, now), now].slice(-limit);
    this.times.delete(key); // re-inserted last: the Map's order is the order of the latest failure
    this.times.set(key, list);
    if (capped && this.times.size > MAX_KEYS) this.shrink(now);
  }

  clear(key: string): void {
    this.times.delete(key);
  }

  get size(): number {
    return this.times.size;
  }

  private shrink(now: number): void {
    for (const key of [...this.times.keys()]) this.recent(key, now);
    for (const key of this.times.keys()) {
      if (this.times.size <= SHRINK_TO) break;
      this.times.delete(key);
    }
  }
}

/**
 * Counts failed logins in memory and says how long a caller must wait. A name is locked for every
 * address once it collects `perAccount` failures, an address for every name once it collects
 * `perAddress`. Names that exist and names that do not are counted alike (so the answer does not
 * tell them apart), but in separate tables: made-up names can never push a real account's count
 * out, while the made-up ones' table and the address table are bounded (MAX_KEYS each, least
 * recently failed dropped first). A success clears the account's count (not the address's).
 * Pure: time comes in as an argument.
 *
 * @example
 * const limiter = new LoginLimiter();
 * limiter.fail('10.0.0.7', 'admin', true, Date.now());
 * limiter.retryAfter('10.0.0.8', 'admin', Date.now());
 * // 0 until the 10th failure; then the seconds to wait, from any address
 */
export class LoginLimiter {
  /** Failures against existing accounts: as many keys as there are accounts, never evicted. */
  private readonly accounts: FailureTable;
  /** Failures against names with no account. */
  private readonly unknownNames: FailureTable;
  private readonly addresses: FailureTable;

  constructor(private readonly limits: LoginLimits = defaultLoginLimits) {
    this.accounts = new FailureTable(limits.windowMs);
    this.unknownNames = new FailureTable(limits.windowMs);
    this.addresses = new FailureTable(limits.windowMs);
  }

  /** Seconds to wait before `username` may try again from `address`; 0 when allowed. */
  retryAfter(address: string, username: string, now: number): number {
    const { perAccount, perAddress } = this.limits;
    return Math.max(
      this.addresses.wait(address, perAddress, now),
      this.accounts.wait(username, perAccount, now),
      this.unknownNames.wait(username, perAccount, now),
    );
  }

  /** Records a failed sign-in of `username` from `address`; `accountExists` says which table the name goes to. */
  fail(address: string, username: string, accountExists: boolean, now: number): void {
    this.addresses.add(address, this.limits.perAddress, now, true);
    if (accountExists) this.accounts.add(username, this.limits.perAccount, now, false);
    else this.unknownNames.add(username, this.limits.perAccount, now, true);
  }

  /** How many names and addresses are tracked (bounded: see MAX_KEYS). */
  trackedKeys(): { accounts: number; unknownNames: number; addresses: number } {
    return { accounts: this.accounts.size, unknownNames: this.unknownNames.size, addresses: this.addresses.size };
  }

  /** A successful sign-in of `username`: its failures are forgotten. */
  succeed(username: string): void {
    this.accounts.clear(username);
    this.unknownNames.clear(username);
  }
}
