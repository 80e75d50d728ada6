/**
 * Export of an emergency reduction list version in the bureau's layout (server/import/emergency-list-columns.ts):
 * one row per enterprise × level × measure, the enterprise's fields on every row, its reductions at a level on that
 * level's first row only (so a sum over the column adds each once). The import reads it back to the same list.
 *
 * @module
 */
import ExcelJS from 'exceljs';
import { warningLevels } from '../schema/enums/emergency.ts';
import type { ListEntryInput, ListVersionSummary } from '../schema/emergency-list.ts';
import {
  gradeWords,
  kindWords,
  levelWords,
  listColumns,
  type ListColumnKey,
} from '../import/emergency-list-columns.ts';
import { toCsv } from './to-csv.ts';

type Cell = string | number | null;

/**
 * The list's rows as the layout orders them (enterprises in the given order, levels yellow → red, measures in
 * their order), keyed by column.
 *
 * @example
 * listSheetRows([entry])[0]; // { enterpriseId: 'E001', grade: 'B', level: '黄色', kind: '限产', limitPct: 30, … }
 */
export function listSheetRows(entries: readonly ListEntryInput[]): Record<ListColumnKey, Cell>[] {
  const rows: Record<ListColumnKey, Cell>[] = [];
  for (const e of entries) {
    for (const level of warningLevels) {
      e.measures[level].forEach((m, i) => {
        const r = e.reductions[level];
        rows.push({
          enterpriseId: e.enterpriseId,
          enterpriseName: e.enterpriseName,
          grade: gradeWords[e.grade],
          industry: e.industry,
          builtUpArea: e.builtUpArea ? '是' : '否',
          heavyPolluter: e.heavyPolluter ? '是' : '否',
          contact: e.contact,
          level: levelWords[level],
          line: m.line,
          kind: kindWords[m.kind],
          limitPct: m.limitPct,
          outletCode: m.outletCode,
          text: m.text,
          pm: i === 0 ? r.pm : null,
          so2: i === 0 ? r.so2 : null,
          nox: i === 0 ? r.nox : null,
          vocs: i === 0 ? r.vocs : null,
        });
      });
    }
  }
  return rows;
}

/** The list as CSV (UTF-8 with BOM, Chinese headers: what the import reads). */
export function emergencyListCsv(entries: readonly ListEntryInput[]): string {
  return toCsv(
    listSheetRows(entries),
    listColumns.map((c) => ({ key: c.key, header: c.header })),
  );
}

const widths: Partial<Record<ListColumnKey, number>> = {
  enterpriseId: 14,
  enterpriseName: 30,
  industry: 14,
  contact: 18,
  line: 16,
  kind: 14,
  text: 48,
};

/**
 * The list as an XLSX workbook: sheet 1 「应急减排清单」 in the layout (header row 1, frozen), sheet 2
 * 「版本信息」 with the version's head (who signed it, from when).
 */
export async function emergencyListXlsx(
  summary: ListVersionSummary,
  entries: readonly ListEntryInput[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantian';
  const sheet = workbook.addWorksheet('应急减排清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = listColumns.map((c) => ({ header: c.header, key: c.key, width: widths[c.key] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of listSheetRows(entries)) sheet.addRow(row);
  const head = workbook.addWorksheet('版本信息');
  head.columns = [
    { header: '项目', key: 'k', width: 14 },
    { header: '内容', key: 'v', width: 60 },
  ];
  head.addRows([
    { k: '版本', v: summary.version },
    { k: '标题', v: summary.title },
    { k: '生效日期', v: summary.effectiveFrom },
    { k: '审核签发', v: summary.signedOffBy },
    { k: '签发日期', v: summary.signedOffOn },
    { k: '修订说明', v: summary.note ?? '' },
    { k: '来源', v: summary.source },
    { k: '企业数', v: summary.enterprises },
  ]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
