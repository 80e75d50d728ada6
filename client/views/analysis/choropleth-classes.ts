/** One class of a choropleth: the values from `min` to `max` (both inclusive) and how the legend writes them. */
export interface ChoroplethClass {
  min: number;
  max: number;
  label: string;
}

/** The classes of a set of values, whether some areas have no value, and the class of a value. */
export interface ChoroplethClasses {
  classes: ChoroplethClass[];
  /** Some areas have no value: they get the 无数据 class. */
  noData: boolean;
  /** Index into `classes`; null for a missing value (无数据). */
  classOf(value: number | null): number | null;
}

/** How to class: integer (count) metrics get integer ranges; continuous ones are written with `digits` decimals. */
export interface ClassOptions {
  integer: boolean;
  digits: number;
  maxClasses?: number;
}

/**
 * Quantile classes without duplicates or empty ranges. With no more distinct values than `maxClasses` (5), one
 * class per value; otherwise each class ends at a quantile of the values left (see classUppers), so a value
 * repeated many times takes one class. Integer metrics get contiguous integer ranges (`0 | 1–2 | 3–5`);
 * continuous ones the range of the values in each class. Missing values (null) make the 无数据 class.
 *
 * @example
 * choroplethClasses([0, 0, 0, 0, 2, 11, 22, null], { integer: true, digits: 0 }).classes.map((c) => c.label);
 * // ['0', '1–2', '3–11', '12–22']
 */
export function choroplethClasses(values: readonly (number | null)[], options: ClassOptions): ChoroplethClasses {
  const maxClasses = options.maxClasses ?? 5;
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const noData = known.length < values.length;
  const uppers = classUppers(known, maxClasses);
  const format = (v: number) => (options.integer ? String(v) : v.toFixed(options.digits));
  const range = (min: number, max: number) =>
    format(min) === format(max) ? format(min) : `${format(min)}–${format(max)}`;
  const classOf = (value: number | null): number | null => {
    if (value === null || !Number.isFinite(value) || uppers.length === 0) return null;
    const k = uppers.findIndex((upper) => value <= upper);
    return k === -1 ? uppers.length - 1 : k;
  };
  const classes = uppers.map((max, k): ChoroplethClass => {
    if (options.integer) {
      const min = k === 0 ? (known[0] as number) : (uppers[k - 1] as number) + 1;
      return { min, max, label: range(min, max) };
    }
    const inClass = known.filter((v) => classOf(v) === k);
    const min = inClass[0] ?? max;
    return { min, max, label: range(min, max) };
  });
  return { classes, noData, classOf };
}

/**
 * The upper ends of the classes: greedily, the first class ends at the value a `1/slots` of the (remaining)
 * values reach, and the values above it are classed again with one slot fewer; once the distinct values left fit
 * the slots, each is a class. A value repeated many times (zeros of a count) so takes one class, not several.
 */
function classUppers(sorted: readonly number[], maxClasses: number): number[] {
  const uppers: number[] = [];
  let rest = sorted;
  while (rest.length > 0 && uppers.length < maxClasses) {
    const slots = maxClasses - uppers.length;
    const distinct = [...new Set(rest)];
    if (distinct.length <= slots) return [...uppers, ...distinct];
    const upper = rest[Math.ceil(rest.length / slots) - 1] as number;
    uppers.push(upper);
    rest = rest.filter((v) => v > upper);
  }
  return uppers;
}

/** Sequential YlOrRd, 5 colours. */
const RAMP: readonly (readonly [number, number, number])[] = [
  [255, 255, 178],
  [254, 204, 92],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];

/** The 无数据 colour: a neutral grey, distinct from every ramp colour. */
export const NO_DATA_COLOUR = 'rgb(189,189,189)';

/**
 * The colours of `count` classes, spread over the YlOrRd ramp (its ends kept: the lowest class is always the
 * lightest, the highest the darkest).
 *
 * @example
 * classColours(2); // ['rgb(255,255,178)', 'rgb(189,0,38)']
 */
export function classColours(count: number): string[] {
  return Array.from({ length: count }, (_, k) => {
    const index = count === 1 ? 2 : Math.round((k * (RAMP.length - 1)) / (count - 1));
    return `rgb(${(RAMP[index] ?? RAMP[0] ?? [0, 0, 0]).join(',')})`;
  });
}
