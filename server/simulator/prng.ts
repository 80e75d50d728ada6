/**
 * The simulator's deterministic pseudo-random numbers: a 32-bit FNV-1a hash of a label seeds mulberry32, so a
 * device's values and faults for an hour depend on (device, hour) only, never on the order things ran in.
 *
 * @module
 */

/**
 * The 32-bit FNV-1a hash of a text.
 *
 * @example
 * hashText('a') === hashText('a'); // true
 */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A generator of uniform numbers in [0, 1) seeded by `label` (mulberry32).
 *
 * @example
 * const next = seededRandom('LT221180A|2024-01-01T00:00');
 * next(); // the same value on every run
 */
export function seededRandom(label: string): () => number {
  let a = hashText(label);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
