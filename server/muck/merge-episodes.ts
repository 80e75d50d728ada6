import { MAX_GAP_MINUTES } from './muck-conventions.ts';
import { secondsBetween, type MuckFix } from './muck-fix.ts';

/** Consecutive offending fixes merged: first and last moment (CST), the worst fix and its measure. */
export interface MuckEpisode<F extends MuckFix = MuckFix> {
  from: string;
  to: string;
  worst: F;
  /** The worst fix's measure (e.g. metres off the route). */
  worstMeasure: number;
  fixes: number;
}

/**
 * Merges the offending fixes of a track (in time order) into episodes. `measure` gives an offending fix's severity (a
 * number, higher is worse) or null for a fix that does not offend. Consecutive offending fixes form one episode; a
 * fix that does not offend, or a GPS gap of more than `maxGapMinutes` between two offending fixes, ends it. The
 * worst fix is the first with the highest measure.
 *
 * @example
 * mergeEpisodes(fixes, (f) => (f.speedKmh ?? 0) > 80 ? f.speedKmh : null).length; // episodes of speeding
 */
export function mergeEpisodes<F extends MuckFix>(
  fixes: readonly F[],
  measure: (fix: F, index: number) => number | null,
  maxGapMinutes = MAX_GAP_MINUTES,
): MuckEpisode<F>[] {
  const episodes: MuckEpisode<F>[] = [];
  let open: MuckEpisode<F> | null = null;
  fixes.forEach((fix, index) => {
    const m = measure(fix, index);
    if (m === null) {
      open = null;
      return;
    }
    const current = open as MuckEpisode<F> | null;
    if (current && secondsBetween(current.to, fix.ts) <= maxGapMinutes * 60) {
      current.to = fix.ts;
      current.fixes++;
      if (m > current.worstMeasure) {
        current.worst = fix;
        current.worstMeasure = m;
      }
      return;
    }
    open = { from: fix.ts, to: fix.ts, worst: fix, worstMeasure: m, fixes: 1 };
    episodes.push(open);
  });
  return episodes;
}
