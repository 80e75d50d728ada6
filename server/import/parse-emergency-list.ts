/**
 * Import of the emergency reduction list (应急减排清单) from the spreadsheet bureaus keep, as CSV (UTF-8 with or
 * without BOM, or GBK from Excel/WPS) or XLSX (the first worksheet).
 *
 * The layout: one row per enterprise × warning level × production line (or process), a header row naming the
 * columns (Chinese headers; the English aliases of emergency-list-columns.ts accepted; title rows above the header
 * are skipped):
 *
 * 企业编号 | 企业名称 | 绩效等级 (引领性/A/B/B-/C/D/非重点行业, also A级 …) | 行业 | 是否建成区 (是/否) |
 * 是否重污染企业 (是/否) | 联系人 (optional) | 预警级别 (黄色/橙色/红色) | 生产线/工序 (optional: 全厂) |
 * 措施类型 (停产/限产/错峰运输/禁止国五及以下车辆运输/自主减排/其他) | 限产比例(%) (限产 only) |
 * 排放口编号 (optional) | 措施内容 |
 * 颗粒物减排量(吨/日) | 二氧化硫减排量(吨/日) | 氮氧化物减排量(吨/日) | VOCs减排量(吨/日)
 *
 * An enterprise's fields (name, grade, industry, 建成区, 重污染, contact) must agree across its rows (blank cells
 * are read as "same as the other rows", so merged enterprise columns work). Reductions are per enterprise × level:
 * the same on that level's rows, or given on one row and blank on the others. Every listed enterprise needs rows
 * for all three levels, and its 企业编号 must be an enterprise the console holds.
 *
 * Problems name the row as the spreadsheet numbers it (the header is row 1 unless title rows precede it) and the
 * column. The parser is pure: bytes in, entries and problems out; nothing thrown for bad input (an unreadable XLSX
 * comes back as `unreadable`).
 *
 * @module
 */
import Papa from 'papaparse';
import { warningLevels, type WarningLevel } from '../schema/enums/emergency.ts';
import {
  listEntryInputSchema,
  type ListEntryInput,
  type ListMeasure,
  type Reductions,
} from '../schema/emergency-list.ts';
import type { Localized } from '../schema/localized.ts';
import { decodeText } from './decode-text.ts';
import {
  allowedWords,
  levelWords,
  listColumns,
  listLayoutText,
  matchListColumn,
  readGrade,
  readKind,
  readLevel,
  readYesNo,
  type ListColumnKey,
} from './emergency-list-columns.ts';
import type { ImportProblem } from './parsed-import.ts';
import { readXlsxRows, UnreadableXlsxError, type SheetTable } from './read-xlsx-rows.ts';

/** Most data rows a list file may have. */
export const MAX_LIST_ROWS = 20_000;
/** Most enterprises a list may hold (as a revision body). */
export const MAX_LIST_ENTERPRISES = 2000;

/** What the checks need from the console. */
export interface ListParseOptions {
  /** Whether the console holds an enterprise with this id. */
  enterpriseExists: (id: string) => boolean;
}

/** A parsed list file. */
export interface ParsedEmergencyList {
  format: 'csv' | 'xlsx';
  /** The enterprises read without errors, in file order. */
  entries: ListEntryInput[];
  /** Every problem, file-level ones first, then by row. */
  problems: ImportProblem[];
  counts: { rows: number; enterprises: number; measures: number };
  /** Set when the file could not be read at all (a corrupt XLSX): nothing else is meaningful. */
  unreadable: Localized | null;
}

const pollutants = ['pm', 'so2', 'nox', 'vocs'] as const;
type Pollutant = (typeof pollutants)[number];
const pollutantZh: Readonly<Record<Pollutant, string>> = {
  pm: '颗粒物',
  so2: '二氧化硫',
  nox: '氮氧化物',
  vocs: 'VOCs',
};

