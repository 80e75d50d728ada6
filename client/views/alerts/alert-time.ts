import { toCstMinute } from '../../../server/time/cst.ts';

/**
 * A time of an alert as shown, `YYYY-MM-DD HH:mm` China Standard Time: an instant (ISO 8601 with `Z` or an offset,
 * as a person's action is stamped) is converted to CST; an as-of moment (`YYYY-MM-DDTHH:mm`, already CST, as the
 * ledger stamps raising and clearing) is shown as it is.
 *
 * @example
 * alertTime('2026-12-03T18:28:05.123Z'); // '2026-12-04 02:28'
 * alertTime('2023-12-31T23:00'); // '2023-12-31 23:00'
 */
export function alertTime(at: string): string {
  const instant = /(Z|[+-]\d\d:?\d\d)$/.test(at);
  const cst = instant ? toCstMinute(new Date(at)) : at.slice(0, 16);
  return cst.replace('T', ' ');
}
