/**
 * Chinese vehicle plates (号牌号码, GA 36-2018): a province character, the issuing authority's letter, then five
 * characters (ordinary plates; the last may be 挂/学/警) or six (new-energy plates: D/F first for small vehicles,
 * last for large ones). Six-character serials without D/F are accepted too (registers hold such records, e.g. the
 * demo register), but only the D/F forms count as new-energy plates. Pure; no I or O among the serial characters.
 *
 * @module
 */

/** The province characters a plate may begin with (the 31 provincial units). */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

const SERIAL = '[A-HJ-NP-Z0-9]';
const ORDINARY = new RegExp(`^[${PLATE_PROVINCES}][A-Z]${SERIAL}{4,5}(?:${SERIAL}|[挂学警])$`);
const NEW_ENERGY = new RegExp(`^[${PLATE_PROVINCES}][A-Z](?:[DF]${SERIAL}\\d{4}|\\d{5}[DF])$`);

/**
 * A plate as registers write it: trimmed, upper case, without the separator dot or spaces (`晋H·12345` → `晋H12345`).
 *
 * @example
 * normalizePlate(' 晋h·1234a '); // '晋H1234A'
 */
export function normalizePlate(text: string): string {
  return text.replace(/[\s·.．•-]/g, '').toUpperCase();
}

/**
 * Whether `plate` (normalised) is a valid plate: province, letter, 5 or 6 serial characters.
 *
 * @example
 * isValidPlate('晋H12345'); // true
 * isValidPlate('晋HD12345'); // true (new energy, 6 characters)
 * isValidPlate('晋H1234'); // false
 */
export function isValidPlate(plate: string): boolean {
  return ORDINARY.test(plate) || NEW_ENERGY.test(plate);
}

/**
 * Whether `plate` is a new-energy plate (six characters after the authority letter).
 *
 * @example
 * isNewEnergyPlate('晋HD12345'); // true
 */
export function isNewEnergyPlate(plate: string): boolean {
  return NEW_ENERGY.test(plate);
}
