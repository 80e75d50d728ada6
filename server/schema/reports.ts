/**
 * Printable reports (`/api/reports`). `GET /api/reports/monthly?month=YYYY-MM&lang=zh|en` answers
 * a self-contained A4 HTML page (忻府区大气污染防治月报); a month without any dustfall reading or
 * station reading is a 404, a malformed month a 400.
 *
 * @module
 */
import { z } from 'zod';
import { monthParamSchema } from './common.ts';

/** Languages a report is written in. */
export const reportLangs = ['zh', 'en'] as const;
export type ReportLang = (typeof reportLangs)[number];

/** Query of GET /api/reports/monthly. */
export const monthlyReportQuerySchema = z
  .object({
    /**
     * The month reported on, YYYY-MM; default: the month of the dataset's default as-of (2023-12 for the demo data).
     */
    month: monthParamSchema.optional(),
    /** Language of the page; default Chinese. */
    lang: z.enum(reportLangs, { error: "must be 'zh' or 'en'" }).default('zh'),
  })
  .strict();
export type MonthlyReportQuery = z.infer<typeof monthlyReportQuerySchema>;

/** Query of GET /api/emergency/warnings/:id/report: the language, and HTML (the printable page) or its JSON data. */
export const warningReportQuerySchema = z
  .object({
    lang: z.enum(reportLangs, { error: "must be 'zh' or 'en'" }).default('zh'),
    format: z.enum(['html', 'json'], { error: "must be 'html' or 'json'" }).default('html'),
  })
  .strict();
export type WarningReportQuery = z.infer<typeof warningReportQuerySchema>;
