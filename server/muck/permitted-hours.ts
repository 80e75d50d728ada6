/**
 * The clock minute (0–1439) of a CST time `…THH:mm` or `…THH:mm:ss` (seconds dropped) or a clock `HH:mm`.
 *
 * @example
 * clockMinuteOf('2023-12-30T23:40:30'); // 1420
 */
export function clockMinuteOf(text: string): number {
  const clock = text.length <= 5 ? text : text.slice(11, 16);
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/**
 * Whether the moment `ts` (CST, `YYYY-MM-DDTHH:mm[:ss]`) lies inside the permit's hours `hoursFrom`–`hoursTo`
 * (`HH:mm`). Both ends are inside, and a minute counts whole: with 22:00–05:00 the fixes at 22:00:00 and 05:00:59 are
 * inside and 05:01:00 and 21:59:59 outside. When `hoursTo` is before `hoursFrom` the window runs overnight (22:00
 * to 05:00 the next morning).
 *
 * @example
 * withinPermittedHours('2023-12-30T23:40:00', '22:00', '05:00'); // true
 * withinPermittedHours('2023-12-30T05:01:00', '22:00', '05:00'); // false
 */
export function withinPermittedHours(ts: string, hoursFrom: string, hoursTo: string): boolean {
  const m = clockMinuteOf(ts);
  const from = clockMinuteOf(hoursFrom);
  const to = clockMinuteOf(hoursTo);
  return from <= to ? m >= from && m <= to : m >= from || m <= to;
}
