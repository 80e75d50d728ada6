/** The longest number text accepted (HJ 212's numeric fields are N-formats of at most ~20 characters). */
const MAX_DECIMAL_CHARS = 32;

/**
 * A finite decimal as HJ 212 writes numbers (`35`, `-2.5`, `0.125`, `.5`, `12.`), else null: no exponent, no hex,
 * no `NaN`/`Infinity`, no blanks, at most 32 characters. A single pass over the characters (no regex backtracking).
 *
 * @example
 * parseDecimal('35.2'); // 35.2
 * parseDecimal('1e309'); // null
 * parseDecimal('0x1F'); // null
 */
export function parseDecimal(text: string): number | null {
  if (text.length === 0 || text.length > MAX_DECIMAL_CHARS) return null;
  let i = text[0] === '-' || text[0] === '+' ? 1 : 0;
  let digits = 0;
  let dots = 0;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
    else if (c === 46 && dots === 0) dots += 1;
    else return null;
  }
  if (digits === 0) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
