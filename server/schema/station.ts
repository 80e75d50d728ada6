import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { stationKinds } from './enums/station-kind.ts';

/** One hourly reading; µg/m³ except CO in mg/m³; null = missing. */
export const readingSchema = z.object({
  ts: z.string(),
  SO2: z.number().nullable(),
  NO2: z.number().nullable(),
  PM10: z.number().nullable(),
  'PM2.5': z.number().nullable(),
  CO: z.number().nullable(),
  O3: z.number().nullable(),
});
export type Reading = z.infer<typeof readingSchema>;

export { stationKindLabels, stationKinds } from './enums/station-kind.ts';

/** HJ 633-2012 AQI shown for a station: of the latest hour, or of the whole day (see `period`). */
export const stationAqiSchema = z.object({
  /** `hour`: real-time AQI of `latest`; `day`: daily AQI of the calendar day `date` (HJ 663 validity rules). */
  period: z.enum(['hour', 'day']),
  /** The hour (`YYYY-MM-DDTHH:mm`) or the day (`YYYY-MM-DD`) the AQI is for. */
  at: z.string(),
  value: z.number().int(),
  level: z.number().int().min(1).max(6),
  category: z.string(),
  categoryEn: z.string(),
  color: z.string(),
  primary: z.array(z.string()),
});
export type StationAqi = z.infer<typeof stationAqiSchema>;

/** Properties of a `stations` feature (geometry: Point). */
export const stationPropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(stationKinds),
  township: z.string(),
  townshipName: z.string(),
  status: z.enum(['active', 'stopped']),
  stoppedOn: z.string().nullable(),
  /** Latest hourly reading on or before as-of (within the preceding 24 h); null when none. */
  latest: readingSchema.nullable(),
  /** AQI of `latest` (hourly, PM on the 24-h rows) or of as-of's day (`aqiPeriod=day`); null when no data. */
  aqi: stationAqiSchema.nullable(),
  /** Provenance of the readings (a real station may carry demo readings). */
  readingsProvenance: provenanceSchema,
  provenance: provenanceSchema,
  source: z.string(),
});
export type StationProperties = z.infer<typeof stationPropertiesSchema>;

export const stationQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    kind: listParamSchema(stationKinds).optional(),
    /** `day`: colour by the daily AQI of as-of's calendar day instead of the latest hour's. */
    aqiPeriod: z.enum(['hour', 'day']).optional(),
  })
  .strict();
