import { z } from 'zod';
import { booleanParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';

/** The "six 100%" (六个百分之百) checks, in their usual order (domain.md §5). */
export const sixChecks = ['enclosure', 'cover', 'washing', 'hardening', 'wetWork', 'sealedTransport'] as const;
export type SixCheck = (typeof sixChecks)[number];
export const sixCheckLabels: Record<SixCheck, { zh: string; en: string }> = {
  enclosure: { zh: '周边围挡', en: 'perimeter hoarding' },
  cover: { zh: '物料堆放覆盖', en: 'stockpiles covered' },
  washing: { zh: '出入车辆冲洗', en: 'vehicles washed' },
  hardening: { zh: '施工现场地面硬化', en: 'site ground hardened' },
  wetWork: { zh: '土方开挖湿法作业', en: 'wet earthworks' },
  sealedTransport: { zh: '渣土车辆密闭运输', en: 'spoil trucks enclosed' },
};

export const siteKinds = ['housing', 'public-building', 'road', 'municipal', 'industrial', 'demolition', 'landscape'] as const;
export const siteKindLabels: Record<(typeof siteKinds)[number], { zh: string; en: string }> = {
  housing: { zh: '房屋建筑', en: 'housing' },
  'public-building': { zh: '公共建筑', en: 'public building' },
  road: { zh: '道路工程', en: 'road works' },
  municipal: { zh: '市政管网', en: 'municipal utilities' },
  industrial: { zh: '工业厂房', en: 'industrial building' },
  demolition: { zh: '拆除工程', en: 'demolition' },
  landscape: { zh: '园林绿化', en: 'landscaping' },
};

/** Site activities that summer ozone control (task 14) restricts: painting, asphalt, road marking. */
export const siteActivities = ['earthwork', 'structure', 'painting', 'asphalt', 'road-marking'] as const;

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
