/**
 * Which text encoding a shapefile's DBF uses: the .cpg when there is one (ArcGIS writes `UTF-8`,
 * `GBK`, `936` or `ANSI 936`), otherwise a guess from the bytes.
 *
 * @module
 */
import { decodeText, isValidUtf8 } from './decode-text.ts';

/** A TextDecoder label, and a warning when the .cpg was wrong or unknown. */
export interface DbfEncoding {
  label: string;
  warning?: string;
}

const gbkNames = new Set([
  '936',
  'cp936',
  'ms936',
  'windows-936',
  'gbk',
  'x-gbk',
  'gb2312',
  'gb18030',
  '54936',
  'cp54936',
]);
const utf8Names = new Set(['65001', 'utf8', 'utf-8', 'cp65001']);

/**
 * The encoding of the DBF's text. GBK names (GBK, 936, ANSI 936, GB2312…) give `gb18030` (its
 * superset); UTF-8 names give `utf-8` unless the text is not valid UTF-8 (then GBK, with a
 * warning); another label TextDecoder knows (`big5`, `1252` → `windows-1252`) is used as is.
 * Without a .cpg, or with one naming an unknown encoding (warning), the text is read as UTF-8 when
 * it is valid UTF-8, otherwise as GBK: old Chinese GIS data without a .cpg is GBK.
 *
 * @param dbf - the .dbf bytes
 * @param cpg - the .cpg bytes, if the zip has one
 * @example
 * dbfEncoding(dbfBytes, new TextEncoder().encode('ANSI 936')); // { label: 'gb18030' }
 */
export function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): DbfEncoding {
  const textIsUtf8 = isValidUtf8(dbfText(dbf));
  const guess = textIsUtf8 ? 'utf-8' : 'gb18030';
  if (!cpg) return { label: guess };
  const declared = decodeText(cpg).trim();
  const name = declared.toLowerCase().replace(/^ansi\s*/, '');
  if (gbkNames.has(name)) return { label: 'gb18030' };
  if (utf8Names.has(name)) {
    return textIsUtf8
      ? { label: 'utf-8' }
      : {
          label: 'gb18030',
          warning: `the .cpg says ${declared} but the .dbf text is not valid UTF-8; it was read as GBK`,
        };
  }
  for (const label of [name, /^\d+$/.test(name) ? `windows-${name}` : '']) {
    if (!label) continue;
    try {
      new TextDecoder(label);
      return { label };
    } catch {
      // not a label TextDecoder knows; try the next form
    }
  }
  return {
    label: guess,
    warning:
      `the .cpg names an unknown encoding '${declared}'; ` +
      `the .dbf text was read as ${textIsUtf8 ? 'UTF-8' : 'GBK'}`,
  };
}

/** The bytes of a DBF that hold text: field names and records (not the binary header fields). */
function dbfText(dbf: Uint8Array): Uint8Array {
  if (dbf.length < 32) return dbf;
  const headerLength = (dbf[8] ?? 0) | ((dbf[9] ?? 0) << 8);
  const parts: Uint8Array[] = [];
  for (let offset = 32; offset + 11 <= headerLength && dbf[offset] !== 0x0d; offset += 32) {
    const nameBytes = dbf.subarray(offset, offset + 11);
    const end = nameBytes.indexOf(0);
    parts.push(nameBytes.subarray(0, end < 0 ? 11 : end));
  }
  parts.push(
    dbf.subarray(Math.min(headerLength, dbf.length), dbf[dbf.length - 1] === 0x1a ? dbf.length - 1 : dbf.length),
  );
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length + 1; // a 0x00 between parts keeps a multi-byte sequence from spanning two of them
  }
  return out;
}
