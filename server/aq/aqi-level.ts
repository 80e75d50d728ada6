/**
 * AQI levels, categories and colours of HJ 633-2012 Table 2 and Appendix A.
 *
 * @module
 */

/** AQI level 1–6 (一级 … 六级). */
export type AqiLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Chinese category (类别) of a level. */
export type AqiCategoryZh = '优' | '良' | '轻度污染' | '中度污染' | '重度污染' | '严重污染';

/** English category of a level. */
export type AqiCategoryEn =
  | 'Excellent'
  | 'Good'
  | 'Lightly polluted'
  | 'Moderately polluted'
  | 'Heavily polluted'
  | 'Severely polluted';

/** Standard colour of a level as `#RRGGBB`. */
export type AqiColor = '#00E400' | '#FFFF00' | '#FF7E00' | '#FF0000' | '#99004C' | '#7E0023';

/** One row of the level table. */
export interface AqiLevelInfo {
  readonly level: AqiLevel;
  /** 一级 … 六级 */
  readonly levelZh: string;
  /** Smallest integer AQI of the band (inclusive). */
  readonly min: number;
  /** Largest integer AQI of the band (inclusive); `Infinity` for level 6. */
  readonly max: number;
  readonly category: AqiCategoryZh;
  readonly categoryEn: AqiCategoryEn;
  readonly color: AqiColor;
  /** The same colour as [R, G, B], 0–255. */
  readonly rgb: readonly [number, number, number];
}

/** HJ 633-2012 Table 2 / Appendix A (domain.md §2.7, confirmed). Level 1 is (0,228,0), not (0,255,0). */
export const AQI_LEVELS: readonly AqiLevelInfo[] = [
  {
    level: 1,
    levelZh: '一级',
    min: 0,
    max: 50,
    category: '优',
    categoryEn: 'Excellent',
    color: '#00E400',
    rgb: [0, 228, 0],
  },
  {
    level: 2,
    levelZh: '二级',
    min: 51,
    max: 100,
    category: '良',
    categoryEn: 'Good',
    color: '#FFFF00',
    rgb: [255, 255, 0],
  },
  {
    level: 3,
    levelZh: '三级',
    min: 101,
    max: 150,
    category: '轻度污染',
    categoryEn: 'Lightly polluted',
    color: '#FF7E00',
    rgb: [255, 126, 0],
  },
  {
    level: 4,
    levelZh: '四级',
    min: 151,
    max: 200,
    category: '中度污染',
    categoryEn: 'Moderately polluted',
    color: '#FF0000',
    rgb: [255, 0, 0],
  },
  {
    level: 5,
    levelZh: '五级',
    min: 201,
    max: 300,
    category: '重度污染',
    categoryEn: 'Heavily polluted',
    color: '#99004C',
    rgb: [153, 0, 76],
  },
  {
    level: 6,
    levelZh: '六级',
    min: 301,
    max: Infinity,
    category: '严重污染',
    categoryEn: 'Severely polluted',
    color: '#7E0023',
    rgb: [126, 0, 35],
  },
];

/**
 * The level band an AQI falls in. Upper bounds are inclusive: 50 is level 1, 51 level 2,
 * 100 level 2, 101 level 3, … 300 level 5, 301 level 6. A non-integer AQI (which the
 * ceiling rule never produces) goes to the band whose upper bound it does not exceed.
 *
 * @param value AQI (dimensionless, ≥ 0)
 * @returns the band, or `null` for a negative or non-finite value
 * @example
 * aqiLevel(50)?.level; // 1
 * aqiLevel(51)?.category; // '良'
 * aqiLevel(301)?.color; // '#7E0023'
 */
export function aqiLevel(value: number): AqiLevelInfo | null {
  if (!Number.isFinite(value) || value < 0) return null;
  return AQI_LEVELS.find((band) => value <= band.max) ?? null;
}
