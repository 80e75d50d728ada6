/** Options of {@link createRateLimiter}. */
export interface RateLimits {
  /** Tokens added per second (the sustained rate). Default 20. */
  ratePerS?: number;
  /** Bucket size (the burst). Default 200. */
  burst?: number;
  /** Most keys held; beyond it the fullest (idle) buckets are forgotten. Default 100,000. */
  maxKeys?: number;
}

/** A token bucket per key (the ingest's per-device limit). */
export interface RateLimiter {
  /** Takes one token of `key`'s bucket at `nowMs`: false when the bucket is empty (the packet is refused). */
  take(key: string, nowMs: number): boolean;
  /** Keys held now. */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets per key: each starts full (`burst`), refills at `ratePerS`, and one `take` spends one
 * token. Memory is bounded: past `maxKeys`, buckets refilled to full are dropped (a full bucket is the
 * same as none).
 *
 * @example
 * const limiter = createRateLimiter({ ratePerS: 1, burst: 2 });
 * [limiter.take('A', 0), limiter.take('A', 0), limiter.take('A', 0)]; // [true, true, false]
 * limiter.take('A', 1000); // true
 */
export function createRateLimiter(limits: RateLimits = {}): RateLimiter {
  const rate = limits.ratePerS ?? 20;
  const burst = limits.burst ?? 200;
  const maxKeys = limits.maxKeys ?? 100_000;
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, nowMs: number) => {
    const elapsed = Math.max(0, nowMs - bucket.at) / 1000;
    bucket.tokens = Math.min(burst, bucket.tokens + elapsed * rate);
    bucket.at = nowMs;
  };

  const sweep = (nowMs: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, nowMs);
      if (bucket.tokens >= burst) buckets.delete(key);
    }
    // still too many (all busy): forget the oldest half rather than grow without bound
    if (buckets.size >= maxKeys) {
      let drop = buckets.size / 2;
      for (const key of buckets.keys()) {
        if (drop-- <= 0) break;
        buckets.delete(key);
      }
    }
  };

  return {
    take(key, nowMs) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) sweep(nowMs);
        bucket = { tokens: burst, at: nowMs };
        buckets.set(key, bucket);
      } else refill(bucket, nowMs);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    size: () => buckets.size,
  };
}
