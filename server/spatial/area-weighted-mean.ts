/** A value that holds over an area, e.g. a township's dustfall over the township's area. */
export interface AreaValue {
  /** Area the value holds over, km² (≥ 0). */
  areaKm2: number;
  /** The value, in any unit; null when unknown (no reading). */
  value: number | null;
}

/**
 * The area-weighted mean Σ(aᵢ·vᵢ) / Σaᵢ over the parts with a known value; parts without one are
 * left out and the weights renormalised over the rest, so `coverageKm2` (the Σaᵢ used) says how
 * much of the area the mean speaks for. Null when no part with a positive area has a value.
 *
 * @param parts - areas in km² and their values (unit of the values is kept)
 * @example
 * areaWeightedMean([{ areaKm2: 10, value: 6 }, { areaKm2: 30, value: 8 }, { areaKm2: 5, value: null }]);
 * // { value: 7.5, coverageKm2: 40 }
 */
export function areaWeightedMean(parts: readonly AreaValue[]): { value: number | null; coverageKm2: number } {
  let weighted = 0;
  let coverageKm2 = 0;
  for (const { areaKm2, value } of parts) {
    if (value === null || !(areaKm2 > 0)) continue;
    weighted += areaKm2 * value;
    coverageKm2 += areaKm2;
  }
  return { value: coverageKm2 > 0 ? weighted / coverageKm2 : null, coverageKm2 };
}
