import { z } from 'zod';
import { localizedSchema } from './common.ts';
import { provenances } from './enums/provenance.ts';

/** Query of POST /api/imports/:target/dry-run and /commit; the body is the file's bytes. */
export const importQuerySchema = z
  .object({
    /** The uploaded file's name: its extension picks the reader (.csv, .geojson/.json, .zip Shapefile, .kml). */
    file: z
      .string()
      .max(200, 'at most 200 characters')
      .regex(
        /^[^/\\\0]+\.[A-Za-z0-9]{1,8}$/,
        'must be a file name with an extension (.csv, .geojson, .json, .zip Shapefile or .kml), no folders',
      ),
    /**
     * The CRS of lon/lat in a CSV (or a GeoJSON without a crs member): WGS84, GCJ-02 (Amap, Tencent) or BD-09 (Baidu).
     */
    crs: z.enum(['wgs84', 'gcj02', 'bd09']).default('wgs84'),
    /** CSV: the longitude and latitude columns, when not auto-detected. */
    lon: z.string().trim().min(1).max(64).optional(),
    lat: z.string().trim().min(1).max(64).optional(),
    /** What the records are: `official` registers (the default), `approximate` or `synthetic` (a test import). */
    provenance: z.enum(provenances).default('official'),
  })
  .strict();
export type ImportQuery = z.infer<typeof importQuerySchema>;

export const importProblemSchema = z.object({
  row: z.number().int().nullable(),
  field: z.string().nullable(),
  severity: z.enum(['error', 'warning']),
  /** The English sentence. */
  problem: z.string(),
  /** The sentence in Chinese and English (the report shows `text[lang]`). */
  text: localizedSchema.optional(),
  /** The layer's name of the column (`铁路专用线`), when it is a layer field. */
  fieldLabel: localizedSchema.optional(),
});

/** The validation report of a dry run (and of a refused commit). */
export const importReportSchema = z.object({
  target: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'geojson', 'shapefile', 'kml']),
  crs: z.string(),
  counts: z.object({
    features: z.number().int(),
    valid: z.number().int(),
    inserts: z.number().int(),
    updates: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  /** The first 1,000 problems, in file order. */
  problems: z.array(importProblemSchema),
  /** The valid records as WGS84 GeoJSON (at most 5,000), each with row, code, action and name, for the map preview. */
  preview: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
  /** Township boundaries: per table, records that would move to another township. */
  reassigned: z.record(z.string(), z.number().int()),
  /** Whether committing would import (no errors). */
  committable: z.boolean(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** Body of a successful commit. */
export const importOutcomeSchema = z.object({
  report: importReportSchema,
  inserted: z.number().int(),
  updated: z.number().int(),
  reassigned: z.record(z.string(), z.number().int()),
});
export type ImportOutcomeBody = z.infer<typeof importOutcomeSchema>;

/** One import target as GET /api/imports/targets lists it, for the import form. */
export const importTargetInfoSchema = z.object({
  id: z.string(),
  label: localizedSchema,
  geometry: z.enum(['point', 'polygon', 'line']),
  key: z.string(),
  fields: z.array(
    z.object({
      column: z.string(),
      names: z.array(z.string()),
      required: z.boolean(),
      default: z.union([z.string(), z.number(), z.null()]).optional(),
      /** How values are read: text, one of `values`, several of `values`, a number, a date (YYYY-MM-DD) or yes/no. */
      kind: z.enum(['text', 'enum', 'enum-list', 'number', 'date', 'boolean']),
      values: z.array(z.string()).optional(),
      labels: z.record(z.string(), localizedSchema).optional(),
      /** The column's name as the layer shows it. */
      label: localizedSchema,
      /** A number's unit as the file gives it (年货运量: 吨/年). */
      unit: localizedSchema.optional(),
    }),
  ),
});
export type ImportTargetInfo = z.infer<typeof importTargetInfoSchema>;

/** Body of GET /api/imports/targets. */
export const importTargetsResponseSchema = z.object({ targets: z.array(importTargetInfoSchema) });
export type ImportTargetsResponse = z.infer<typeof importTargetsResponseSchema>;
