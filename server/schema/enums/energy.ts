/**
 * Energy and coal enums (issue 17; tasks 1, 6, 8): coal-project procedures and statuses, the 两高 register's
 * statuses and policy checks, and the build kind of kilns and boilers. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

/** 审批, 核准, 备案. */
export const coalProcedures = ['approval', 'verification', 'filing'] as const;
export type CoalProcedure = (typeof coalProcedures)[number];

/**
 * @example
 * coalProcedureLabels.verification.zh; // '核准'
 */
export const coalProcedureLabels: Labels<CoalProcedure> = {
  approval: { zh: '审批', en: 'approval' },
  verification: { zh: '核准', en: 'verification' },
  filing: { zh: '备案', en: 'filing' },
};

export const coalProjectStatuses = ['applied', 'approved', 'rejected', 'built', 'withdrawn'] as const;
export type CoalProjectStatus = (typeof coalProjectStatuses)[number];

/**
 * @example
 * coalProjectStatusLabels.built.zh; // '已建成'
 */
export const coalProjectStatusLabels: Labels<CoalProjectStatus> = {
  applied: { zh: '已申报', en: 'applied' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '未批准', en: 'rejected' },
  built: { zh: '已建成', en: 'built' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

export const highEnergyStatuses = [
  'proposed',
  'under-review',
  'approved',
  'rejected',
  'under-construction',
  'in-operation',
  'stopped',
] as const;
export type HighEnergyStatus = (typeof highEnergyStatuses)[number];

/**
 * @example
 * highEnergyStatusLabels['under-construction'].zh; // '在建'
 */
export const highEnergyStatusLabels: Labels<HighEnergyStatus> = {
  proposed: { zh: '拟建', en: 'proposed' },
  'under-review': { zh: '审查中', en: 'under review' },
  approved: { zh: '已批复', en: 'approved' },
  rejected: { zh: '未通过', en: 'rejected' },
  'under-construction': { zh: '在建', en: 'under construction' },
  'in-operation': { zh: '已投产', en: 'in operation' },
  stopped: { zh: '已停建', en: 'stopped' },
};

/** The policy checks T1.1 lists, as the register's columns hold them (camelCase here). */
export const policyChecks = [
  'industrialPolicy',
  'threeLines',
  'planningEia',
  'energyDualControl',
  'capacityReplacement',
  'coalSubstitution',
  'emissionDoubleCut',
] as const;
export type PolicyCheck = (typeof policyChecks)[number];

/**
 * @example
 * policyCheckLabels.threeLines.zh; // '“三线一单”'
 */
export const policyCheckLabels: Labels<PolicyCheck> = {
  industrialPolicy: { zh: '产业政策', en: 'industrial policy' },
  threeLines: { zh: '“三线一单”', en: 'three lines, one list' },
  planningEia: { zh: '规划环评', en: 'planning EIA' },
  energyDualControl: { zh: '能耗双控', en: 'energy dual control' },
  capacityReplacement: { zh: '产能置换', en: 'capacity replacement' },
  coalSubstitution: { zh: '煤炭消费减量替代', en: 'coal-reduction substitution' },
  emissionDoubleCut: { zh: '区域污染物倍量削减', en: 'double emission offset' },
};

export const checkOutcomes = ['passed', 'failed', 'pending', 'not-applicable'] as const;
export type CheckOutcome = (typeof checkOutcomes)[number];

/**
 * @example
 * checkOutcomeLabels.pending.zh; // '待落实'
 */
export const checkOutcomeLabels: Labels<CheckOutcome> = {
  passed: { zh: '已落实', en: 'met' },
  failed: { zh: '未落实', en: 'failed' },
  pending: { zh: '待落实', en: 'pending' },
  'not-applicable': { zh: '不适用', en: 'n/a' },
};

/**
 * The build kind of a kiln or boiler (T8.1 forbids coal for 新改扩建 heating, heat-treatment, drying and melting
 * furnaces).
 */
export const buildKinds = ['existing', 'new', 'rebuilt', 'expanded'] as const;
export type BuildKind = (typeof buildKinds)[number];

/**
 * @example
 * buildKindLabels.expanded.zh; // '扩建'
 */
export const buildKindLabels: Labels<BuildKind> = {
  existing: { zh: '现有', en: 'existing' },
  new: { zh: '新建', en: 'new' },
  rebuilt: { zh: '改建', en: 'rebuilt' },
  expanded: { zh: '扩建', en: 'expanded' },
};
