/**
 * The season calendar's horizontal scale: a season's period (1 October – 31 March, dates inclusive) as the
 * fraction 0…1 of the timeline's width, day by day. Dates `YYYY-MM-DD`; moments `YYYY-MM-DDTHH:mm` (CST).
 *
 * @module
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a date `YYYY-MM-DD` (calendar arithmetic, no time zone involved). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** A period's length in days, both ends inclusive (2023-10-01 … 2024-03-31: 183). */
export function periodDays(period: { from: string; to: string }): number {
  return dayNumber(period.to) - dayNumber(period.from) + 1;
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * A schedule's bar: where it starts (the start of its first day) and how wide it is (through the end of its last
 * day), as fractions of the season, clipped to it.
 *
 * @example
 * barOf({ from: '2023-11-15', to: '2024-03-15' }, { from: '2023-10-01', to: '2024-03-31' });
 * // { left: 45 / 183, width: 122 / 183 }
 */
export function barOf(
  schedule: { from: string; to: string },
  period: { from: string; to: string },
): { left: number; width: number } {
  const days = periodDays(period);
  const start = dayNumber(period.from);
  const left = clamp((dayNumber(schedule.from) - start) / days);
  const right = clamp((dayNumber(schedule.to) + 1 - start) / days);
  return { left, width: Math.max(0, right - left) };
}

/**
 * Where a moment falls on the season's timeline (its day plus the time of day), or null outside the season.
 *
 * @example
 * momentFraction('2023-10-02T12:00', { from: '2023-10-01', to: '2024-03-31' }); // 1.5 / 183
 */
export function momentFraction(at: string, period: { from: string; to: string }): number | null {
  const minutes = at.length >= 16 ? Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16)) : 0;
  const x = (dayNumber(at.slice(0, 10)) - dayNumber(period.from) + minutes / 1440) / periodDays(period);
  return x < 0 || x > 1 ? null : x;
}

/** The first of each month inside the period, with its month (1–12) and position. */
export function monthTicks(period: { from: string; to: string }): { month: number; date: string; at: number }[] {
  const ticks: { month: number; date: string; at: number }[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  if (Number(period.from.slice(8, 10)) > 1) month += 1;
  for (;;) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const date = `${year}-${String(month).padStart(2, '0')}-01`;
    if (date > period.to) return ticks;
    ticks.push({ month, date, at: barOf({ from: date, to: date }, period).left });
    month += 1;
  }
}
