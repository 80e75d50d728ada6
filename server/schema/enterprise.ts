import { z } from 'zod';
import { booleanParamSchema, listParamSchema, provenanceSchema } from './common.ts';
import { commonLayerQuerySchema } from './layer-query.ts';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

/** Industry groups: the map symbolises enterprises by group (ui.md). */
export const industryGroups = ['building-materials', 'coal-coking', 'metal-casting', 'chemicals-voc', 'energy-fuel', 'other'] as const;
export type IndustryGroup = (typeof industryGroups)[number];
export const industryGroupLabels: Labels<IndustryGroup> = {
  'building-materials': { zh: '建材', en: 'building materials' },
  'coal-coking': { zh: '煤炭焦化', en: 'coal & coking' },
  'metal-casting': { zh: '铸造机械', en: 'casting & machinery' },
  'chemicals-voc': { zh: '化工涉VOCs', en: 'chemicals & VOCs' },
  'energy-fuel': { zh: '能源油品', en: 'energy & fuel' },
  other: { zh: '其他', en: 'other' },
};

export const industries = [
  'cement-grinding', 'refractory', 'brick-tile', 'lime', 'concrete-mixing',
  'coking', 'coal-gasification', 'coal-washing',
  'casting', 'machinery',
  'chemical', 'industrial-coating', 'packaging-printing', 'wood-panel', 'pharmaceutical',
  'heat-power', 'oil-storage-sales',
  'food', 'other',
] as const;
export type Industry = (typeof industries)[number];
export const industrySchema = z.enum(industries);

/** Each industry's label and group. */
export const industryInfo: Record<Industry, { zh: string; en: string; group: IndustryGroup }> = {
  'cement-grinding': { zh: '水泥粉磨', en: 'cement grinding', group: 'building-materials' },
  refractory: { zh: '耐火材料', en: 'refractory materials', group: 'building-materials' },
  'brick-tile': { zh: '砖瓦', en: 'bricks & tiles', group: 'building-materials' },
  lime: { zh: '石灰', en: 'lime', group: 'building-materials' },
  'concrete-mixing': { zh: '商砼搅拌', en: 'ready-mix concrete', group: 'building-materials' },
  coking: { zh: '焦化', en: 'coking', group: 'coal-coking' },
  'coal-gasification': { zh: '煤炭气化', en: 'coal gasification', group: 'coal-coking' },
  'coal-washing': { zh: '洗煤', en: 'coal washing', group: 'coal-coking' },
  casting: { zh: '铸造', en: 'casting', group: 'metal-casting' },
  machinery: { zh: '机械制造', en: 'machinery', group: 'metal-casting' },
  chemical: { zh: '化工', en: 'chemicals', group: 'chemicals-voc' },
  'industrial-coating': { zh: '工业涂装', en: 'industrial coating', group: 'chemicals-voc' },
  'packaging-printing': { zh: '包装印刷', en: 'packaging & printing', group: 'chemicals-voc' },
  'wood-panel': { zh: '人造板材', en: 'wood-based panels', group: 'chemicals-voc' },
  pharmaceutical: { zh: '制药', en: 'pharmaceuticals', group: 'chemicals-voc' },
  'heat-power': { zh: '热力电力', en: 'heat & power', group: 'energy-fuel' },
  'oil-storage-sales': { zh: '油品储运销', en: 'oil storage & sales', group: 'energy-fuel' },
  food: { zh: '食品加工', en: 'food processing', group: 'other' },
  other: { zh: '其他', en: 'other', group: 'other' },
};

export const performanceGrades = ['A', 'B', 'C', 'D'] as const;
export const performanceGradeSchema = z.enum(performanceGrades);
export type PerformanceGrade = z.infer<typeof performanceGradeSchema>;

export const uleStatuses = ['not-applicable', 'not-started', 'in-progress', 'assessment', 'accepted'] as const;
export const uleStatusLabels: Labels<(typeof uleStatuses)[number]> = {
  'not-applicable': { zh: '不适用', en: 'not applicable' },
  'not-started': { zh: '未启动', en: 'not started' },
  'in-progress': { zh: '改造中', en: 'retrofit under way' },
  assessment: { zh: '评估监测中', en: 'assessment monitoring' },
  accepted: { zh: '已验收', en: 'accepted' },
};

