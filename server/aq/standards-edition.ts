/**
 * Which edition of the air-quality standards a computation follows, and the value a function
 * returns when that edition needs figures we have not confirmed.
 *
 * - `'2012'`: GB 3095-2012 (limits), HJ 633-2012 (AQI) and HJ 663-2013 (evaluation).
 *   The default, and the set that applies to 2023 data (the district plan year).
 * - `'2026'`: GB 3095-2026 / HJ 633-2026 / HJ 663-2026, in force from 2026-03-01.
 *   Only the PM2.5 limits are confirmed (domain.md §9); everything else returns {@link Unsupported}.
 *
 * @module
 */

/** An edition of the GB 3095 / HJ 633 / HJ 663 set, named by its year. */
export type StandardsEdition = '2012' | '2026';

/** The edition every function uses when none is given. */
export const DEFAULT_EDITION = '2012' satisfies StandardsEdition;

/** Options shared by every edition-aware function. */
export interface EditionOptions {
  /** Standards edition. @default '2012' */
  readonly edition?: StandardsEdition;
}

/** {@link EditionOptions} narrowed to the fully supported 2012 edition (used by overloads). */
export interface Edition2012Options {
  /** Standards edition; only `'2012'` (or omitted) gives a result that cannot be {@link Unsupported}. */
  readonly edition?: '2012';
}

/**
 * Returned instead of a figure when the requested edition would need numbers or rules that are
 * not confirmed (domain.md §9). It is a value, not an error: callers show "not supported".
 */
export interface Unsupported {
  readonly kind: 'unsupported';
  readonly edition: StandardsEdition;
  /** What was asked for, e.g. `'HJ 633-2026 IAQI'`. */
  readonly what: string;
  /** Why it cannot be answered, in English. */
  readonly reason: string;
}

/**
 * Builds an {@link Unsupported} value.
 *
 * @example
 * unsupported('2026', 'HJ 633-2026 IAQI', 'breakpoints not confirmed').kind; // 'unsupported'
 */
export function unsupported(edition: StandardsEdition, what: string, reason: string): Unsupported {
  return { kind: 'unsupported', edition, what, reason };
}

/**
 * Type guard for {@link Unsupported}.
 *
 * @example
 * isUnsupported(unsupported('2026', 'x', 'y')); // true
 * isUnsupported(42); // false
 */
export function isUnsupported(value: unknown): value is Unsupported {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'unsupported';
}
