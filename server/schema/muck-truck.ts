import { z } from 'zod';
import { provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { muckTruckFuels, muckTruckStages } from './enums/muck-truck.ts';

export * from './enums/muck-truck.ts';

/** How long a muck truck's latest GPS position stays its position on the map (hours before as-of). */
export const MUCK_POSITION_FRESH_HOURS = 24;

/** A muck-truck permit (准运证) as the layer shows the one in force. */
export const muckPermitSummarySchema = z.object({
  id: z.string(),
  siteId: z.string(),
  disposalSiteId: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  hoursFrom: z.string(),
  hoursTo: z.string(),
  bufferM: z.number(),
});

/**
 * Properties of a `muck-trucks` feature (geometry: Point): the truck's latest GPS position within
 * {@link MUCK_POSITION_FRESH_HOURS} hours up to as-of, else its company's base (`positionAt` null).
 */
export const muckTruckPropertiesSchema = z.object({
  id: z.string(),
  plate: z.string(),
  company: z.string(),
  fuel: z.enum(muckTruckFuels),
  emissionStage: z.enum(muckTruckStages),
  sealed: z.boolean(),
  gpsDevice: z.string().nullable(),
  /** The company's township (the truck's base). */
  township: z.string(),
  townshipName: z.string(),
  positionAt: z.string().nullable(),
  speedKmh: z.number().nullable(),
  /** The permit in force on as-of's day; null when none. */
  permit: muckPermitSummarySchema.nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type MuckTruckProperties = z.infer<typeof muckTruckPropertiesSchema>;

export const muckTruckQuerySchema = commonLayerQuerySchema.extend({ ...asOfQueryShape }).strict();
