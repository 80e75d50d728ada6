import { geodesicDistanceM } from '../roads/geodesic-distance.ts';
import { MAX_GAP_MINUTES, STOP_MIN_MINUTES, STOP_RADIUS_M } from './muck-conventions.ts';
import { secondsBetween, type MuckFix } from './muck-fix.ts';

/** A stop of a truck: where (its first fix) and from when to when (first and last fix of the stop, CST). */
export interface MuckStop {
  from: string;
  to: string;
  lon: number;
  lat: number;
  /** Minutes from the first to the last fix. */
  minutes: number;
}

/** Options of {@link findStops}; defaults are the console's conventions (muck-conventions.ts). */
export interface StopOptions {
  radiusM: number;
  minMinutes: number;
  maxGapMinutes: number;
}

const defaults: StopOptions = { radiusM: STOP_RADIUS_M, minMinutes: STOP_MIN_MINUTES, maxGapMinutes: MAX_GAP_MINUTES };

/**
 * The stops of a track (fixes in time order): runs of consecutive fixes all within `radiusM` metres of the run's
 * first fix, lasting at least `minMinutes` from the first to the last fix (exactly `minMinutes` is a stop). A GPS gap
 * (consecutive fixes more than `maxGapMinutes` apart) ends a run: a stop is never inferred across missing data.
 *
 * @example
 * findStops(fixes).map((s) => s.minutes); // [20]
 */
export function findStops(fixes: readonly MuckFix[], options: Partial<StopOptions> = {}): MuckStop[] {
  const { radiusM, minMinutes, maxGapMinutes } = { ...defaults, ...options };
  const stops: MuckStop[] = [];
  let i = 0;
  while (i < fixes.length) {
    const anchor = fixes[i] as MuckFix;
    let last = i;
    for (let j = i + 1; j < fixes.length; j++) {
      const fix = fixes[j] as MuckFix;
      if (secondsBetween((fixes[j - 1] as MuckFix).ts, fix.ts) > maxGapMinutes * 60) break;
      if (geodesicDistanceM(anchor.lon, anchor.lat, fix.lon, fix.lat) > radiusM) break;
      last = j;
    }
    const minutes = secondsBetween(anchor.ts, (fixes[last] as MuckFix).ts) / 60;
    if (last > i && minutes >= minMinutes) {
      stops.push({ from: anchor.ts, to: (fixes[last] as MuckFix).ts, lon: anchor.lon, lat: anchor.lat, minutes });
      i = last + 1;
    } else {
      i++;
    }
  }
  return stops;
}
