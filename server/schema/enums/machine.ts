/**
 * Non-road machinery enums: types, emission stages (GB 20891), ban reasons (task 10). Zod-free:
 * the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const machineTypes = [
  'excavator',
  'loader',
  'bulldozer',
  'roller',
  'crane',
  'forklift',
  'paver',
  'grader',
  'concrete-pump',
  'drilling-rig',
  'tractor',
] as const;
export type MachineType = (typeof machineTypes)[number];

/**
 * @example
 * machineTypeLabels.excavator.zh; // '挖掘机'
 */
export const machineTypeLabels: Labels<MachineType> = {
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

/**
 * @example
 * emissionStageLabels.III.zh; // '国三'
 */
export const emissionStageLabels: Labels<EmissionStage> = {
  'pre-I': { zh: '国一前', en: 'pre-China I' },
  I: { zh: '国一', en: 'China I' },
  II: { zh: '国二', en: 'China II' },
  III: { zh: '国三', en: 'China III' },
  IV: { zh: '国四', en: 'China IV' },
  electric: { zh: '电动', en: 'electric' },
};

export const smokeTestResults = ['pass', 'fail', 'untested'] as const;
export type SmokeTestResult = (typeof smokeTestResults)[number];

/**
 * @example
 * smokeTestResultLabels.fail.zh; // '不合格'
 */
export const smokeTestResultLabels: Labels<SmokeTestResult> = {
  pass: { zh: '合格', en: 'pass' },
  fail: { zh: '不合格', en: 'fail' },
  untested: { zh: '未检测', en: 'untested' },
};

/** The lowest emission stage an NRMM control zone admits (task 10: 国三; a zone may set its own). */
export const zoneMinStages = ['I', 'II', 'III', 'IV'] as const;
export type ZoneMinStage = (typeof zoneMinStages)[number];

/**
 * Why a machine may not work inside an NRMM control zone (task 10): below the minimum emission
 * stage of the zone it is in (the plan's 国三以下 where the zone keeps 国三), not registered,
 * black smoke.
 */
export const banReasons = ['below-min-stage', 'unregistered', 'black-smoke'] as const;
export type BanReason = (typeof banReasons)[number];

/**
 * @example
 * banReasonLabels.unregistered.zh; // '未编码登记'
 */
export const banReasonLabels: Labels<BanReason> = {
  'below-min-stage': { zh: '低于控制区最低排放阶段', en: "below the zone's minimum emission stage" },
  unregistered: { zh: '未编码登记', en: 'not registered' },
  'black-smoke': { zh: '冒黑烟', en: 'black smoke' },
};
