import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { commonLayerQuerySchema } from './layer-query.ts';

export const fuelPointKinds = ['unlicensed-tank', 'mobile-truck', 'black-station'] as const;
export const fuelPointKindLabels: Record<(typeof fuelPointKinds)[number], { zh: string; en: string }> = {
  'unlicensed-tank': { zh: '无证自建油罐', en: 'unlicensed tank' },
  'mobile-truck': { zh: '流动加油车', en: 'mobile refuelling truck' },
  'black-station': { zh: '黑加油站点', en: 'illegal filling point' },
};
export const fuelPointStatuses = ['reported', 'verified', 'closed'] as const;

/** Properties of a `fuel-points` feature (geometry: Point). */
export const fuelPointPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(fuelPointKinds),
  township: z.string(),
  townshipName: z.string(),
  reportedOn: z.string(),
  status: z.enum(fuelPointStatuses),
  closedOn: z.string().nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type FuelPointProperties = z.infer<typeof fuelPointPropertiesSchema>;

export const fuelPointQuerySchema = commonLayerQuerySchema
  .extend({ kind: listParamSchema(fuelPointKinds).optional(), status: listParamSchema(fuelPointStatuses).optional() })
  .strict();
