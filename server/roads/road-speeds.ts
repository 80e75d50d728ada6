/**
 * Speeds of the road graph, declared in one place (km/h).
 *
 * @module
 */

/**
 * Default speed (km/h) per road class when a feature has no explicit `speedKmh`/`maxspeed`. The
 * synthetic network uses `trunk`, `primary` and `local`; the OpenStreetMap `highway` values are
 * accepted too so that a converted OSM extract imports without a mapping step.
 */
export const DEFAULT_SPEEDS_KMH: Readonly<Record<string, number>> = {
  motorway: 90,
  trunk: 60,
  primary: 50,
  secondary: 45,
  tertiary: 40,
  local: 30,
  unclassified: 30,
  residential: 25,
  living_street: 10,
  service: 15,
  track: 15,
};

/**
 * Speed (km/h) of the connector between an arbitrary point and the road it is snapped to: a slow
 * drive or walk along an unmapped yard or field track. 10 km/h means a 500 m snap adds 3 minutes.
 */
export const CONNECTOR_SPEED_KMH = 10;

/** Straight-line fallback when no road network is loaded: distance × this factor (typical rural detour). */
export const FALLBACK_DETOUR_FACTOR = 1.3;

/** Straight-line fallback speed (km/h), applied to the detoured distance. */
export const FALLBACK_SPEED_KMH = 40;

/** Converts km/h to m/s. */
export function metresPerSecond(kmh: number): number {
  return kmh / 3.6;
}
