/**
 * Parses the simple CSV files of the reference data: a header line, then one record per line,
 * comma-separated, no quoting (none of our files quotes or escapes a field).
 *
 * @param text - the file text (LF or CRLF line ends; a trailing newline is allowed)
 * @param fileName - used in error messages
 * @param requiredColumns - columns the header must contain
 * @returns one record per data line, keyed by the header's column names
 * @throws Error naming the file and line if a field is quoted, a line has the wrong number of fields,
 *   or a required column is missing
 * @example
 * parseCsv('code9,name\n140902001,秀容街道\n', 'townships.csv', ['code9']);
 * // [{ code9: '140902001', name: '秀容街道' }]
 */
export function parseCsv(
  text: string,
  fileName: string,
  requiredColumns: readonly string[] = [],
): Array<Record<string, string>> {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  for (const column of requiredColumns) {
    if (!header.includes(column))
      throw new Error(`${fileName}: missing column '${column}' (header: ${header.join(',')})`);
  }
  return lines.slice(1).map((line, index) => {
    if (line.includes('"')) throw new Error(`${fileName} line ${index + 2}: quoted fields are not supported`);
    const fields = line.split(',');
    if (fields.length !== header.length) {
      throw new Error(`${fileName} line ${index + 2}: ${fields.length} fields, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((column, i) => [column, fields[i] ?? '']));
  });
}
