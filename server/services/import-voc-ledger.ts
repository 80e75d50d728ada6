/**
 * CSV/XLSX imports of the task-13 ledgers (issue 17): 活性炭更换记录, 废活性炭转移联单 and 原辅材料使用台账. Each
 * row is read into the body its POST route takes (headers in Chinese or English) and checked with the same schema;
 * a commit writes every row through the same service as one record posted, all or nothing.
 *
 * @module
 */
import type { ZodType } from 'zod';
import type { Db } from '../db/open-database.ts';
import { describeZodError } from '../http/api-error.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { Localized } from '../schema/localized.ts';
import {
  carbonFormLabels,
  carbonReplacementBodySchema,
  carbonTransferBodySchema,
  materialBodySchema,
  vocMaterialLabels,
  type VocImportKind,
} from '../schema/voc-ledger.ts';
import { readRegisterTable } from '../vehicles/read-register-table.ts';
import { recordCarbonReplacement, recordCarbonTransfer, recordVocMaterial } from './record-voc.ts';

/** Most data rows a file may hold. */
export const MAX_IMPORT_ROWS = 5000;
const MAX_PROBLEMS = 500;

type Cell = 'text' | 'number' | 'number-or-null' | 'boolean' | 'carbon-form' | 'material';

/** Each kind's columns: body field, accepted headers (compared without spaces, case or a bracketed unit), cell type. */
const columns: Readonly<Record<VocImportKind, readonly [string, readonly string[], Cell][]>> = {
  replacements: [
    ['enterpriseId', ['enterpriseId', '企业编号', '统一社会信用代码'], 'text'],
    ['facility', ['facility', '吸附设施', '设施名称', '治理设施'], 'text'],
    ['replacedOn', ['replacedOn', '更换日期'], 'text'],
    ['carbonForm', ['carbonForm', '活性炭形态', '活性炭类型'], 'carbon-form'],
    ['filledKg', ['filledKg', '填充量', '实际填充量'], 'number'],
    ['designFillKg', ['designFillKg', '设计填充量'], 'number'],
    ['iodineMgG', ['iodineMgG', '碘值'], 'number-or-null'],
    ['spentKg', ['spentKg', '废炭量', '废活性炭量', '更换出的废炭'], 'number'],
  ],
  transfers: [
    ['enterpriseId', ['enterpriseId', '企业编号', '统一社会信用代码'], 'text'],
    ['replacementId', ['replacementId', '更换记录编号'], 'number-or-null'],
    ['manifestNo', ['manifestNo', '联单编号', '转移联单编号'], 'text'],
    ['receiver', ['receiver', '接收单位'], 'text'],
    ['quantityKg', ['quantityKg', '转移量'], 'number'],
    ['transferredOn', ['transferredOn', '转移日期'], 'text'],
  ],
  materials: [
    ['enterpriseId', ['enterpriseId', '企业编号', '统一社会信用代码'], 'text'],
    ['year', ['year', '年份'], 'number'],
    ['material', ['material', '材料类别', '类别'], 'material'],
    ['product', ['product', '产品名称'], 'text'],
    ['quantityT', ['quantityT', '用量', '使用量'], 'number'],
    ['vocContent', ['vocContent', 'VOCs含量', 'VOC含量'], 'number'],
    ['vocUnit', ['vocUnit', '单位', '含量单位'], 'text'],
    ['limitValue', ['limitValue', '限值', '申报限值', '标准限值'], 'number'],
    ['standard', ['standard', '执行标准', '产品标准'], 'text'],
    ['lowVoc', ['lowVoc', '低VOCs', '是否低VOCs'], 'boolean'],
  ],
};

const schemas: Readonly<Record<VocImportKind, ZodType<unknown>>> = {
  replacements: carbonReplacementBodySchema,
  transfers: carbonTransferBodySchema,
  materials: materialBodySchema,
};

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '');

/** An enum cell: the value itself or its Chinese or English label. */
function enumCell(text: string, labels: Readonly<Record<string, { zh: string; en: string }>>): string {
  const wanted = text.trim().toLowerCase();
  for (const [value, label] of Object.entries(labels)) {
    if (wanted === value || wanted === label.zh.toLowerCase() || wanted === label.en.toLowerCase()) return value;
  }
  return text.trim();
}

