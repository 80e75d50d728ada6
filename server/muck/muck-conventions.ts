/**
 * The console's conventions for judging muck-truck tracks (渣土车, task 11), where neither the plan nor a permit
 * says: what counts as a stop, as moving, and how near a place a truck is "at" it. The rules cite them in their basis.
 *
 * @module
 */

/** A stop: consecutive fixes all within this many metres of the stop's first fix. */
export const STOP_RADIUS_M = 50;
/** A stop lasts at least this many minutes (first to last fix) before it counts (dumping takes 10–20 min). */
export const STOP_MIN_MINUTES = 15;
/**
 * Consecutive fixes farther apart in time than this many minutes leave a GPS gap: the track is not known between
 * them, so a gap ends a stop and splits an episode (nothing is inferred across it).
 */
export const MAX_GAP_MINUTES = 10;
/** A fix is moving when its speed is at least this many km/h (or, without speed, it moved ≥ STOP_RADIUS_M). */
export const MOVING_MIN_KMH = 5;
/** A truck within this many metres of the permit's construction site or its company's base is "at" it. */
export const PLACE_RADIUS_M = 300;
/** The look-back of the muck-truck rules: the fixes of the 24 h up to as-of, `(asOf − 24 h, asOf]`. */
export const MUCK_RULE_WINDOW_HOURS = 24;
