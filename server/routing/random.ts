/** A seeded pseudo-random source: `next()` returns a float in [0, 1). */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n) for n ≥ 1. */
  int(n: number): number;
}

/**
 * A mulberry32 generator (32-bit state): fast, deterministic for a seed, good enough for
 * heuristics. Never use Math.random in the solver: runs must be reproducible.
 *
 * @param seed - any integer; the same seed gives the same sequence
 * @example
 * const rng = createRandom(42);
 * rng.int(10); // an integer 0–9, the same one on every run
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}
