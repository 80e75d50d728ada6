import { z } from 'zod';
import { listEntryInputSchema, listVersionSummarySchema, reductionsSchema } from './emergency-list.ts';
import { importProblemSchema } from './imports.ts';

const levelTotalsSchema = z.object({ yellow: reductionsSchema, orange: reductionsSchema, red: reductionsSchema });

/**
 * The report of POST /api/emergency/list/import/dry-run (and of a refused commit): what the file holds, every
 * problem with its row (as the spreadsheet numbers it: the header is row 1) and column, the parsed list (first 200
 * enterprises) with its totals per level, and what it changes against the version in force.
 */
export const listImportReportSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  counts: z.object({
    /** Data rows read (blank rows not counted). */
    rows: z.number().int(),
    /** Enterprises the file lists. */
    enterprises: z.number().int(),
    /** Measures read (one per row without errors). */
    measures: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  /** The first 1,000 problems, in file order (file-level ones first). */
  problems: z.array(importProblemSchema),
  preview: z.object({
    /** The enterprises read without errors, at most 200, in file order. */
    entries: z.array(listEntryInputSchema),
    /** The totals of all enterprises read without errors, per level (t/day). */
    totals: levelTotalsSchema,
  }),
  /** Against the version in force today (null when none is): who is added, removed, changed. */
  diff: z
    .object({
      against: listVersionSummarySchema,
      added: z.array(z.object({ enterpriseId: z.string(), enterpriseName: z.string() })),
      removed: z.array(z.object({ enterpriseId: z.string(), enterpriseName: z.string() })),
      changed: z.array(
        z.object({
          enterpriseId: z.string(),
          enterpriseName: z.string(),
          changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
        }),
      ),
    })
    .nullable(),
  /** Whether committing would write a new version (no errors). */
  committable: z.boolean(),
});
export type ListImportReport = z.infer<typeof listImportReportSchema>;

/** Body of a successful POST /api/emergency/list/import/commit (201). */
export const listImportOutcomeSchema = z.object({ report: listImportReportSchema, version: listVersionSummarySchema });
export type ListImportOutcome = z.infer<typeof listImportOutcomeSchema>;

/** Query of GET /api/emergency/list/export: the version (default: the one in force today) and the format. */
export const listExportQuerySchema = z
  .object({
    version: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, 'must be a version id (1, 2, 3…)')
      .transform(Number)
      .optional(),
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
  })
  .strict();
