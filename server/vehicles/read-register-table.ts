/**
 * An uploaded vehicle register (CSV or XLSX) read as a header and text rows (issue 16). The first non-blank row is
 * the header; rows keep their numbers as the spreadsheet shows them (the header of a plain file is row 1).
 *
 * @module
 */
import { readCsvRows } from '../import/parse-emergency-list.ts';
import type { ImportProblem } from '../import/parsed-import.ts';
import { readXlsxRows, UnreadableXlsxError, type SheetTable } from '../import/read-xlsx-rows.ts';
import type { Localized } from '../schema/localized.ts';
import type { RegisterTable } from './parse-vehicle-register.ts';

/** The table and the cells that could not be read, or why the file cannot be read at all. */
export type RegisterTableResult =
  | { ok: true; table: RegisterTable; problems: ImportProblem[] }
  | { ok: false; unreadable: Localized };

/**
 * Reads `bytes` as `format`.
 *
 * @example
 * const read = await readRegisterTable(new TextEncoder().encode('车牌号码,燃料种类\n晋H12345,柴油\n'), 'csv');
 * read.ok && read.table.rows[0]?.row; // 2
 */
export async function readRegisterTable(bytes: Uint8Array, format: 'csv' | 'xlsx'): Promise<RegisterTableResult> {
  if (bytes.length === 0) return { ok: false, unreadable: { zh: '文件为空', en: 'the file is empty' } };
  let sheet: SheetTable;
  if (format === 'csv') sheet = readCsvRows(bytes);
  else
    try {
      sheet = await readXlsxRows(bytes);
    } catch (error) {
      if (error instanceof UnreadableXlsxError) return { ok: false, unreadable: error.text };
      const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
      return {
        ok: false,
        unreadable: { zh: `无法读取 XLSX 文件：${detail}`, en: `cannot read the XLSX file: ${detail}` },
      };
    }
  const headerAt = sheet.rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  const header = sheet.rows[headerAt];
  if (!header)
    return { ok: false, unreadable: { zh: '文件中没有表头和数据', en: 'the file holds no header and no rows' } };
  const problems: ImportProblem[] = sheet.cellProblems.map((p) => ({
    row: p.row,
    field: p.column === null ? null : (header.cells[p.column] ?? null),
    severity: 'error',
    problem: p.text.en,
    text: p.text,
  }));
  return { ok: true, table: { header: header.cells, rows: sheet.rows.slice(headerAt + 1) }, problems };
}
