import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { renderWarningReport } from '../report/render-warning-report.ts';
import { readWarningReportData, type WarningReportData } from '../report/warning-report-data.ts';
import type { WarningReportQuery } from '../schema/reports.ts';

/** The warning report's query, the warning and the moment it is generated (epoch ms, the app's clock). */
export interface WarningReportTask extends WarningReportQuery {
  warningId: number;
  now: number;
}

/** The report as a page, or its data. */
export type WarningReportOutput = { format: 'html'; html: string } | { format: 'json'; data: WarningReportData };

/**
 * The warning report of one episode (GET /api/emergency/warnings/:id/report): the printable page or its data; an
 * unknown warning is a 404 ApiError.
 *
 * @example
 * warningReportPage(db, { warningId: 1, lang: 'zh', format: 'html', now: Date.now() }).format; // 'html'
 */
export function warningReportPage(db: Db, task: WarningReportTask): WarningReportOutput {
  const data = readWarningReportData(db, task.warningId, new Date(task.now));
  if (!data) {
    throw new ApiError(404, 'not_found', {
      zh: `没有编号为 ${task.warningId} 的预警`,
      en: `no warning ${task.warningId}`,
    });
  }
  return task.format === 'json'
    ? { format: 'json', data }
    : { format: 'html', html: renderWarningReport(data, task.lang) };
}