/** Treatment processes; `lowEfficiency` marks the ones task 4 orders upgraded. */
export const treatmentProcesses = [
  'bag-filter', 'electrostatic', 'cyclone', 'wet-desulfurization', 'semi-dry-desulfurization', 'scr', 'sncr',
  'desulf-dedust-integrated', 'desulf-denitr-integrated', 'activated-carbon', 'rto', 'catalytic-combustion',
  'low-temp-plasma', 'photo-oxidation', 'spray-absorption',
] as const;
export type TreatmentProcess = (typeof treatmentProcesses)[number];
export const treatmentProcessInfo: Record<TreatmentProcess, { zh: string; en: string; lowEfficiency: boolean }> = {
  'bag-filter': { zh: '袋式除尘', en: 'bag filter', lowEfficiency: false },
  electrostatic: { zh: '静电除尘', en: 'electrostatic precipitator', lowEfficiency: false },
  cyclone: { zh: '旋风除尘', en: 'cyclone', lowEfficiency: true },
  'wet-desulfurization': { zh: '湿法脱硫', en: 'wet FGD', lowEfficiency: false },
  'semi-dry-desulfurization': { zh: '半干法脱硫', en: 'semi-dry FGD', lowEfficiency: false },
  scr: { zh: 'SCR脱硝', en: 'SCR denitrification', lowEfficiency: false },
  sncr: { zh: 'SNCR脱硝', en: 'SNCR denitrification', lowEfficiency: false },
  'desulf-dedust-integrated': { zh: '脱硫除尘一体化', en: 'integrated desulfurisation-dedusting', lowEfficiency: true },
  'desulf-denitr-integrated': { zh: '脱硫脱硝一体化', en: 'integrated desulfurisation-denitrification', lowEfficiency: true },
  'activated-carbon': { zh: '活性炭吸附', en: 'activated-carbon adsorption', lowEfficiency: false },
  rto: { zh: '蓄热燃烧(RTO)', en: 'regenerative thermal oxidiser', lowEfficiency: false },
  'catalytic-combustion': { zh: '催化燃烧', en: 'catalytic combustion', lowEfficiency: false },
  'low-temp-plasma': { zh: '单一低温等离子', en: 'low-temperature plasma only', lowEfficiency: true },
  'photo-oxidation': { zh: '光氧化/光催化', en: 'photo-oxidation / photocatalysis', lowEfficiency: true },
  'spray-absorption': { zh: '单一喷淋吸收', en: 'spray absorption only', lowEfficiency: true },
};

/** The 10 key VOC links of task 13, in the plan's order. */
export const vocLinks = [
  'storage-tanks', 'loading', 'open-liquid', 'ldar', 'gas-collection', 'bypass', 'treatment',
  'filling-station', 'abnormal-conditions', 'product-voc',
] as const;
export type VocLink = (typeof vocLinks)[number];
export const vocLinkLabels: Labels<VocLink> = {
  'storage-tanks': { zh: '挥发性有机液体储罐', en: 'VOC liquid storage tanks' },
  loading: { zh: '装卸', en: 'loading & unloading' },
  'open-liquid': { zh: '敞开液面', en: 'open liquid surfaces' },
  ldar: { zh: '泄漏检测与修复(LDAR)', en: 'leak detection & repair (LDAR)' },
  'gas-collection': { zh: '废气收集', en: 'waste-gas collection' },
  bypass: { zh: '废气旁路', en: 'waste-gas bypasses' },
  treatment: { zh: '治理设施', en: 'treatment facilities' },
  'filling-station': { zh: '加油站', en: 'filling stations' },
  'abnormal-conditions': { zh: '非正常工况', en: 'abnormal operating conditions' },
  'product-voc': { zh: '产品挥发性有机物含量', en: 'VOC content of products' },
};
export const vocLinkStatusSchema = z.enum(['ok', 'gap', 'n/a']);

export const railSpurStatuses = ['none', 'planned', 'under-construction', 'operating'] as const;
export const gateSystemStatuses = ['none', 'installed', 'networked'] as const;
export const operatingStatuses = ['operating', 'suspended', 'relocating', 'closed'] as const;

export const kilnBoilerSchema = z.object({
  id: z.string(),
  kind: z.enum(['kiln', 'boiler']),
  purpose: z.string(),
  fuel: z.enum(['coal', 'natural-gas', 'biomass', 'alcohol-based', 'electricity', 'coke-oven-gas', 'waste-heat', 'fuel-oil']),
  capacity: z.number(),
  capacityUnit: z.enum(['t/h', 'MW', 't/d']),
  treatmentProcess: z.string(),
  lowEfficiency: z.boolean(),
  surveyedOn: z.string().nullable(),
  compliant: z.boolean().nullable(),
});
export type KilnBoiler = z.infer<typeof kilnBoilerSchema>;

/** Properties of an `enterprises` feature (geometry: Point). */
export const enterprisePropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  industry: industrySchema,
  industryGroup: z.enum(industryGroups),
  township: z.string(),
  townshipName: z.string(),
  operatingStatus: z.enum(operatingStatuses),
  grade: performanceGradeSchema,
  uleStatus: z.enum(uleStatuses),
  uleDue: z.string().nullable(),
  treatmentProcesses: z.array(z.enum(treatmentProcesses)),
  vocEmitter: z.boolean(),
  /** Status of each of the 10 key links (task 13); null when the enterprise emits no VOCs. */
  vocChecklist: z.record(z.enum(vocLinks), vocLinkStatusSchema).nullable(),
  vocGaps: z.number(),
  activatedCarbon: z.boolean(),
  carbonReplacedOn: z.string().nullable(),
  /** Annual freight, tonnes per year (task 9 threshold: 1,500,000). */
  annualFreightT: z.number(),
  railSpur: z.enum(railSpurStatuses),
  keyVehicleUnit: z.boolean(),
  gateSystem: z.enum(gateSystemStatuses).nullable(),
  /** Number of the plan task that names this enterprise, if any. */
  planTask: z.number().nullable(),
  kilnsBoilers: z.array(kilnBoilerSchema),
  provenance: provenanceSchema,
  source: z.string(),
});
export type EnterpriseProperties = z.infer<typeof enterprisePropertiesSchema>;

export const enterpriseQuerySchema = commonLayerQuerySchema
  .extend({
    industry: listParamSchema(industries).optional(),
    group: listParamSchema(industryGroups).optional(),
    grade: listParamSchema(performanceGrades).optional(),
    voc: booleanParamSchema.optional(),
  })
  .strict();
