/**
 * Exact rational arithmetic on BigInt, just enough for the IAQI formula.
 *
 * Why: the HJ 633-2012 formula evaluated in IEEE doubles gives e.g. 55.00000000000001 for
 * CO 24-h 2.2 mg/m³, whose ceiling is 56 instead of 55 (domain.md §2.4). Converting the input
 * decimal exactly and staying in integers removes that class of error entirely.
 *
 * @module
 */

/** numerator / denominator, with denominator > 0 (not necessarily in lowest terms). */
export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The exact rational value of the decimal that JavaScript prints for `value`
 * (`String(value)`, the shortest decimal that reads back as the same double).
 *
 * This is deliberately the *decimal* the number stands for, not the binary double's exact value:
 * `2.2` becomes 22/10, whereas the double nearest 2.2 is 2.2000000000000001776…, which would push
 * an exactly-integer IAQI over the integer. Any input written with at most 15 significant digits
 * comes back as exactly the decimal that was written.
 *
 * Returns `null` for NaN and ±Infinity.
 *
 * @example
 * rationalFromNumber(2.2); // { numerator: 22n, denominator: 10n }
 * rationalFromNumber(1e21); // { numerator: 1000000000000000000000n, denominator: 1n }
 */
export function rationalFromNumber(value: number): Rational | null {
  if (!Number.isFinite(value)) return null;
  const match = DECIMAL.exec(String(value));
  if (match === null) {
    // String() of a finite number always matches DECIMAL; reaching here is a bug.
    throw new Error(`rationalFromNumber: cannot parse ${String(value)}`);
  }
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  let numerator = BigInt(whole + fraction);
  if (sign === '-') numerator = -numerator;
  if (exponent >= 0) return { numerator: numerator * 10n ** BigInt(exponent), denominator: 1n };
  return { numerator, denominator: 10n ** BigInt(-exponent) };
}

/**
 * Compares a rational with an integer: negative, zero or positive like `a - b`.
 *
 * @example
 * compareWithInteger({ numerator: 22n, denominator: 10n }, 2n); // 1
 */
export function compareWithInteger(value: Rational, integer: bigint): -1 | 0 | 1 {
  const scaled = integer * value.denominator;
  if (value.numerator < scaled) return -1;
  return value.numerator > scaled ? 1 : 0;
}

/**
 * The smallest integer ≥ numerator / denominator (denominator > 0).
 *
 * @example
 * ceilDivide(7n, 2n); // 4n
 * ceilDivide(-7n, 2n); // -3n
 */
export function ceilDivide(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('ceilDivide: denominator must be > 0');
  const quotient = numerator / denominator; // BigInt division truncates toward zero
  return numerator % denominator > 0n ? quotient + 1n : quotient;
}

/**
 * The mean of decimal values, computed exactly and then rounded once to the nearest double.
 *
 * Why: summing doubles can leave a mean such as 0.6000000000000001 where the true mean of the
 * decimals is 0.6, and the ceiling in the IAQI would then add 1. Here every value is read as its
 * decimal (see {@link rationalFromNumber}), summed over a common power-of-ten denominator, and
 * divided once, so `String(result)` is the true mean whenever that mean has a short decimal form.
 *
 * @param values finite numbers (at least one)
 * @example
 * meanOfDecimals([0.1, 1.1]); // 0.6 (naive (0.1 + 1.1) / 2 gives 0.6000000000000001)
 * meanOfDecimals(new Array(24).fill(0.4)); // 0.4 (a naive running sum gives 0.40000000000000013)
 */
export function meanOfDecimals(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('meanOfDecimals: values must not be empty');
  const exact = values.map((value) => {
    const rational = rationalFromNumber(value);
    if (rational === null) throw new RangeError(`meanOfDecimals: value ${value} is not finite`);
    return rational;
  });
  // Denominators are powers of ten, so the largest is a multiple of every other one.
  const denominator = exact.reduce((largest, { denominator: d }) => (d > largest ? d : largest), 1n);
  const sum = exact.reduce((total, { numerator, denominator: d }) => total + numerator * (denominator / d), 0n);
  const divisor = denominator * BigInt(values.length);
  // For sums and divisors below 2^53 (any realistic day or year of readings) both operands are
  // exact doubles and IEEE division rounds correctly, so there is exactly one rounding. Beyond
  // that, Number() rounds each operand first: still within a couple of ulps.
  return Number(sum) / Number(divisor);
}
