/**
 * Normalisation of attribute values read from files into {@link ImportPropertyValue}s.
 *
 * @module
 */
import type { ImportPropertyValue } from './parsed-import.ts';

/**
 * Converts an attribute value as a parser read it: strings trimmed; finite numbers and booleans
 * kept; NaN, ±Infinity, undefined and null become null; a Date becomes `YYYY-MM-DD` (its local
 * calendar date, as DBF dates have no time zone); arrays and objects become their JSON text.
 *
 * @example
 * toPropertyValue('  忻府区 '); // '忻府区'
 * toPropertyValue(Number.NaN); // null
 */
export function toPropertyValue(value: unknown): ImportPropertyValue {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? null;
}

/**
 * Applies {@link toPropertyValue} to every member of a properties object (anything else gives `{}`); a `__proto__` key
 * is dropped.
 */
export function toProperties(value: unknown): Record<string, ImportPropertyValue> {
  const out: Record<string, ImportPropertyValue> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (key !== '__proto__') out[key] = toPropertyValue(v);
  }
  return out;
}
