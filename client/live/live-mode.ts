import type { ReadingsEvent } from '../../server/schema/live-events.ts';
import type { AppState } from '../state/app-state.ts';

/** What the console does when the dataset's present moves (a `present` event). */
export interface PresentOutcome {
  /** The state change to make (null: none). */
  patch: Partial<AppState> | null;
  /** Reload the time-dependent layers at the new present (the as-of follows it). */
  follow: boolean;
  /** Show the discreet 「有新数据」 marker (the console stays at its moment). */
  newData: boolean;
}

/**
 * The 实时 rule. In 实时 the as-of follows each new present. Outside it the console stays at its moment and
 * marks 「有新数据」; a console still at the dataset's default (no `at=` chosen) would otherwise slide to the new
 * present with its next request, so it is pinned to the moment it showed. One exception makes `npm start` move
 * by itself: a console at the default whose user never chose (no `live` in the URL, no click on 实时) turns
 * 实时 on when the present first moves: the data are flowing, and the user was looking at "now".
 *
 * @example
 * onPresentMoved({ live: false, asOf: null }, '2023-12-31T23:00', false);
 * // { patch: { live: true }, follow: true, newData: false }
 */
export function onPresentMoved(
  state: Pick<AppState, 'live' | 'asOf'>,
  previousPresent: string,
  liveChosen: boolean,
): PresentOutcome {
  if (state.live) return { patch: state.asOf === null ? null : { asOf: null }, follow: true, newData: false };
  if (state.asOf === null && !liveChosen) return { patch: { live: true }, follow: true, newData: false };
  return { patch: state.asOf === null ? { asOf: previousPresent } : null, follow: false, newData: true };
}

/**
 * Whether readings that just arrived change what the stations layer shows at `asOf` (the as-of hour's
 * readings, or for a day's AQI any hour of that day up to the as-of).
 *
 * @example
 * readingsTouchShown([{ ts: '2023-12-31T23:00', … }], '2023-12-31T23:00', 'hour'); // true
 */
export function readingsTouchShown(
  readings: ReadingsEvent['readings'],
  asOf: string,
  period: AppState['aqiPeriod'],
): boolean {
  const hour = asOf.slice(0, 13);
  const day = asOf.slice(0, 10);
  return readings.some((r) =>
    period === 'hour' ? r.ts.slice(0, 13) === hour : r.ts.slice(0, 10) === day && r.ts.slice(0, 13) <= hour,
  );
}
