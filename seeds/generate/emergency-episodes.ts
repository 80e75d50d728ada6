import { addDays } from '../../server/time/cst.ts';

/** A district daily mean of PM2.5 (µg/m³), the day of the hours ending 01:00 … 24:00. */
export interface DailyPm {
  day: string;
  pm25: number;
}

/** A stretch of days chosen for an episode (inclusive), with its mean. */
export interface Stretch {
  from: string;
  to: string;
  mean: number;
}

/**
 * The worst stretches of `lengths` days (in the order asked) among `days` within [from, to], none overlapping
 * another or its `gap` days around (so an episode's 7-day CEMS baseline never holds another episode).
 *
 * @example
 * worstStretches(daily, [4, 3, 2], '2023-11-01', '2023-12-27', 8); // [{from, to, mean}, …] in date order
 */
export function worstStretches(
  days: readonly DailyPm[],
  lengths: readonly number[],
  from: string,
  to: string,
  gap: number,
): Stretch[] {
  const byDay = new Map(days.map((d) => [d.day, d.pm25]));
  const chosen: Stretch[] = [];
  const clashes = (s: Stretch) => chosen.some((c) => !(addDays(s.to, gap) < c.from || addDays(c.to, gap) < s.from));
  for (const length of lengths) {
    let best: Stretch | null = null;
    for (let start = from; addDays(start, length - 1) <= to; start = addDays(start, 1)) {
      const values: number[] = [];
      for (let i = 0; i < length; i++) {
        const v = byDay.get(addDays(start, i));
        if (v !== undefined) values.push(v);
      }
      if (values.length < length) continue;
      const candidate = {
        from: start,
        to: addDays(start, length - 1),
        mean: values.reduce((a, b) => a + b, 0) / length,
      };
      if (clashes(candidate)) continue;
      if (!best || candidate.mean > best.mean) best = candidate;
    }
    if (!best) throw new Error(`emergency seed: no ${length}-day stretch left between ${from} and ${to}`);
    chosen.push(best);
  }
  return chosen;
}
