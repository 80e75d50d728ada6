import { z } from 'zod';
import { booleanParamSchema, listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { roadClasses } from './enums/road-segment.ts';

export * from './enums/road-segment.ts';

/** Properties of a `road-segments` feature (geometry: LineString): a main municipal road of the built-up area. */
export const roadSegmentPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  roadClass: z.enum(roadClasses),
  township: z.string(),
  townshipName: z.string(),
  lengthKm: z.number(),
  maintainer: z.string(),
  /** The class's cleaning standard: wet sweeping at least every … hours, washing every … (null: not required). */
  sweepIntervalH: z.number().nullable(),
  washIntervalH: z.number().nullable(),
  lastSweepAt: z.string().nullable(),
  lastWashAt: z.string().nullable(),
  /** Behind its schedule at as-of (server/dust/cleaning-schedule.ts); false without a standard. */
  behind: z.boolean(),
  /** The latest road-dust load (道路积尘负荷) up to as-of, g/m²; null when never measured. */
  dustLoad: z.object({ measuredOn: z.string(), loadGM2: z.number() }).nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type RoadSegmentProperties = z.infer<typeof roadSegmentPropertiesSchema>;

export const roadSegmentQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    roadClass: listParamSchema(roadClasses).optional(),
    behind: booleanParamSchema.optional(),
  })
  .strict();
