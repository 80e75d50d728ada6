/**
 * Reading the first worksheet of an uploaded XLSX workbook as rows of text, the way a person reads the sheet:
 * merged cells give every cell of the merge the top-left value, formulas give their cached result, dates,
 * rich text and hyperlinks give their text, percentages their percent.
 *
 * @module
 */
import ExcelJS from 'exceljs';
import type { Localized } from '../schema/localized.ts';
import { readZipEntries } from './read-zip-entries.ts';

/** One row of a sheet: its number as the spreadsheet shows it (1-based) and its cells' text (trimmed). */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A cell that could not be read as text (a formula without a cached result, an error value). */
export interface SheetCellProblem {
  row: number;
  /** 0-based column index; null for the whole row (a malformed CSV record). */
  column: number | null;
  text: Localized;
}

/** A sheet read as text. */
export interface SheetTable {
  rows: SheetRow[];
  cellProblems: SheetCellProblem[];
}

/** The workbook could not be read: not an XLSX file, a corrupt one, one without sheets, or one too large unpacked. */
export class UnreadableXlsxError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = 'UnreadableXlsxError';
  }
}

/** Most bytes an XLSX may unpack to (a guard against zip bombs; a 20,000-row list unpacks to ~20 MiB). */
export const MAX_XLSX_UNPACKED_BYTES = 64 * 2 ** 20;

const unreadable = (en: string, zh: string) =>
  new UnreadableXlsxError({ zh: `无法读取 XLSX 文件：${zh}`, en: `cannot read the XLSX file: ${en}` });

/** 15 significant digits, as Excel shows a number: 0.30000000000000004 → 0.3. */
const excelNumber = (n: number): string => String(Number(n.toPrecision(15)));

const pad = (n: number) => String(n).padStart(2, '0');
/** A date cell (exceljs reads the sheet's serial as UTC): `YYYY-MM-DD`, with ` HH:mm` when it has a time. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0
    ? day
    : `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

type CellText = { text: string } | { problem: Localized };

/** The text of a cell value (exceljs's CellValue shapes), or why it has none. */
function valueText(value: unknown, numFmt: string | undefined): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return { text: `${excelNumber(value * 100)}%` };
    return { text: excelNumber(value) };
  }
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: Number.isNaN(value.getTime()) ? '' : dateText(value) };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return {
        text: (v.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join(''),
      };
    if ('formula' in v || 'sharedFormula' in v) {
      const formula = String(v.formula ?? v.sharedFormula ?? '');
      if (v.result === undefined || v.result === null)
        return {
          problem: {
            zh: `公式「=${formula}」没有计算结果（请在 Excel/WPS 中重新计算并保存，或改为数值）`,
            en:
              `the formula '=${formula}' has no calculated result ` +
              '(recalculate and save it in Excel/WPS, or enter the value)',
          },
        };
      return valueText(v.result, numFmt);
    }
    if (typeof v.error === 'string')
      return { problem: { zh: `单元格为错误值 ${v.error}`, en: `the cell holds the error value ${v.error}` } };
    if ('text' in v) return valueText(v.text, numFmt);
  }
  return { text: String(value) };
}

/**
 * Reads the first worksheet of an XLSX workbook. Every row from the first to the last non-empty one is returned
 * (empty rows as empty cells), each with as many cells as the widest row. Throws {@link UnreadableXlsxError} for
 * anything that is not a readable workbook (every error of the reader is wrapped: a bad upload is the sender's
 * problem, never the server's).
 *
 * @param bytes - the file's bytes
 * @example
 * const { rows } = await readXlsxRows(bytes);
 * rows[0]; // { row: 1, cells: ['企业编号', '企业名称', …] }
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<SheetTable> {
  const unpacked = await readZipEntries(bytes, { include: () => true, maxBytes: MAX_XLSX_UNPACKED_BYTES });
  if (!unpacked.ok) {
    if (unpacked.error.code === 'too-large')
      throw unreadable(unpacked.error.message, `解压后超过 ${MAX_XLSX_UNPACKED_BYTES / 2 ** 20} MiB`);
    throw unreadable(`not an XLSX (zip) file: ${unpacked.error.message}`, '不是 XLSX（zip）文件或文件已损坏');
  }
  if (!unpacked.value.names.some((name) => name.startsWith('xl/worksheets/')))
    throw unreadable(
      'the archive holds no worksheet (is it an XLSX workbook?)',
      '文件中没有工作表（是否为 XLSX 工作簿？）',
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    throw unreadable(detail, '文件已损坏或不是 Excel 2007 及以后的 .xlsx 格式');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('the workbook has no worksheet', '工作簿中没有工作表');
  try {
    return readSheet(sheet);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    throw unreadable(detail, '工作表内容无法解析');
  }
}

function readSheet(sheet: ExcelJS.Worksheet): SheetTable {
  const found: SheetRow[] = [];
  const cellProblems: SheetCellProblem[] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const source = cell.isMerged ? cell.master : cell;
      const read = valueText(source.value, source.numFmt);
      if ('problem' in read) {
        cellProblems.push({ row: rowNumber, column: columnNumber - 1, text: read.problem });
        cells[columnNumber - 1] = '';
      } else cells[columnNumber - 1] = read.text.trim();
    });
    width = Math.max(width, cells.length);
    found.push({ row: rowNumber, cells });
  });
  const rows: SheetRow[] = [];
  let next = 1;
  for (const r of found) {
    for (; next < r.row; next++) rows.push({ row: next, cells: [] });
    rows.push(r);
    next = r.row + 1;
  }
  for (const r of rows) for (let i = 0; i < width; i++) r.cells[i] ??= '';
  return { rows, cellProblems };
}
