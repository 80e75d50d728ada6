/**
 * The road-dust load (道路积尘负荷) threshold of the rule `road-dust-load-high` (issue 16, task 12).
 *
 * No national standard sets a limit for 道路积尘负荷 (g/m², the fine material swept from a square metre of
 * carriageway, as in HJ/T 393-2007's road-dust sampling): cities that measure it (Beijing's monthly township
 * rankings of 道路尘负荷 since 2018, for instance) score and rank rather than set a limit. The console therefore
 * flags a segment whose latest load is **above 1.0 g/m²** (exactly 1.0 is not flagged) as a convention, stated as
 * such wherever the rule's basis is shown; an official can change it only in code (with its tests).
 *
 * @module
 */

/** The console's threshold for a high road-dust load, g/m² (a convention: see the module comment). */
export const DUST_LOAD_LIMIT_G_M2 = 1.0;

/**
 * Whether a measured road-dust load (g/m²) is high: strictly above {@link DUST_LOAD_LIMIT_G_M2}.
 *
 * @example
 * dustLoadHigh(1.0); // false: at the threshold
 * dustLoadHigh(1.01); // true
 */
export function dustLoadHigh(loadGM2: number, limit: number = DUST_LOAD_LIMIT_G_M2): boolean {
  return loadGM2 > limit;
}
