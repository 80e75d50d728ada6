/**
 * Evaluation statistics: the HJ 663-2013 Appendix A percentile and the comprehensive index
 * (综合指数) of 环办监测〔2018〕19号, which bulletins compute "per HJ 663-2013".
 *
 * @module
 */
import type { Pollutant } from '../schema/plan.ts';
import { concentrationLimit } from './limits.ts';
import { rationalFromNumber, type Rational } from './rational.ts';
import { unsupported, type Edition2012Options, type EditionOptions, type Unsupported } from './standards-edition.ts';

/**
 * The p-th percentile per HJ 663-2013 Appendix A: sort ascending X(1) ≤ … ≤ X(n),
 * k = 1 + (n − 1)·p/100, s = ⌊k⌋, m = X(s) + (X(s+1) − X(s))·(k − s).
 * Same as Excel PERCENTILE.INC and numpy's "linear".
 *
 * For an integer p the position k is computed exactly in integers, so the interpolation weight
 * is exact and an integer k returns X(k) itself.
 *
 * @param values the valid values (any order; not modified), in any unit
 * @param p percentile 0–100
 * @returns the percentile in the unit of `values`, or `null` when `values` is empty
 * @throws RangeError when p is outside 0–100 or a value is not finite (caller bugs)
 * @example
 * percentile([3, 4, 8, 2, 5, 4], 90); // 6.5
 * percentile([7], 95); // 7
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0–100, got ${p}`);
  const bad = values.find((value) => !Number.isFinite(value));
  if (bad !== undefined) throw new RangeError(`percentile: values must be finite, got ${bad}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // (k − 1) = (n − 1)·p/100 = whole + fraction/100, with whole and fraction exact for integer p.
  const scaled = (sorted.length - 1) * p;
  const whole = Math.floor(scaled / 100);
  const fraction = (scaled - whole * 100) / 100;
  const lower = sorted[whole];
  if (lower === undefined) throw new Error('percentile: index out of range'); // cannot happen
  const upper = sorted[whole + 1];
  if (fraction === 0 || upper === undefined) return lower;
  return lower + (upper - lower) * fraction;
}

/** Inputs of {@link comprehensiveIndex}: µg/m³, CO mg/m³. */
export interface ComprehensiveIndexInputs {
  /** Mean over the period (annual mean for a year). */
  readonly SO2: number;
  readonly NO2: number;
  readonly PM10: number;
  readonly 'PM2.5': number;
  /** 95th percentile of the 24-h means, mg/m³. */
  readonly CO: number;
  /** 90th percentile of the daily maximum 8-h means. */
  readonly O3: number;
}

/** Result of {@link comprehensiveIndex}. Full precision; show 2 decimals. */
export interface ComprehensiveIndex {
  /** I_sum = Σ I_i (dimensionless). */
  readonly total: number;
  /** Single indices I_i = C_i / S_i. */
  readonly indices: { readonly [P in Pollutant]: number };
  /** The S_i used (µg/m³, CO mg/m³). */
  readonly divisors: { readonly [P in Pollutant]: number };
  /** Main pollutant(s): the largest single index (all of them if tied). */
  readonly main: readonly Pollutant[];
}

const INDEX_POLLUTANTS: readonly Pollutant[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'];

/** Which GB 3095-2012 Class II limit divides each pollutant (Anhui EEB ranking notes, confirmed). */
const DIVISOR_AVERAGING = {
  SO2: 'annual',
  NO2: 'annual',
  PM10: 'annual',
  'PM2.5': 'annual',
  CO: '24h',
  O3: '8h',
} as const;

/**
 * The comprehensive air-quality index (环境空气质量综合指数): I_i = C_i / S_i, I_sum = Σ I_i, where
 * S is the GB 3095-2012 Class II annual limit for SO2, NO2, PM10, PM2.5 (60, 40, 70, 35 µg/m³),
 * the 24-h limit for CO (4 mg/m³) and the 8-h limit for O3 (160 µg/m³).
 *
 * Whether bulletins round each I_i to 2 decimals before summing is UNCONFIRMED; this keeps full
 * precision. Edition `'2026'`: {@link Unsupported} (the 2026 limits other than PM2.5 are not known).
 *
 * @throws RangeError for a negative or non-finite input (caller bug: check validity first)
 * @example
 * const result = comprehensiveIndex({ SO2: 12, NO2: 31, PM10: 74, 'PM2.5': 37, CO: 1.4, O3: 168 });
 * result.total.toFixed(2); // '4.49'
 * result.main; // ['PM10', 'PM2.5']
 */
export function comprehensiveIndex(inputs: ComprehensiveIndexInputs, options?: Edition2012Options): ComprehensiveIndex;
export function comprehensiveIndex(
  inputs: ComprehensiveIndexInputs,
  options: EditionOptions,
): ComprehensiveIndex | Unsupported;
export function comprehensiveIndex(
  inputs: ComprehensiveIndexInputs,
  options: EditionOptions = {},
): ComprehensiveIndex | Unsupported {
  const edition = options.edition ?? '2012';
  if (edition !== '2012') {
    return unsupported(
      edition,
      'comprehensive index under GB 3095-2026',
      'GB 3095-2026 limits other than PM2.5 are not confirmed',
    );
  }
  const indices = {} as Record<Pollutant, number>;
  const divisors = {} as Record<Pollutant, number>;
  const exactIndices = {} as Record<Pollutant, Rational>;
  for (const pollutant of INDEX_POLLUTANTS) {
    const concentration = inputs[pollutant];
    if (!Number.isFinite(concentration) || concentration < 0) {
      throw new RangeError(`comprehensiveIndex: ${pollutant} must be a finite number ≥ 0, got ${concentration}`);
    }
    const limit = concentrationLimit({ item: pollutant, averaging: DIVISOR_AVERAGING[pollutant], airClass: 2 });
    if (limit === null) throw new Error(`comprehensiveIndex: no limit for ${pollutant}`); // table bug
    divisors[pollutant] = limit.value;
    indices[pollutant] = concentration / limit.value;
    exactIndices[pollutant] = divideExactly(concentration, limit.value);
  }
  // Ties for the main pollutant are decided exactly (PM10 74 and PM2.5 37 are both 37/35).
  const largest = INDEX_POLLUTANTS.map((pollutant) => exactIndices[pollutant]).reduce((a, b) =>
    compareRationals(a, b) >= 0 ? a : b,
  );
  return {
    total: INDEX_POLLUTANTS.reduce((sum, pollutant) => sum + indices[pollutant], 0),
    indices,
    divisors,
    main: INDEX_POLLUTANTS.filter((pollutant) => compareRationals(exactIndices[pollutant], largest) === 0),
  };
}

/** concentration / limit as an exact rational (both read as decimals). */
function divideExactly(concentration: number, limit: number): Rational {
  const numerator = rationalFromNumber(concentration);
  const divisor = rationalFromNumber(limit);
  if (numerator === null || divisor === null || divisor.numerator <= 0n) {
    throw new Error('comprehensiveIndex: non-finite or non-positive operand'); // checked by caller
  }
  return {
    numerator: numerator.numerator * divisor.denominator,
    denominator: numerator.denominator * divisor.numerator,
  };
}

function compareRationals(a: Rational, b: Rational): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left === right ? 0 : left > right ? 1 : -1;
}
