import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';

export const retrofitTypes = ['none', 'coal-to-electricity', 'coal-to-gas', 'heat-pump', 'biomass', 'district-heating'] as const;
export const retrofitTypeSchema = z.enum(retrofitTypes);
export const retrofitTypeLabels: Record<(typeof retrofitTypes)[number], { zh: string; en: string }> = {
  none: { zh: '未改造', en: 'not retrofitted' },
  'coal-to-electricity': { zh: '煤改电', en: 'coal to electricity' },
  'coal-to-gas': { zh: '煤改气', en: 'coal to gas' },
  'heat-pump': { zh: '热泵', en: 'heat pump' },
  biomass: { zh: '生物质', en: 'biomass' },
  'district-heating': { zh: '集中供热', en: 'district heating' },
};

/** Clean-heating status shown on the map (ui.md: stable green, unstable amber, re-burning red, not retrofitted grey). */
export const heatingStatuses = ['stable', 'unstable', 'reburning', 'not-retrofitted'] as const;
export const heatingStatusSchema = z.enum(heatingStatuses);
export type HeatingStatus = z.infer<typeof heatingStatusSchema>;
export const heatingStatusLabels: Record<HeatingStatus, { zh: string; en: string }> = {
  stable: { zh: '已改造·稳定运行', en: 'retrofitted, stable' },
  unstable: { zh: '已改造·运行不稳定', en: 'retrofitted, unstable' },
  reburning: { zh: '散煤复烧', en: 'coal re-burning reported' },
  'not-retrofitted': { zh: '未改造', en: 'not retrofitted' },
};

/** Properties of a `villages` feature (geometry: Point). */
export const villagePropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['village', 'community']),
  township: z.string(),
  townshipName: z.string(),
  heatingStatus: heatingStatusSchema,
  retrofitType: retrofitTypeSchema,
  retrofitYear: z.number().nullable(),
  households: z.number(),
  stableOperation: z.boolean().nullable(),
  /** Retrofit under way (e.g. 二十里铺村, task 7). */
  retrofitInProgress: z.boolean(),
  /** Coal re-burning reports in the 365 days up to as-of. */
  reburnReports: z.number(),
  lastReburnReport: z.string().nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type VillageProperties = z.infer<typeof villagePropertiesSchema>;

export const villageQuerySchema = commonLayerQuerySchema
  .extend({ ...asOfQueryShape, heating: listParamSchema(heatingStatuses).optional() })
  .strict();
