/**
 * The one rounding rule for IAQI values.
 *
 * @module
 */
import { ceilDivide, type Rational } from './rational.ts';

/**
 * Rounds an exact IAQI value to the reported integer: the ceiling (进位取整).
 *
 * HJ 633-2012's own text does not state the rounding mode; the ceiling is the de-facto
 * convention of vendor and peer implementations (domain.md §2.4, [peer]). Every IAQI in this
 * module goes through this function, so changing the convention is a one-line change.
 *
 * @param value exact IAQI as a rational (dimensionless)
 * @returns integer IAQI
 * @example
 * roundIaqi({ numerator: 1001n, denominator: 20n }); // 51 (50.05 rounds up)
 * roundIaqi({ numerator: 110n, denominator: 2n }); // 55 (exact integers stay)
 */
export function roundIaqi(value: Rational): number {
  return Number(ceilDivide(value.numerator, value.denominator));
}