/**
 * Reads a list file. `format` comes from the file name's extension.
 *
 * @example
 * const parsed = await parseEmergencyList(bytes, 'xlsx', { enterpriseExists: (id) => ids.has(id) });
 * parsed.entries[0].measures.orange; // [{ line: '1#窑', kind: 'stop', limitPct: null, … }]
 */
export async function parseEmergencyList(
  bytes: Uint8Array,
  format: 'csv' | 'xlsx',
  options: ListParseOptions,
): Promise<ParsedEmergencyList> {
  if (bytes.length === 0) return fileError(format, { zh: '文件为空', en: 'the file is empty' });
  if (format === 'csv') return parseEmergencyListTable(readCsvRows(bytes), 'csv', options);
  try {
    return parseEmergencyListTable(await readXlsxRows(bytes), 'xlsx', options);
  } catch (error) {
    if (error instanceof UnreadableXlsxError) return { ...fileError('xlsx', error.text), unreadable: error.text };
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    const text = { zh: `无法读取 XLSX 文件：${detail}`, en: `cannot read the XLSX file: ${detail}` };
    return { ...fileError('xlsx', text), unreadable: text };
  }
}

/** A CSV string guarded against formula injection by our export (`'=…`) gets its guard removed. */
const unguard = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** The rows of a CSV file (decoded with {@link decodeText}), each record numbered from 1. */
export function readCsvRows(bytes: Uint8Array): SheetTable {
  const text = decodeText(bytes);
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const rows = result.data.map((cells, index) => ({ row: index + 1, cells: cells.map((c) => unguard(c.trim())) }));
  const cellProblems = result.errors
    .filter((e) => typeof e.row === 'number')
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      column: null,
      text: { zh: `该行 CSV 格式有误（引号未闭合？）：${e.message}`, en: `malformed CSV row: ${e.message}` },
    }));
  return { rows, cellProblems };
}

function fileError(format: 'csv' | 'xlsx', text: Localized, more: ImportProblem[] = []): ParsedEmergencyList {
  return {
    format,
    entries: [],
    problems: [{ row: null, field: null, severity: 'error', problem: text.en, text }, ...more],
    counts: { rows: 0, enterprises: 0, measures: 0 },
    unreadable: null,
  };
}

