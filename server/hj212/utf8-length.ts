/** Any character outside ASCII (one character class: no backtracking). */
export const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The UTF-8 byte count of a text, without allocating: HJ 212 lengths count bytes, and a frame is ASCII unless a
 * non-ASCII character sneaks in (then characters and bytes differ and the length field tells which is meant).
 *
 * @example
 * utf8Length('ST=22'); // 5
 * utf8Length('烟尘'); // 6
 */
export function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) bytes += utf8Width(text, i);
  return bytes;
}

/**
 * The UTF-8 bytes the UTF-16 unit at `index` adds: 1–3, 4 for the high half of a surrogate pair and 0 for its
 * low half (a lone surrogate counts as the 3 bytes of U+FFFD, as TextEncoder writes it).
 */
export function utf8Width(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 4 : 3;
  }
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0;
    return previous >= 0xd800 && previous <= 0xdbff ? 0 : 3;
  }
  return 3;
}
