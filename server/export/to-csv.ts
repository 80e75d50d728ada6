/**
 * CSV writer for downloads meant to be opened in Excel / WPS as well as parsed by programs.
 *
 * Output: a UTF-8 byte-order mark (so Excel reads Chinese as UTF-8, not GBK), a header row, then
 * one record per row; fields separated by `,`, records ended by CRLF (RFC 4180 §2.1), and a field
 * quoted with `"` (inner `"` doubled) when it contains `,`, `"`, CR or LF (RFC 4180 §2.6–2.7).
 *
 * Cell values: numbers are written unformatted (`String(n)`: no rounding, no thousands
 * separators; a non-finite number is an empty cell), booleans as `true` / `false`, `null` and
 * `undefined` as an empty cell. A **string** starting with `=`, `+`, `-`, `@`, a tab or a CR gets a
 * leading `'` so that a spreadsheet does not run it as a formula (CSV / formula injection, OWASP);
 * numbers never do, so `-3.5` stays a number. Header labels are treated like string cells.
 *
 * @module
 */

/** A value a CSV cell can hold. */
export type CsvCell = string | number | boolean | null | undefined;

/** Header languages: Chinese (the default) or English. */
export type CsvLang = 'zh' | 'en';

/** A bilingual label. */
export interface BilingualLabel {
  zh: string;
  en: string;
}

/** One column: the row key it reads and its header label (one string for both languages, or one per language). */
export interface CsvColumn<K extends string = string> {
  key: K;
  header: string | BilingualLabel;
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Language of the header labels. Default `'zh'`. */
  lang?: CsvLang;
}

/** The UTF-8 byte-order mark every file starts with. */
export const CSV_BOM = '\uFEFF';

/** Characters that make a spreadsheet treat a leading string as a formula (or that hide one). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A field that needs quoting under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The text of one cell: numbers unformatted, booleans `true`/`false`, null empty; strings
 * guarded against formula injection, then quoted when RFC 4180 requires it.
 *
 * @example
 * csvField('=1+1'); // "'=1+1"
 * csvField(-2);     // '-2'
 * csvField('a,"b"'); // '"a,""b"""'
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const guarded = value.length > 0 && FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The header label of `column` in `lang`. */
export function headerLabel(column: CsvColumn, lang: CsvLang): string {
  return typeof column.header === 'string' ? column.header : column.header[lang];
}

/**
 * Writes `rows` as CSV with the given columns, in order; keys a row lacks are empty cells.
 *
 * @param rows - records keyed by column key
 * @param columns - the columns, in output order, with their header labels
 * @param options - `lang` picks the header labels (`'zh'` default, `'en'`)
 * @returns the whole file as a string, BOM first, every record (the header too) ending in CRLF
 * @example
 * toCsv(
 *   [{ name: '忻口镇', value: 6.5 }],
 *   [{ key: 'name', header: { zh: '名称', en: 'name' } }, { key: 'value', header: 'value' }],
 * );
 * // '\uFEFF名称,value\r\n忻口镇,6.5\r\n'
 */
export function toCsv<K extends string>(
  rows: Iterable<Partial<Record<K, CsvCell>>>,
  columns: readonly CsvColumn<K>[],
  options: CsvOptions = {},
): string {
  if (columns.length === 0) throw new Error('toCsv: columns must name at least one column');
  const lang = options.lang ?? 'zh';
  const lines = [columns.map((column) => csvField(headerLabel(column, lang))).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column.key])).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