const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Parsed row of the list (the raw cells of the enterprise's fields kept for the agreement check). */
interface ListRow {
  row: number;
  raw: Record<ListColumnKey, string>;
  level: WarningLevel | null;
  measure: ListMeasure | null;
  reductions: Record<Pollutant, number | null>;
  bad: boolean;
  /** Cells that could not be read (reported already). */
  broken: ReadonlySet<ListColumnKey>;
}

/**
 * Checks a sheet read as text ({@link readCsvRows}, readXlsxRows) against the layout and builds the entries.
 *
 * @param table - the sheet's rows
 * @param format - what it was read from
 * @param options - the console's enterprises
 */
export function parseEmergencyListTable(
  table: SheetTable,
  format: 'csv' | 'xlsx',
  options: ListParseOptions,
): ParsedEmergencyList {
  const rows = table.rows;
  const nonBlank = rows.filter((r) => !isBlankRow(r.cells));
  if (nonBlank.length === 0) return fileError(format, { zh: '文件为空', en: 'the file is empty' });

  // the header: the first of the first 10 non-blank rows naming at least 3 columns (title rows may precede it)
  const header =
    nonBlank.slice(0, 10).find((r) => r.cells.filter((c) => matchListColumn(c) !== undefined).length >= 3) ??
    nonBlank[0];
  if (!header) return fileError(format, { zh: '文件为空', en: 'the file is empty' });
  const fileProblems: ImportProblem[] = [];
  const problem = (
    row: number | null,
    field: string | null,
    severity: 'error' | 'warning',
    text: Localized,
  ): ImportProblem => ({ row, field, severity, problem: text.en, text });

  const skipped = nonBlank.filter((r) => r.row < header.row);
  if (skipped.length > 0)
    fileProblems.push(
      problem(null, null, 'warning', {
        zh: `表头（第 ${header.row} 行）之前的 ${skipped.length} 行（标题等）未读取`,
        en: `the ${skipped.length} row(s) above the header (row ${header.row}: a title?) were skipped`,
      }),
    );

  // columns
  const columnIndex = new Map<ListColumnKey, number>();
  const headerText = new Map<ListColumnKey, string>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') return;
    const column = matchListColumn(name);
    if (!column) {
      fileProblems.push(
        problem(null, name, 'warning', {
          zh: `未知的列「${name}」（第 ${index + 1} 列），其值未导入`,
          en: `unknown column '${name}' (column ${index + 1}): its values are not imported`,
        }),
      );
      return;
    }
    const first = columnIndex.get(column.key);
    if (first !== undefined) {
      fileProblems.push(
        problem(null, name, 'error', {
          zh:
            `第 ${first + 1} 列「${headerText.get(column.key)}」和第 ${index + 1} 列「${name}」` +
            `是同一列（${column.header}）`,
          en:
            `columns ${first + 1} ('${headerText.get(column.key)}') and ${index + 1} ('${name}') ` +
            `are both ${column.header}`,
        }),
      );
      return;
    }
    columnIndex.set(column.key, index);
    headerText.set(column.key, name);
  });
  const missing = listColumns.filter((c) => c.required && !columnIndex.has(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => c.header);
    fileProblems.push(
      problem(null, names.join(', '), 'error', {
        zh: `缺少必填列：${names.map((n) => `「${n}」`).join('、')}（表头在第 ${header.row} 行）。${listLayoutText.zh}`,
        en: `missing required column(s): ${names.join(', ')} (header in row ${header.row}). ${listLayoutText.en}`,
      }),
    );
  }
  if (fileProblems.some((p) => p.severity === 'error'))
    return { format, entries: [], problems: fileProblems, counts: emptyCounts(), unreadable: null };

  const dataRows = rows.filter((r) => r.row > header.row && !isBlankRow(r.cells));
  if (dataRows.length === 0)
    return fileError(
      format,
      { zh: '文件只有表头，没有数据行', en: 'the file has a header but no data rows' },
      fileProblems,
    );
  if (dataRows.length > MAX_LIST_ROWS)
    return fileError(
      format,
      {
        zh: `文件有 ${dataRows.length} 行数据，超过上限 ${MAX_LIST_ROWS} 行`,
        en: `the file has ${dataRows.length} data rows, more than the limit of ${MAX_LIST_ROWS}`,
      },
      fileProblems,
    );
  const unnamed = dataRows.some((r) => r.cells.some((c, i) => c !== '' && (header.cells[i] ?? '').trim() === ''));
  if (unnamed)
    fileProblems.push(
      problem(null, null, 'warning', {
        zh: '没有列名的列中有值，未导入',
        en: 'some columns without a header name hold values: they are not imported',
      }),
    );

  const fieldOf = (key: ListColumnKey): string =>
    headerText.get(key) ?? listColumns.find((c) => c.key === key)?.header ?? key;
  const rowProblems: ImportProblem[] = [];
  const error = (row: number, key: ListColumnKey | null, text: Localized) =>
    rowProblems.push(problem(row, key === null ? null : fieldOf(key), 'error', text));
  const warning = (row: number, key: ListColumnKey | null, text: Localized) =>
    rowProblems.push(problem(row, key === null ? null : fieldOf(key), 'warning', text));

  const brokenCells = new Map<number, Set<ListColumnKey>>();
  const columnOf = new Map<number, ListColumnKey>([...columnIndex].map(([k, i]) => [i, k]));
  for (const cp of table.cellProblems) {
    if (cp.row <= header.row) continue;
    const key = cp.column === null ? null : (columnOf.get(cp.column) ?? undefined);
    if (key === undefined) continue; // a column the import does not read
    if (key !== null) brokenCells.set(cp.row, (brokenCells.get(cp.row) ?? new Set()).add(key));
    else brokenCells.set(cp.row, brokenCells.get(cp.row) ?? new Set());
    error(cp.row, key, cp.text);
  }

  // rows, grouped by enterprise in file order
  const byEnterprise = new Map<string, ListRow[]>();
  for (const r of dataRows) {
    const raw = {} as Record<ListColumnKey, string>;
    for (const c of listColumns) {
      const index = columnIndex.get(c.key);
      raw[c.key] = index === undefined ? '' : (r.cells[index] ?? '').trim();
    }
    const listRow = readRow(r.row, raw, brokenCells.get(r.row), error, warning);
    if (raw.enterpriseId === '') {
      error(r.row, 'enterpriseId', { zh: '缺少企业编号', en: 'the enterprise id (企业编号) is missing' });
      continue;
    }
    const group = byEnterprise.get(raw.enterpriseId);
    if (group) group.push(listRow);
    else byEnterprise.set(raw.enterpriseId, [listRow]);
  }
  if (byEnterprise.size > MAX_LIST_ENTERPRISES)
    return fileError(
      format,
      {
        zh: `文件列有 ${byEnterprise.size} 家企业，超过上限 ${MAX_LIST_ENTERPRISES} 家`,
        en: `the file lists ${byEnterprise.size} enterprises, more than the limit of ${MAX_LIST_ENTERPRISES}`,
      },
      fileProblems,
    );

  const entries: ListEntryInput[] = [];
  for (const [id, group] of byEnterprise) {
    const entry = buildEntry(id, group, options, error);
    if (entry && !group.some((r) => r.bad)) entries.push(entry);
  }

  rowProblems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    format,
    entries,
    problems: [...fileProblems, ...rowProblems],
    counts: {
      rows: dataRows.length,
      enterprises: byEnterprise.size,
      measures: entries.reduce((n, e) => n + warningLevels.reduce((m, l) => m + e.measures[l].length, 0), 0),
    },
    unreadable: null,
  };
}

