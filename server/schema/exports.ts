/**
 * Downloads (`/api/exports`): a map layer, the township statistics table or a drawn area's
 * statistics as CSV (UTF-8 with BOM, CRLF, RFC 4180) or GeoJSON (RFC 7946, WGS84 `[lon, lat]`).
 *
 * Every export takes `format=csv|geojson` (default `csv`) and `lang=zh|en` (CSV header labels,
 * default `zh`) in the query string, besides the query or body of the endpoint it mirrors.
 *
 * @module
 */
import { z } from 'zod';
import { townshipStatsQuerySchema } from './stats.ts';

/** Formats of an export. */
export const exportFormats = ['csv', 'geojson'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** `format=csv|geojson`; default `csv`. */
export const exportFormatSchema = z.enum(exportFormats, { error: "must be 'csv' or 'geojson'" }).default('csv');

/** `lang=zh|en`: the language of CSV header labels; default `zh`. */
export const exportLangSchema = z.enum(['zh', 'en'], { error: "must be 'zh' or 'en'" }).default('zh');

/** The export parameters, to spread into an endpoint's own query shape. */
export const exportOptionsShape = { format: exportFormatSchema, lang: exportLangSchema };

/** The query parameters every export takes; the names no layer filter may use. */
export const exportOptionKeys = Object.keys(exportOptionsShape) as (keyof typeof exportOptionsShape)[];

/** Query of POST /api/exports/stats/area (the body is POST /api/stats/area's). */
export const exportOptionsSchema = z.object(exportOptionsShape).strict();
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** Query of GET /api/exports/stats/townships: GET /api/stats/townships's plus the export parameters. */
export const townshipStatsExportQuerySchema = townshipStatsQuerySchema.extend(exportOptionsShape).strict();
