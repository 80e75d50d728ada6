import { z } from 'zod';
import { booleanParamSchema, listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';

export const machineTypes = [
  'excavator', 'loader', 'bulldozer', 'roller', 'crane', 'forklift', 'paver', 'grader', 'concrete-pump', 'drilling-rig', 'tractor',
] as const;
export const machineTypeLabels: Record<(typeof machineTypes)[number], { zh: string; en: string }> = {
  excavator: { zh: '挖掘机', en: 'excavator' },
  loader: { zh: '装载机', en: 'loader' },
  bulldozer: { zh: '推土机', en: 'bulldozer' },
  roller: { zh: '压路机', en: 'road roller' },
  crane: { zh: '起重机', en: 'crane' },
  forklift: { zh: '叉车', en: 'forklift' },
  paver: { zh: '摊铺机', en: 'paver' },
  grader: { zh: '平地机', en: 'grader' },
  'concrete-pump': { zh: '混凝土泵车', en: 'concrete pump' },
  'drilling-rig': { zh: '旋挖钻机', en: 'rotary drilling rig' },
  tractor: { zh: '拖拉机', en: 'tractor' },
};

/** Emission stages of non-road diesel machinery (GB 20891), plus electric. */
export const emissionStages = ['pre-I', 'I', 'II', 'III', 'IV', 'electric'] as const;
export type EmissionStage = (typeof emissionStages)[number];
export const emissionStageLabels: Record<EmissionStage, { zh: string; en: string }> = {
  'pre-I': { zh: '国一前', en: 'pre-China I' },
  I: { zh: '国一', en: 'China I' },
  II: { zh: '国二', en: 'China II' },
  III: { zh: '国三', en: 'China III' },
  IV: { zh: '国四', en: 'China IV' },
  electric: { zh: '电动', en: 'electric' },
};

export const smokeTestResults = ['pass', 'fail', 'untested'] as const;

/** Why a machine may not work inside an NRMM control zone (task 10). */
export const banReasons = ['below-stage-iii', 'unregistered', 'black-smoke'] as const;
export type BanReason = (typeof banReasons)[number];
export const banReasonLabels: Record<BanReason, { zh: string; en: string }> = {
  'below-stage-iii': { zh: '国三以下排放标准', en: 'below China III' },
  unregistered: { zh: '未编码登记', en: 'not registered' },
  'black-smoke': { zh: '冒黑烟', en: 'black smoke' },
};

/** Properties of a `machines` feature (geometry: Point, the latest position on or before as-of). */
export const machinePropertiesSchema = z.object({
  id: z.string(),
  type: z.enum(machineTypes),
  emissionStage: z.enum(emissionStages),
  registrationCode: z.string().nullable(),
  smokeTest: z.enum(smokeTestResults),
  smokeTestedOn: z.string().nullable(),
  owner: z.string(),
  exemptUse: z.enum(['livelihood', 'emergency']).nullable(),
  /** Banned from NRMM control zones (whatever its current position); see banReasons. */
  banned: z.boolean(),
  banReasons: z.array(z.enum(banReasons)),
  /** Time of the position, YYYY-MM-DDTHH:mm China Standard Time. */
  positionTs: z.string(),
  township: z.string(),
  townshipName: z.string(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type MachineProperties = z.infer<typeof machinePropertiesSchema>;

export const machineQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    banned: booleanParamSchema.optional(),
    stage: listParamSchema(emissionStages).optional(),
    type: listParamSchema(machineTypes).optional(),
  })
  .strict();
