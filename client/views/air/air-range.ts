import type { MetaResponse } from '../../../server/schema/meta.ts';

/** The hours the dataset has readings for, `YYYY-MM-DDTHH:mm` China Standard Time, both included. */
export interface AirRange {
  from: string;
  to: string;
}

/** The moment the 空气质量 view evaluates: the as-of clamped into the readings, and whether it had to be. */
export interface AirMoment {
  /** The as-of chosen (URL or header), or the dataset's default. */
  chosen: string;
  /** The hour shown: `chosen` inside the readings, else the nearest end of them. */
  at: string;
  /** `chosen` lies outside the readings (no data for that moment). */
  outside: boolean;
}

/**
 * The readings' range from the dataset's meta: `readings_from` (else 01:00 on 1 January of the demo year) to the
 * default as-of (the last hour with readings).
 *
 * @example
 * airRange({ defaultAsOf: '2023-12-31T23:00', dataset: { readings_from: '2023-01-01T01:00' }, schemaVersion: 1 });
 * // { from: '2023-01-01T01:00', to: '2023-12-31T23:00' }
 */
export function airRange(meta: MetaResponse): AirRange {
  const year = meta.dataset.demo_year ?? meta.defaultAsOf.slice(0, 4);
  return { from: meta.dataset.readings_from ?? `${year}-01-01T01:00`, to: meta.defaultAsOf };
}

/**
 * The moment to evaluate for `asOf` (null = the default): inside the range it is itself; outside, the nearest end,
 * marked `outside` so the view says there is no data for the chosen moment.
 *
 * @example
 * airMoment('2024-06-01T12:00', { from: '2023-01-01T01:00', to: '2023-12-31T23:00' });
 * // { chosen: '2024-06-01T12:00', at: '2023-12-31T23:00', outside: true }
 */
export function airMoment(asOf: string | null, range: AirRange): AirMoment {
  const chosen = asOf ?? range.to;
  if (chosen < range.from) return { chosen, at: range.from, outside: true };
  if (chosen > range.to) return { chosen, at: range.to, outside: true };
  return { chosen, at: chosen, outside: false };
}
