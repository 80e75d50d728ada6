/**
 * Individual air-quality index (IAQI) and air-quality index (AQI) per HJ 633-2012.
 *
 * All arithmetic is exact (BigInt rationals, see `rational.ts` and `evaluate-iaqi.ts`): no
 * floating-point error can move an IAQI across an integer. Rounding is the ceiling, done in one
 * place (`round-iaqi.ts`).
 *
 * @module
 */
import type { Pollutant } from '../schema/plan.ts';
import { aqiLevel, type AqiCategoryEn, type AqiCategoryZh, type AqiColor, type AqiLevel } from './aqi-level.ts';
import type { IaqiPeriod } from './breakpoints.ts';
import { EDITION_2026_REASON, evaluateIaqi, type IaqiOutcome, type PeriodFor } from './evaluate-iaqi.ts';
import {
  DEFAULT_EDITION,
  isUnsupported,
  unsupported,
  type Edition2012Options,
  type EditionOptions,
  type StandardsEdition,
  type Unsupported,
} from './standards-edition.ts';

/**
 * Individual air-quality index (空气质量分指数) per HJ 633-2012, formula (1), rounded up.
 *
 * - Exact: the decimal input is converted exactly (see `rationalFromNumber`) and the formula is
 *   evaluated in BigInt rationals, so CO 24-h 2.2 gives 55, not 56.
 * - Above the table top: 500 (convention, domain.md §2.6).
 * - `null` when the standard computes no sub-index (SO2 1-h > 800, O3 8-h > 800), for a
 *   negative or non-finite concentration, and for a pair the standard does not define (O3 24-h,
 *   SO2 8-h, …). The types reject such pairs at compile time; the runtime `null` covers untyped
 *   callers. Use {@link evaluateIaqi} to learn which reason applies.
 * - Edition `'2026'`: {@link Unsupported} (HJ 633-2026 breakpoints unconfirmed).
 *
 * @param pollutant one of the six AQI pollutants
 * @param period `'1h'`, `'24h'`, or `'8h'` (O3 only); PM `'1h'` uses the 24-h rows
 * @param concentration µg/m³; CO in mg/m³
 * @returns integer IAQI 0–500, or `null`
 * @example
 * iaqi('CO', '24h', 2.2); // 55
 * iaqi('PM2.5', '24h', 35.1); // 51
 * iaqi('O3', '8h', 801); // null
 */
export function iaqi<P extends Pollutant>(
  pollutant: P,
  period: PeriodFor<P>,
  concentration: number,
  options?: Edition2012Options,
): number | null;
export function iaqi<P extends Pollutant>(
  pollutant: P,
  period: PeriodFor<P>,
  concentration: number,
  options: EditionOptions,
): number | null | Unsupported;
export function iaqi(
  pollutant: Pollutant,
  period: IaqiPeriod,
  concentration: number,
  options: EditionOptions = {},
): number | null | Unsupported {
  const outcome = evaluateIaqi(pollutant, period as PeriodFor<Pollutant>, concentration, options);
  if (isUnsupported(outcome)) return outcome;
  return outcome.ok ? outcome.iaqi : null;
}

// ---------------------------------------------------------------------------------------------
// AQI

/** Report mode: real-time hourly (实时报) or daily (日报). */
export type AqiMode = 'hourly' | 'daily';

/** A sub-index in an AQI report: a pollutant, or `'O3_1h'` for the daily O3 1-h maximum. */
export type SubIndexKey = Pollutant | 'O3_1h';

