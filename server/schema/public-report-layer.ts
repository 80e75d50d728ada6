import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { reportCategories, reportStatuses } from './enums/public-report.ts';

export * from './enums/public-report.ts';

/**
 * Properties of a `public-reports` feature (geometry: Point, the reporter's pin): a public report (举报) received
 * by as-of. The reporter's contact data are never part of it (GET /api/reports/:id gives them to handlers).
 */
export const publicReportPropertiesSchema = z.object({
  /** The ticket number (受理编号), which is also the alert's entity id. */
  id: z.string(),
  category: z.enum(reportCategories),
  status: z.enum(reportStatuses),
  receivedAt: z.string(),
  description: z.string(),
  hasPhoto: z.boolean(),
  township: z.string(),
  townshipName: z.string(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type PublicReportProperties = z.infer<typeof publicReportPropertiesSchema>;

export const publicReportQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    category: listParamSchema(reportCategories).optional(),
    status: listParamSchema(reportStatuses).optional(),
  })
  .strict();
