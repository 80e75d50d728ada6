/**
 * HJ 212's `DataTime` (`YYYYMMDDhhmmss`, China Standard Time: the standard's times are the device's local clock)
 * and the server's CST text form `YYYY-MM-DDTHH:mm:ss` (migration 0009's `data_time`). No conversion of zone:
 * both are CST; only the spelling changes. An hour packet's DataTime is the hour's START (the ingest adds 1 h).
 *
 * @module
 */

function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether the parts name a real date-time (a real calendar day; 00–23 h, 00–59 min and s). */
function isRealDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  return hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * `YYYYMMDDhhmmss` → `YYYY-MM-DDTHH:mm:ss`, or null when the text is not 14 digits naming a real date-time.
 *
 * @example
 * dataTimeToCst('20240131150000'); // '2024-01-31T15:00:00'
 * dataTimeToCst('20240230150000'); // null (no 30 February)
 */
export function dataTimeToCst(dataTime: string): string | null {
  if (dataTime.length !== 14 || !isDigits(dataTime, 0, 14)) return null;
  const part = (from: number, to: number) => Number(dataTime.slice(from, to));
  if (!isRealDateTime(part(0, 4), part(4, 6), part(6, 8), part(8, 10), part(10, 12), part(12, 14))) return null;
  const d = dataTime;
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}`;
}

/**
 * `YYYY-MM-DDTHH:mm:ss` (or `…THH:mm`, seconds 00; a space instead of `T` too) → `YYYYMMDDhhmmss`, or null when
 * the text is not a real date-time in that form.
 *
 * @example
 * cstToDataTime('2024-01-31T15:00:00'); // '20240131150000'
 * cstToDataTime('2024-01-31T15:00'); // '20240131150000'
 */
export function cstToDataTime(text: string): string | null {
  if (text.length !== 16 && text.length !== 19) return null;
  const full = text.length === 16 ? `${text}:00` : text;
  const separators = full[4] === '-' && full[7] === '-' && (full[10] === 'T' || full[10] === ' ');
  if (!separators || full[13] !== ':' || full[16] !== ':') return null;
  const digits = full.slice(0, 4) + full.slice(5, 7) + full.slice(8, 10) + full.slice(11, 13) + full.slice(14, 16);
  const dataTime = digits + full.slice(17, 19);
  return dataTimeToCst(dataTime) === null ? null : dataTime;
}
