/**
 * The CP of a packet: `DataTime=YYYYMMDDhhmmss;a34004-Avg=35,a34004-Flag=N;…` (items separated by `;`, the fields
 * of one item by `,`; both are read alike). Pollutant item fields Rtd, Avg, Min, Max, Cou are finite decimals,
 * Flag one letter as sent (N, F, M, S, D, C, T, B; only N is valid data, which the reader of the items decides).
 * Other keys (QnRtn, ExeRtn, RtdInterval, `a34013-ZsAvg`, …) are kept as sent in `fields`.
 *
 * @module
 */
import { err, ok, type Result } from '../result.ts';
import type { CpData, CpItem, Hj212Problem } from './contract.ts';
import { dataTimeToCst } from './data-time.ts';
import { parseDecimal } from './parse-decimal.ts';
import { hj212Problem } from './problem.ts';

type NumberField = 'Rtd' | 'Avg' | 'Min' | 'Max' | 'Cou';
const numberFields: ReadonlySet<string> = new Set<NumberField>(['Rtd', 'Avg', 'Min', 'Max', 'Cou']);

function isLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return text.length === 1 && c >= 97 && c <= 122;
}

function quote(text: string): string {
  return text.length > 40 ? `'${text.slice(0, 40)}…'` : `'${text}'`;
}

function invalid(message: string): Result<never, Hj212Problem> {
  return err(hj212Problem('cp-invalid', message, 100));
}

/**
 * Parses a CP text (the content between `CP=&&` and `&&`). A malformed entry, a duplicate key, a number that is
 * not a finite decimal (NaN, Infinity, hex, exponents) or a DataTime that is no real date-time is `cp-invalid`
 * naming the entry. `items` and `fields` are objects without prototype (any key is safe).
 *
 * @example
 * parseCp('DataTime=20240101120000;a34004-Avg=35,a34004-Flag=N');
 * // { ok: true, value: { dataTime: '20240101120000', items: { a34004: { Avg: 35, Flag: 'N' } }, fields: {} } }
 */
export function parseCp(cp: string): Result<CpData, Hj212Problem> {
  const items: Record<string, CpItem> = Object.create(null);
  const fields: Record<string, string> = Object.create(null);
  let dataTime: string | null = null;
  let start = 0;
  while (start <= cp.length) {
    let stop = start;
    for (; stop < cp.length; stop += 1) {
      const c = cp.charCodeAt(stop);
      if (c === 59 || c === 44) break; // ';' ','
    }
    const entry = cp.slice(start, stop);
    start = stop + 1;
    if (entry.length === 0) continue;
    const eq = entry.indexOf('=');
    if (eq <= 0) return invalid(`CP entry ${quote(entry)} has no key=value form`);
    const key = entry.slice(0, eq);
    const value = entry.slice(eq + 1);
    if (key === 'DataTime') {
      if (dataTime !== null) return invalid('duplicate DataTime in CP');
      if (dataTimeToCst(value) === null) return invalid(`DataTime ${quote(value)} is not a real YYYYMMDDhhmmss`);
      dataTime = value;
      continue;
    }
    const dash = key.lastIndexOf('-');
    const field = dash > 0 ? key.slice(dash + 1) : '';
    if (field !== 'Flag' && !numberFields.has(field)) {
      if (Object.hasOwn(fields, key)) return invalid(`duplicate CP key ${quote(key)}`);
      fields[key] = value;
      continue;
    }
    const code = key.slice(0, dash);
    const item: CpItem = items[code] ?? {};
    items[code] = item;
    if (item[field as keyof CpItem] !== undefined) return invalid(`duplicate CP key ${quote(key)}`);
    if (field === 'Flag') {
      if (!isLetter(value)) return invalid(`item ${quote(entry)}: the flag is not one letter`);
      item.Flag = value;
      continue;
    }
    const number = parseDecimal(value);
    if (number === null) return invalid(`item ${quote(entry)} is not a finite decimal`);
    item[field as NumberField] = number;
  }
  return ok({ dataTime, items, fields });
}