/** A cell as the body takes it (undefined: left out). */
function readCell(text: string, type: Cell): unknown {
  const value = text.trim();
  if (value === '') return type === 'number-or-null' ? null : undefined;
  switch (type) {
    case 'number':
    case 'number-or-null':
      return Number.isFinite(Number(value)) ? Number(value) : value;
    case 'boolean':
      return ['是', 'true', '1', 'y', 'yes'].includes(value.toLowerCase())
        ? true
        : ['否', 'false', '0', 'n', 'no'].includes(value.toLowerCase())
          ? false
          : value;
    case 'carbon-form':
      return enumCell(value, carbonFormLabels);
    case 'material':
      return enumCell(value, vocMaterialLabels);
    default:
      return value;
  }
}

/** The checked rows of an import, or why the file cannot be read. */
export type VocImportCheck =
  | {
      ok: true;
      rows: number;
      bodies: { row: number; body: unknown }[];
      problems: { row: number | null; text: Localized }[];
    }
  | { ok: false; unreadable: Localized };

/**
 * Reads and checks an uploaded ledger; nothing is written.
 *
 * @example
 * const check = await checkVocImport(bytes, 'transfers', '转移联单.csv');
 * check.ok && check.problems.length; // 0 when every row is good
 */
export async function checkVocImport(
  bytes: Uint8Array,
  kind: VocImportKind,
  fileName: string,
): Promise<VocImportCheck> {
  const read = await readRegisterTable(bytes, /\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv');
  if (!read.ok) return read;
  const problems: { row: number | null; text: Localized }[] = read.problems.map((p) => ({
    row: p.row,
    text: p.text ?? { zh: p.problem, en: p.problem },
  }));
  const header = read.table.header.map(normalise);
  const at = columns[kind].map(([field, names, type]) => {
    const wanted = new Set(names.map(normalise));
    const index = header.findIndex((h) => wanted.has(h));
    return { field, names, type, index };
  });
  const required = kind === 'materials' ? ['standard'] : ['replacementId', 'iodineMgG'];
  for (const column of at) {
    if (column.index < 0 && !required.includes(column.field)) {
      problems.push({
        row: null,
        text: { zh: `缺少「${column.names[1]}」列`, en: `no column for ${column.field} (${column.names.join(', ')})` },
      });
    }
  }
  const data = read.table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (data.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      unreadable: {
        zh: `文件有 ${data.length} 行，超过 ${MAX_IMPORT_ROWS} 行，请分批导入`,
        en: `the file holds ${data.length} rows, more than ${MAX_IMPORT_ROWS}; import it in parts`,
      },
    };
  }
  const bodies: { row: number; body: unknown }[] = [];
  if (problems.every((p) => p.row !== null)) {
    for (const { row, cells } of data) {
      const input: Record<string, unknown> = {};
      for (const column of at) {
        if (column.index < 0) continue;
        const value = readCell(cells[column.index] ?? '', column.type);
        if (value !== undefined) input[column.field] = value;
      }
      const parsed = schemas[kind].safeParse(input);
      if (parsed.success) bodies.push({ row, body: parsed.data });
      else problems.push({ row, text: describeZodError(parsed.error, `row ${row}`, input) });
    }
  }
  return { ok: true, rows: data.length, bodies, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** A row the services refused while committing (the transaction is rolled back). */
export class VocImportRowError extends Error {
  constructor(
    readonly row: number,
    readonly text: Localized,
  ) {
    super(`row ${row}: ${text.en}`);
  }
}

/**
 * Writes every checked row through the record services (inside the writer's transaction); throws
 * {@link VocImportRowError} on the first refusal so that nothing is written.
 */
export function commitVocImport(
  db: Db,
  user: SessionUser,
  kind: VocImportKind,
  bodies: readonly { row: number; body: unknown }[],
  at: string,
): number {
  for (const { row, body } of bodies) {
    const outcome =
      kind === 'replacements'
        ? recordCarbonReplacement(db, user, carbonReplacementBodySchema.parse(body), at)
        : kind === 'transfers'
          ? recordCarbonTransfer(db, user, carbonTransferBodySchema.parse(body), at)
          : recordVocMaterial(db, user, materialBodySchema.parse(body), at);
    if (!outcome.ok) throw new VocImportRowError(row, outcome.error.text);
  }
  return bodies.length;
}