const emptyCounts = () => ({ rows: 0, enterprises: 0, measures: 0 });

type Report = (row: number, key: ListColumnKey | null, text: Localized) => void;

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
/** A number cell: full-width digits folded, thousands separators allowed; undefined when not a number. */
function readNumber(text: string): number | undefined {
  let t = text.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!numberPattern.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** One data row: its level, its measure and its reductions, each problem reported at the row and column. */
function readRow(
  row: number,
  raw: Record<ListColumnKey, string>,
  broken: ReadonlySet<ListColumnKey> | undefined,
  error: Report,
  warning: Report,
): ListRow {
  let ok = broken === undefined;
  const fail = (key: ListColumnKey, text: Localized) => {
    ok = false;
    if (!broken?.has(key)) error(row, key, text); // an unreadable cell was reported as such
  };

  let level: WarningLevel | null = null;
  if (raw.level === '') fail('level', { zh: '缺少预警级别', en: 'the warning level (预警级别) is missing' });
  else {
    level = readLevel(raw.level) ?? null;
    if (!level)
      fail('level', {
        zh: `预警级别「${raw.level}」无法识别，应为：${allowedWords.level.zh}`,
        en: `warning level '${raw.level}' is not one of ${allowedWords.level.en}`,
      });
  }

  const kind = raw.kind === '' ? undefined : readKind(raw.kind);
  if (raw.kind === '') fail('kind', { zh: '缺少措施类型', en: 'the measure kind (措施类型) is missing' });
  else if (!kind)
    fail('kind', {
      zh: `措施类型「${raw.kind}」无法识别，应为：${allowedWords.kind.zh}`,
      en: `measure kind '${raw.kind}' is not one of ${allowedWords.kind.en}`,
    });

  let limitPct: number | null = null;
  if (raw.limitPct !== '') {
    const pct = readNumber(raw.limitPct.replace(/[%％]\s*$/, ''));
    if (pct === undefined)
      fail('limitPct', {
        zh: `限产比例「${raw.limitPct}」不是数字（填写百分数，如 30 或 30%）`,
        en: `limit '${raw.limitPct}' is not a number (write a percentage, e.g. 30 or 30%)`,
      });
    else if (!(pct > 0 && pct < 100))
      fail('limitPct', {
        zh: `限产比例 ${pct}% 超出范围，应大于 0 且小于 100`,
        en: `limit ${pct}% is out of range: it must lie between 0 and 100 (exclusive)`,
      });
    else limitPct = pct;
    if (kind && kind !== 'limit')
      fail('limitPct', {
        zh: `只有限产措施填写限产比例，本行措施类型为「${raw.kind}」`,
        en: `only a 限产 (limit) measure takes a limit %; this row's kind is '${raw.kind}'`,
      });
  } else if (kind === 'limit')
    fail('limitPct', {
      zh: '限产措施须填写限产比例（%）',
      en: 'a 限产 (limit) measure needs its limit % (限产比例)',
    });

  let line = raw.line;
  if (line === '') {
    line = '全厂';
    warning(row, 'line', {
      zh: '未填生产线/工序，按「全厂」读取',
      en: 'no production line given: read as 全厂 (whole plant)',
    });
  }
  const tooLong = (key: ListColumnKey, value: string, max: number, zh: string, en: string) => {
    if (value.length > max)
      fail(key, {
        zh: `${zh}超过 ${max} 个字符（${value.length} 个）`,
        en: `${en} is longer than ${max} characters (${value.length})`,
      });
  };
  tooLong('line', line, 80, '生产线/工序', 'the production line');
  tooLong('outletCode', raw.outletCode, 24, '排放口编号', 'the outlet code');
  if (raw.text === '') fail('text', { zh: '缺少措施内容', en: 'the measure text (措施内容) is missing' });
  tooLong('text', raw.text, 300, '措施内容', 'the measure text');

  const reductions = { pm: null, so2: null, nox: null, vocs: null } as Record<Pollutant, number | null>;
  for (const p of pollutants) {
    const text = raw[p];
    if (text === '') continue;
    const n = readNumber(text);
    if (n === undefined)
      fail(p, {
        zh: `${pollutantZh[p]}减排量「${text}」不是数字（吨/日）`,
        en: `the ${p.toUpperCase()} reduction '${text}' is not a number (t/day)`,
      });
    else if (n < 0)
      fail(p, {
        zh: `${pollutantZh[p]}减排量 ${n} 为负数`,
        en: `the ${p.toUpperCase()} reduction ${n} is negative`,
      });
    else if (n > 100_000)
      fail(p, {
        zh: `${pollutantZh[p]}减排量 ${n} 超过 100,000 吨/日`,
        en: `the ${p.toUpperCase()} reduction ${n} exceeds 100,000 t/day`,
      });
    else reductions[p] = n;
  }

  const measure: ListMeasure | null =
    kind && raw.text !== ''
      ? { line, kind, limitPct: kind === 'limit' ? limitPct : null, outletCode: raw.outletCode || null, text: raw.text }
      : null;
  return { row, raw, level, measure, reductions, bad: !ok, broken: broken ?? new Set() };
}

const rowList = (rows: readonly number[]) => rows.join(', ');
const rowListZh = (rows: readonly number[]) => rows.join('、');

/** The one value of an enterprise field across its rows (blank cells agree with any), reporting disagreements. */
function agreed<T>(
  group: readonly ListRow[],
  key: ListColumnKey,
  read: (text: string, row: number) => T | undefined,
  label: Localized,
  error: Report,
): { value: T | undefined; given: boolean } {
  const seen = new Map<string, { value: T; rows: number[]; text: string }>();
  let given = false;
  for (const r of group) {
    const text = r.raw[key];
    if (text === '') continue;
    given = true;
    const value = read(text, r.row);
    if (value === undefined) continue;
    const id = JSON.stringify(value);
    const found = seen.get(id);
    if (found) found.rows.push(r.row);
    else seen.set(id, { value, rows: [r.row], text });
  }
  const values = [...seen.values()];
  if (values.length > 1) {
    const first = group[0]?.row ?? 0;
    error(first, key, {
      zh:
        `企业 ${group[0]?.raw.enterpriseId} 各行的${label.zh}不一致：` +
        values.map((v) => `「${v.text}」（第 ${rowListZh(v.rows)} 行）`).join('；'),
      en:
        `the ${label.en} of enterprise ${group[0]?.raw.enterpriseId} differs across its rows: ` +
        values.map((v) => `'${v.text}' (rows ${rowList(v.rows)})`).join('; '),
    });
    return { value: undefined, given };
  }
  return { value: values[0]?.value, given };
}

/** Builds one enterprise's entry from its rows; undefined when something is missing or wrong (reported). */
function buildEntry(
  id: string,
  group: readonly ListRow[],
  options: ListParseOptions,
  error: Report,
): ListEntryInput | undefined {
  const first = group[0]?.row ?? 0;
  let ok = true;
  const fail = (row: number, key: ListColumnKey | null, text: Localized) => {
    ok = false;
    error(row, key, text);
  };
  if (id.length > 64)
    fail(first, 'enterpriseId', { zh: '企业编号超过 64 个字符', en: 'the enterprise id is longer than 64 characters' });
  else if (!options.enterpriseExists(id))
    fail(first, 'enterpriseId', {
      zh: `企业编号「${id}」不在企业图层中（第 ${rowListZh(group.map((r) => r.row))} 行）`,
      en: `enterprise id '${id}' is not in the enterprises layer (rows ${rowList(group.map((r) => r.row))})`,
    });

  const missing = (key: ListColumnKey, label: Localized) => {
    if (group.some((r) => r.broken.has(key)))
      ok = false; // the unreadable cell was reported
    else fail(first, key, { zh: `企业 ${id} 缺少${label.zh}`, en: `enterprise ${id}: the ${label.en} is missing` });
  };
  const text = (key: ListColumnKey, label: Localized, max: number, required: boolean): string | null => {
    const { value, given } = agreed(group, key, (t) => t, label, fail);
    if (!given && required) {
      missing(key, label);
      return null;
    }
    if (value !== undefined && value.length > max) {
      fail(first, key, {
        zh: `企业 ${id} 的${label.zh}超过 ${max} 个字符`,
        en: `enterprise ${id}: the ${label.en} is longer than ${max} characters`,
      });
      return null;
    }
    return value ?? null;
  };
  const word = <T>(
    key: ListColumnKey,
    label: Localized,
    read: (t: string) => T | undefined,
    allowed: Localized,
  ): T | undefined => {
    const unknown = new Map<string, number[]>(); // an unreadable word once, with its rows (a merged cell repeats it)
    const { value, given } = agreed(
      group,
      key,
      (t, row) => {
        const v = read(t);
        if (v === undefined) unknown.set(t, [...(unknown.get(t) ?? []), row]);
        return v;
      },
      label,
      fail,
    );
    for (const [t, rows] of unknown)
      fail(rows[0] ?? first, key, {
        zh: `${label.zh}「${t}」无法识别，应为：${allowed.zh}（第 ${rowListZh(rows)} 行）`,
        en: `${label.en} '${t}' is not one of ${allowed.en} (rows ${rowList(rows)})`,
      });
    if (!given) missing(key, label);
    return value;
  };

  const enterpriseName = text('enterpriseName', { zh: '企业名称', en: 'enterprise name' }, 120, true);
  const industry = text('industry', { zh: '行业', en: 'industry' }, 60, true);
  const contact = text('contact', { zh: '联系人', en: 'contact' }, 80, false);
  const grade = word('grade', { zh: '绩效等级', en: 'grade' }, readGrade, allowedWords.grade);
  const builtUpArea = word(
    'builtUpArea',
    { zh: '是否建成区', en: 'built-up area (是否建成区)' },
    readYesNo,
    allowedWords.yesNo,
  );
  const heavyPolluter = word(
    'heavyPolluter',
    { zh: '是否重污染企业', en: 'heavy polluter (是否重污染企业)' },
    readYesNo,
    allowedWords.yesNo,
  );

  const measures = { yellow: [], orange: [], red: [] } as Record<WarningLevel, ListMeasure[]>;
  const reductions = {} as Record<WarningLevel, Reductions>;
  for (const level of warningLevels) {
    const levelRows = group.filter((r) => r.level === level);
    if (levelRows.length === 0) {
      if (group.every((r) => r.level !== null || r.raw.level === ''))
        fail(first, 'level', {
          zh: `企业 ${id} 缺少${levelWords[level]}预警级别的措施（每家企业须有黄色、橙色、红色三个级别）`,
          en:
            `enterprise ${id} has no rows for the ${level} level (${levelWords[level]}): ` +
            'every enterprise needs all three',
        });
      else ok = false; // a row's level could not be read: reported there
      continue;
    }
    for (const r of levelRows) if (r.measure) measures[level].push(r.measure);
    if (measures[level].length > 30)
      fail(levelRows[0]?.row ?? first, 'level', {
        zh: `企业 ${id} 的${levelWords[level]}级别有 ${measures[level].length} 条措施，超过 30 条`,
        en: `enterprise ${id} has ${measures[level].length} measures at the ${level} level, more than 30`,
      });
    const levelReductions = { pm: 0, so2: 0, nox: 0, vocs: 0 };
    for (const p of pollutants) {
      const given = levelRows.filter((r) => r.reductions[p] !== null);
      const values = new Set(given.map((r) => r.reductions[p]));
      if (given.length === 0 && levelRows.every((r) => r.raw[p] === '' && !r.broken.has(p))) {
        fail(levelRows[0]?.row ?? first, p, {
          zh:
            `企业 ${id} 的${levelWords[level]}级别未填${pollutantZh[p]}减排量` +
            `（第 ${rowListZh(levelRows.map((r) => r.row))} 行；无减排请填 0）`,
          en:
            `enterprise ${id}: no ${p.toUpperCase()} reduction at the ${level} level ` +
            `(rows ${rowList(levelRows.map((r) => r.row))}; write 0 for none)`,
        });
      } else if (values.size > 1) {
        fail(levelRows[0]?.row ?? first, p, {
          zh:
            `企业 ${id} 的${levelWords[level]}级别${pollutantZh[p]}减排量各行不一致：` +
            given.map((r) => `第 ${r.row} 行为 ${r.reductions[p]}`).join('，') +
            '（减排量按企业×级别填写：各行相同，或只填一行）',
          en:
            `enterprise ${id}: the ${p.toUpperCase()} reduction at the ${level} level differs across rows: ` +
            given.map((r) => `row ${r.row} has ${r.reductions[p]}`).join(', ') +
            ' (reductions are per enterprise × level: the same on each row, or on one row only)',
        });
      } else levelReductions[p] = given[0]?.reductions[p] ?? 0;
    }
    reductions[level] = levelReductions;
  }

  if (!ok || group.some((r) => r.bad) || !enterpriseName || !industry || grade === undefined) return undefined;
  if (builtUpArea === undefined || heavyPolluter === undefined) return undefined;
  const entry = {
    enterpriseId: id,
    enterpriseName,
    grade,
    industry,
    builtUpArea,
    heavyPolluter,
    contact,
    measures,
    reductions,
  };
  const checked = listEntryInputSchema.safeParse(entry);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    fail(first, null, {
      zh: `企业 ${id} 的数据无效：${where} ${issue?.message ?? ''}`,
      en: `enterprise ${id} is invalid: ${where} ${issue?.message ?? ''}`,
    });
    return undefined;
  }
  return checked.data;
}
