/**
 * Decoding of uploaded text files whose encoding nobody declared.
 *
 * @module
 */

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const gb18030 = new TextDecoder('gb18030');

/**
 * Decodes uploaded text: UTF-8 when the bytes are valid UTF-8, otherwise GB18030 (a superset of
 * GBK, which Excel and WPS on Chinese Windows write for "CSV" and which old GIS tools write). A
 * leading byte-order mark is removed either way.
 *
 * Valid UTF-8 is almost never produced by chance from GBK text with Chinese characters, so
 * trying UTF-8 strictly first is safe; pure ASCII decodes identically in both.
 *
 * @param bytes - the file's bytes
 * @returns the text, without a BOM
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0x90, 0x8d])); // '名'
 * decodeText(new Uint8Array([0xc3, 0xfb])); // '名' (GBK)
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = gb18030.decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Whether the bytes are valid UTF-8 (a BOM allowed). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
