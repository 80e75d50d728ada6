import { z } from 'zod';
import { booleanParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { siteActivities, siteKinds, sixChecks } from './enums/construction-site.ts';

export { siteActivities, siteKindLabels, siteKinds, sixCheckLabels, sixChecks } from './enums/construction-site.ts';
export type { SiteKind, SixCheck } from './enums/construction-site.ts';

export const inspectionSchema = z.object({
  date: z.string(),
  checks: z.record(z.enum(sixChecks), z.boolean()),
  inspector: z.string(),
});

/** Properties of a `construction-sites` feature (geometry: Point). */
export const constructionSitePropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(siteKinds),
  township: z.string(),
  townshipName: z.string(),
  areaM2: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  /** Whether as-of lies within [startDate, endDate]. */
  active: z.boolean(),
  contractor: z.string(),
  activities: z.array(z.enum(siteActivities)),
  /** Latest inspection on or before as-of; null when never inspected. */
  lastInspection: inspectionSchema.nullable(),
  /** All six checks met at the latest inspection; null when never inspected. */
  compliant: z.boolean().nullable(),
  failedChecks: z.array(z.enum(sixChecks)),
  provenance: provenanceSchema,
  source: z.string(),
});
export type ConstructionSiteProperties = z.infer<typeof constructionSitePropertiesSchema>;

export const constructionSiteQuerySchema = commonLayerQuerySchema
  .extend({ ...asOfQueryShape, compliant: booleanParamSchema.optional(), active: booleanParamSchema.optional() })
  .strict();