/** Display order of sub-indices (also the order of `primary` and `exceeding`). */
export const SUB_INDEX_ORDER: readonly SubIndexKey[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3', 'O3_1h'];

/** A concentration or missing (`undefined`/`null` = not measured). */
type Reading = number | null | undefined;

/**
 * Hourly (real-time) inputs: 1-h means, µg/m³ (CO mg/m³). PM10/PM2.5 are evaluated on their
 * 24-h rows. `SO2_24h` is the SO2 24-h mean, used only when SO2 1-h > 800 (table note 2).
 */
export type HourlyAqiInputs = { readonly [P in Pollutant]?: Reading } & { readonly SO2_24h?: Reading };

/**
 * Daily inputs: 24-h means for SO2, NO2, PM10, PM2.5 and CO; `O3` is the daily maximum 8-h mean;
 * `O3_1h` the daily maximum 1-h mean (optional). µg/m³, CO mg/m³.
 */
export type DailyAqiInputs = { readonly [P in Pollutant]?: Reading } & { readonly O3_1h?: Reading };

/** Options of {@link aqi}. Defaults: {@link DEFAULT_AQI_OPTIONS}. */
export interface AqiOptions extends EditionOptions {
  /**
   * Daily mode: whether the O3 1-h maximum IAQI (when `O3_1h` is given) takes part in the AQI
   * maximum, primary and exceeding pollutants, as a sub-index of its own (`'O3_1h'`).
   *
   * UNCONFIRMED (domain.md §2.5): HJ 633-2012's daily report lists the O3 1-h maximum among its
   * items and published daily feeds name "臭氧1小时" as a primary pollutant, which only makes
   * sense if it takes part; so the default is `true`. Set `false` to use only the 8-h figure.
   * @default true
   */
  readonly includeO3OneHourMax?: boolean;
}

/** The defaults of {@link AqiOptions}, declared once. */
export const DEFAULT_AQI_OPTIONS = {
  edition: DEFAULT_EDITION,
  includeO3OneHourMax: true,
} as const satisfies Required<AqiOptions>;

/** Something {@link aqi} did besides the plain formula. */
export type AqiNote =
  /** A negative or non-finite input was skipped. */
  | { readonly code: 'invalid-concentration'; readonly key: AqiNoteKey }
  /** Hourly SO2 > 800: IAQI from `SO2_24h` on the 24-h row, or none when `substitute` is null. */
  | { readonly code: 'so2-1h-above-800'; readonly substitute: 'SO2_24h' | null }
  /** Daily O3 8-h > 800: IAQI from `O3_1h` on the 1-h row, or none when `substitute` is null. */
  | { readonly code: 'o3-8h-above-800'; readonly substitute: 'O3_1h' | null }
  /** An input that has no meaning in this mode (`SO2_24h` in daily, `O3_1h` in hourly). */
  | { readonly code: 'ignored-input'; readonly key: 'SO2_24h' | 'O3_1h' };

/** Per-sub-index IAQI values (integers); a key is absent when there is no sub-index. */
export type SubIndices = { readonly [K in SubIndexKey]?: number };

/** AQI report when at least one sub-index exists. */
export interface AqiReport {
  /** Integer AQI = max of the sub-indices (0–500). */
  readonly aqi: number;
  readonly level: AqiLevel;
  readonly category: AqiCategoryZh;
  readonly categoryEn: AqiCategoryEn;
  readonly color: AqiColor;
  /** 首要污染物: all sub-indices equal to the AQI, only when AQI > 50; else empty. */
  readonly primary: readonly SubIndexKey[];
  /** 超标污染物: sub-indices > 100. */
  readonly exceeding: readonly SubIndexKey[];
  readonly iaqi: SubIndices;
  readonly notes: readonly AqiNote[];
}

/** AQI report when no sub-index could be computed (no usable input). */
export interface NoAqiReport {
  readonly aqi: null;
  readonly level: null;
  readonly category: null;
  readonly categoryEn: null;
  readonly color: null;
  readonly primary: readonly [];
  readonly exceeding: readonly [];
  readonly iaqi: SubIndices;
  readonly notes: readonly AqiNote[];
}

/** Result of {@link aqi}; narrow on `aqi !== null`. */
export type AqiResult = AqiReport | NoAqiReport;

/** A primary pollutant exists only above this AQI (HJ 633-2012 §5.4). */
export const PRIMARY_POLLUTANT_ABOVE = 50;
/** A sub-index above this makes its pollutant "exceeding" (超标). */
export const EXCEEDING_ABOVE = 100;

const NON_O3: readonly Exclude<Pollutant, 'O3'>[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO'];

type AqiNoteKey = keyof HourlyAqiInputs | 'O3_1h';

function isAbove800(outcome: IaqiOutcome | 'missing'): boolean {
  return outcome !== 'missing' && !outcome.ok && outcome.reason === 'no-subindex-above-800';
}

/** IAQI on a period, or the outcome's reason; null input → 'missing'. */
function subIndex(pollutant: Pollutant, period: IaqiPeriod, reading: Reading): IaqiOutcome | 'missing' {
  if (reading === null || reading === undefined) return 'missing';
  return evaluateIaqi(pollutant, period as PeriodFor<Pollutant>, reading);
}

function computeSubIndices(
  inputs: HourlyAqiInputs & DailyAqiInputs,
  mode: AqiMode,
  includeO3OneHourMax: boolean,
): { iaqi: Partial<Record<SubIndexKey, number>>; notes: AqiNote[] } {
  const values: Partial<Record<SubIndexKey, number>> = {};
  const notes: AqiNote[] = [];
  const accept = (key: SubIndexKey, inputKey: AqiNoteKey, outcome: IaqiOutcome | 'missing'): boolean => {
    if (outcome === 'missing') return false;
    if (outcome.ok) {
      values[key] = outcome.iaqi;
      return true;
    }
    const noted = notes.some((note) => note.code === 'invalid-concentration' && note.key === inputKey);
    if (outcome.reason === 'invalid-concentration' && !noted)
      notes.push({ code: 'invalid-concentration', key: inputKey });
    return false;
  };

  const period = mode === 'hourly' ? '1h' : '24h';
  for (const pollutant of NON_O3) {
    const outcome = subIndex(pollutant, period, inputs[pollutant]);
    if (isAbove800(outcome)) {
      // Table note 2: SO2 1-h > 800 → report SO2 from its 24-h mean, if we have one.
      const fallback = subIndex('SO2', '24h', inputs.SO2_24h);
      const used = accept('SO2', 'SO2_24h', fallback);
      notes.push({ code: 'so2-1h-above-800', substitute: used ? 'SO2_24h' : null });
    } else {
      accept(pollutant, pollutant, outcome);
    }
  }

  const o3 = subIndex('O3', mode === 'hourly' ? '1h' : '8h', inputs.O3);
  if (isAbove800(o3)) {
    // Table note 3: O3 8-h > 800 → report O3 from the 1-h (maximum) mean, if we have one.
    const used = accept('O3', 'O3_1h', subIndex('O3', '1h', inputs.O3_1h));
    notes.push({ code: 'o3-8h-above-800', substitute: used ? 'O3_1h' : null });
  } else {
    accept('O3', 'O3', o3);
  }

  if (mode === 'daily') {
    if (includeO3OneHourMax) accept('O3_1h', 'O3_1h', subIndex('O3', '1h', inputs.O3_1h));
    if (inputs.SO2_24h !== undefined && inputs.SO2_24h !== null) notes.push({ code: 'ignored-input', key: 'SO2_24h' });
  } else if (inputs.O3_1h !== undefined && inputs.O3_1h !== null) {
    notes.push({ code: 'ignored-input', key: 'O3_1h' });
  }
  return { iaqi: values, notes };
}

/**
 * Air-quality index (AQI) with level, category, colour, primary and exceeding pollutants,
 * per HJ 633-2012.
 *
 * - `'hourly'`: 1-h means on the 1-h rows; PM10/PM2.5 on the 24-h rows. SO2 1-h > 800 uses
 *   `SO2_24h` on the 24-h row if given, else SO2 has no sub-index (note `so2-1h-above-800`).
 * - `'daily'`: 24-h means; `O3` is the daily max 8-h mean. O3 8-h > 800 uses `O3_1h` on the
 *   1-h row if given, else O3 has no sub-index. `O3_1h` is also a sub-index of its own unless
 *   `includeO3OneHourMax: false` (UNCONFIRMED point, see {@link AqiOptions}).
 * - Missing pollutants are allowed; with none usable the result has `aqi: null`.
 * - AQI = max of the sub-indices; primary = all sub-indices equal to it when AQI > 50;
 *   exceeding = sub-indices > 100.
 * - Edition `'2026'`: {@link Unsupported}.
 *
 * @param inputs concentrations in µg/m³, CO in mg/m³
 * @example
 * const report = aqi({ 'PM2.5': 16, PM10: 88, CO: 0.2, SO2: 3, NO2: 11, O3: 75 }, 'hourly');
 * report.aqi; // 69
 * report.primary; // ['PM10']
 * report.category; // '良'
 */
export function aqi(inputs: HourlyAqiInputs, mode: 'hourly', options?: AqiOptions & Edition2012Options): AqiResult;
export function aqi(inputs: DailyAqiInputs, mode: 'daily', options?: AqiOptions & Edition2012Options): AqiResult;
export function aqi(
  inputs: HourlyAqiInputs | DailyAqiInputs,
  mode: AqiMode,
  options?: AqiOptions,
): AqiResult | Unsupported;
export function aqi(
  inputs: HourlyAqiInputs & DailyAqiInputs,
  mode: AqiMode,
  options: AqiOptions = {},
): AqiResult | Unsupported {
  const edition: StandardsEdition = options.edition ?? DEFAULT_AQI_OPTIONS.edition;
  if (edition !== '2012') return unsupported(edition, 'HJ 633-2026 AQI', EDITION_2026_REASON);
  const includeO3OneHourMax = options.includeO3OneHourMax ?? DEFAULT_AQI_OPTIONS.includeO3OneHourMax;
  const { iaqi: subIndices, notes } = computeSubIndices(inputs, mode, includeO3OneHourMax);

  const present = SUB_INDEX_ORDER.filter((key) => subIndices[key] !== undefined);
  const values = present.map((key) => subIndices[key] ?? 0);
  if (values.length === 0) {
    return {
      aqi: null,
      level: null,
      category: null,
      categoryEn: null,
      color: null,
      primary: [],
      exceeding: [],
      iaqi: subIndices,
      notes,
    };
  }
  const index = Math.max(...values);
  const band = aqiLevel(index);
  if (band === null) throw new Error(`aqi: no level for ${index}`); // sub-indices are 0–500: a bug
  return {
    aqi: index,
    level: band.level,
    category: band.category,
    categoryEn: band.categoryEn,
    color: band.color,
    primary: index > PRIMARY_POLLUTANT_ABOVE ? present.filter((key) => subIndices[key] === index) : [],
    exceeding: present.filter((key) => (subIndices[key] ?? 0) > EXCEEDING_ABOVE),
    iaqi: subIndices,
    notes,
  };
}
