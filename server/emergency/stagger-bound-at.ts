/**
 * Staggered production (错峰生产, task 15) over the autumn–winter season: which schedules bind on a day, the season a
 * day belongs to and a season's period. Dates are `YYYY-MM-DD`, which order as text.
 *
 * @module
 */
import type { StaggerRecord } from './contract.ts';

/**
 * The schedules binding on `day` (from <= day <= to, both inclusive), in the order given. A moment
 * (`YYYY-MM-DDTHH:mm`) counts as its day.
 *
 * @example
 * staggerBoundAt(schedules, '2023-12-01').map((s) => s.enterpriseId); // ['E017', 'E042']
 */
export function staggerBoundAt(schedules: readonly StaggerRecord[], day: string): StaggerRecord[] {
  const d = day.slice(0, 10);
  return schedules.filter((s) => s.from <= d && d <= s.to);
}

/**
 * The season label of a day: October to December open the season named from their year, January to September
 * belong to the season that began the October before (so a summer day names the last winter).
 *
 * @example
 * seasonOf('2023-11-05'); // '2023-2024'
 * seasonOf('2024-02-10'); // '2023-2024'
 * seasonOf('2023-05-01'); // '2022-2023'
 */
export function seasonOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (!/^\d{4}-\d{2}-\d{2}/.test(day) || month < 1 || month > 12) throw new RangeError(`not a date: ${day}`);
  const first = month >= 10 ? year : year - 1;
  return `${first}-${first + 1}`;
}

/**
 * A season's period: 1 October of its first year to 31 March of the next (the autumn–winter campaign).
 *
 * @example
 * seasonPeriod('2023-2024'); // { from: '2023-10-01', to: '2024-03-31' }
 */
export function seasonPeriod(season: string): { from: string; to: string } {
  const match = /^(\d{4})-(\d{4})$/.exec(season);
  const first = Number(match?.[1]);
  if (match === null || Number(match[2]) !== first + 1) throw new RangeError(`not a season: ${season}`);
  return { from: `${match[1]}-10-01`, to: `${match[2]}-03-31` };
}
