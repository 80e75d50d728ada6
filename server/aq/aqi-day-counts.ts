/**
 * Counts of days per AQI level and the share of good days (优良天数比例) over a period.
 *
 * @module
 */
import { AQI_LEVELS, aqiLevel, type AqiLevel } from './aqi-level.ts';
import { unsupported, type Edition2012Options, type EditionOptions, type Unsupported } from './standards-edition.ts';

/** A day is "good" (优良) when its AQI is at most this. */
export const GOOD_DAY_MAX_AQI = 100;

/** Result of {@link aqiDayCounts}. */
export interface AqiDayCounts {
  /** Days per level 1–6. */
  readonly byLevel: { readonly [L in AqiLevel]: number };
  /** Days with a valid AQI (a finite number ≥ 0). */
  readonly validDays: number;
  /** Days without one (`null`, negative or non-finite). */
  readonly missingDays: number;
  /** 优良天数: valid days with AQI ≤ 100. */
  readonly goodDays: number;
  /** 优良天数比例 as a fraction 0–1 of the valid days; `null` when there is none. */
  readonly goodDayRatio: number | null;
}

/**
 * Counts days per AQI level and the good-day ratio = good days / days with a valid AQI.
 *
 * Edition `'2026'`: {@link Unsupported} (HJ 633-2026 level bands not confirmed).
 *
 * @param dailyAqi one daily AQI per day, `null` when the day has none
 * @example
 * aqiDayCounts([40, 100, 101, null]).goodDayRatio; // 2 / 3
 */
export function aqiDayCounts(dailyAqi: readonly (number | null)[], options?: Edition2012Options): AqiDayCounts;
export function aqiDayCounts(dailyAqi: readonly (number | null)[], options: EditionOptions): AqiDayCounts | Unsupported;
export function aqiDayCounts(
  dailyAqi: readonly (number | null)[],
  options: EditionOptions = {},
): AqiDayCounts | Unsupported {
  const edition = options.edition ?? '2012';
  if (edition !== '2012') {
    return unsupported(edition, 'HJ 633-2026 AQI levels', 'the 2026 level bands are not confirmed');
  }
  const byLevel = Object.fromEntries(AQI_LEVELS.map((band) => [band.level, 0])) as Record<AqiLevel, number>;
  let validDays = 0;
  let goodDays = 0;
  for (const value of dailyAqi) {
    const band = value === null ? null : aqiLevel(value);
    if (band === null || value === null) continue;
    byLevel[band.level] += 1;
    validDays += 1;
    if (value <= GOOD_DAY_MAX_AQI) goodDays += 1;
  }
  return {
    byLevel,
    validDays,
    missingDays: dailyAqi.length - validDays,
    goodDays,
    goodDayRatio: validDays === 0 ? null : goodDays / validDays,
  };
}
