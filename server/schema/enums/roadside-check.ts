/**
 * Roadside and OBD check enums (路检路查, issue 16, task 16): checkpoint kinds, the checks' results and
 * outcomes. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const checkpointKinds = ['fixed', 'mobile', 'remote-sensing', 'entrance'] as const;
export type CheckpointKind = (typeof checkpointKinds)[number];

/**
 * @example
 * checkpointKindLabels['remote-sensing'].zh; // '遥感监测点'
 */
export const checkpointKindLabels: Labels<CheckpointKind> = {
  fixed: { zh: '固定检查点', en: 'fixed checkpoint' },
  mobile: { zh: '流动检查点', en: 'mobile checkpoint' },
  'remote-sensing': { zh: '遥感监测点', en: 'remote-sensing site' },
  entrance: { zh: '入城口检查站', en: 'city-entrance checkpoint' },
};

export const deviceChecks = ['ok', 'missing', 'tampered', 'not-checked'] as const;
export type DeviceCheck = (typeof deviceChecks)[number];

/**
 * @example
 * deviceCheckLabels.tampered.zh; // '拆除或改装'
 */
export const deviceCheckLabels: Labels<DeviceCheck> = {
  ok: { zh: '正常', en: 'in order' },
  missing: { zh: '缺失', en: 'missing' },
  tampered: { zh: '拆除或改装', en: 'removed or modified' },
  'not-checked': { zh: '未检查', en: 'not checked' },
};

export const obdChecks = ['ok', 'fault', 'tampered', 'not-equipped', 'not-checked'] as const;
export type ObdCheck = (typeof obdChecks)[number];

/**
 * @example
 * obdCheckLabels.fault.zh; // '有故障码'
 */
export const obdCheckLabels: Labels<ObdCheck> = {
  ok: { zh: '正常', en: 'in order' },
  fault: { zh: '有故障码', en: 'fault codes' },
  tampered: { zh: '数据被篡改', en: 'tampered' },
  'not-equipped': { zh: '未装OBD', en: 'no OBD' },
  'not-checked': { zh: '未检查', en: 'not checked' },
};

export const emissionTestResults = ['pass', 'fail', 'not-tested'] as const;
export type EmissionTestResult = (typeof emissionTestResults)[number];

/**
 * @example
 * emissionTestResultLabels.fail.zh; // '超标'
 */
export const emissionTestResultLabels: Labels<EmissionTestResult> = {
  pass: { zh: '达标', en: 'pass' },
  fail: { zh: '超标', en: 'fail' },
  'not-tested': { zh: '未检测', en: 'not tested' },
};

export const emissionTestMethods = ['free-acceleration', 'lug-down', 'remote-sensing'] as const;
export type EmissionTestMethod = (typeof emissionTestMethods)[number];

/**
 * @example
 * emissionTestMethodLabels['free-acceleration'].zh; // '自由加速法'
 */
export const emissionTestMethodLabels: Labels<EmissionTestMethod> = {
  'free-acceleration': { zh: '自由加速法', en: 'free acceleration' },
  'lug-down': { zh: '加载减速法', en: 'lug-down' },
  'remote-sensing': { zh: '遥感检测', en: 'remote sensing' },
};

export const checkOutcomes = ['pass', 'warning', 'repair-order', 'fined'] as const;
export type CheckOutcome = (typeof checkOutcomes)[number];

/**
 * @example
 * checkOutcomeLabels['repair-order'].zh; // '责令维修'
 */
export const checkOutcomeLabels: Labels<CheckOutcome> = {
  pass: { zh: '放行', en: 'passed' },
  warning: { zh: '警告', en: 'warning' },
  'repair-order': { zh: '责令维修', en: 'repair ordered' },
  fined: { zh: '处罚', en: 'fined' },
};

/** What a check can find (a check is a hit when it finds at least one; the same test as the layers' SQL). */
export const checkProblems = ['devices', 'obd-fault', 'obd-tampering', 'emission-failed'] as const;
export type CheckProblem = (typeof checkProblems)[number];

/**
 * @example
 * checkProblemLabels['obd-tampering'].zh; // 'OBD 数据篡改'
 */
export const checkProblemLabels: Labels<CheckProblem> = {
  devices: { zh: '污染控制装置缺失或改装', en: 'pollution-control devices missing or modified' },
  'obd-fault': { zh: 'OBD 故障码', en: 'OBD fault codes' },
  'obd-tampering': { zh: 'OBD 数据篡改', en: 'OBD tampering' },
  'emission-failed': { zh: '尾气排放超标', en: 'emission test failed' },
};

/** The joint-enforcement agencies (联合执法) a check can name. */
export const checkAgencies = ['ecology-environment', 'traffic-police', 'transport', 'market-regulation'] as const;
export type CheckAgency = (typeof checkAgencies)[number];

/**
 * @example
 * checkAgencyLabels['traffic-police'].zh; // '公安交管'
 */
export const checkAgencyLabels: Labels<CheckAgency> = {
  'ecology-environment': { zh: '生态环境', en: 'ecology and environment' },
  'traffic-police': { zh: '公安交管', en: 'traffic police' },
  transport: { zh: '交通运输', en: 'transport' },
  'market-regulation': { zh: '市场监管', en: 'market regulation' },
};
