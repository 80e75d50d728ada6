/**
 * Department enums (部门, issue 17; 五、保障措施 S1–S5): department kinds, task roles, the township leaders' roles,
 * annual plan items and special funds. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const departmentKinds = ['district', 'city-branch', 'township'] as const;
export type DepartmentKind = (typeof departmentKinds)[number];

/**
 * @example
 * departmentKindLabels['city-branch'].zh; // '市局驻区分局'
 */
export const departmentKindLabels: Labels<DepartmentKind> = {
  district: { zh: '区直部门', en: 'district department' },
  'city-branch': { zh: '市局驻区分局', en: 'city bureau branch' },
  township: { zh: '乡镇（街道）', en: 'township government' },
};

/** A department's part in a task: 牵头, 配合, 责任. */
export const taskDepartmentRoles = ['lead', 'cooperating', 'responsible'] as const;
export type TaskDepartmentRole = (typeof taskDepartmentRoles)[number];

/**
 * @example
 * taskDepartmentRoleLabels.lead.zh; // '牵头单位'
 */
export const taskDepartmentRoleLabels: Labels<TaskDepartmentRole> = {
  lead: { zh: '牵头单位', en: 'lead unit' },
  cooperating: { zh: '配合单位', en: 'cooperating unit' },
  responsible: { zh: '责任单位', en: 'responsible unit' },
};

/** The township's first responsible persons (第一责任人, S1) and the deputy in charge. */
export const leaderRoles = ['party-secretary', 'government-head', 'deputy-in-charge'] as const;
export type LeaderRole = (typeof leaderRoles)[number];

/**
 * @example
 * leaderRoleLabels['party-secretary'].zh; // '党委主要负责人'
 */
export const leaderRoleLabels: Labels<LeaderRole> = {
  'party-secretary': { zh: '党委主要负责人', en: 'party secretary' },
  'government-head': { zh: '政府主要负责人', en: 'head of government' },
  'deputy-in-charge': { zh: '分管负责人', en: 'deputy in charge' },
};

export const planItemStatuses = ['not-started', 'in-progress', 'done', 'cancelled'] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];

/**
 * @example
 * planItemStatusLabels.done.zh; // '已完成'
 */
export const planItemStatusLabels: Labels<PlanItemStatus> = {
  'not-started': { zh: '未开始', en: 'not started' },
  'in-progress': { zh: '推进中', en: 'in progress' },
  done: { zh: '已完成', en: 'done' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

/** The purposes the plan names for special funds (S5), and other. */
export const fundPurposes = ['loose-coal', 'deep-treatment', 'monitoring', 'capacity', 'other'] as const;
export type FundPurpose = (typeof fundPurposes)[number];

/**
 * @example
 * fundPurposeLabels['loose-coal'].zh; // '散煤治理'
 */
export const fundPurposeLabels: Labels<FundPurpose> = {
  'loose-coal': { zh: '散煤治理', en: 'loose-coal control' },
  'deep-treatment': { zh: '工业污染源深度治理', en: 'deep treatment of industrial sources' },
  monitoring: { zh: '大气污染防治监测', en: 'air-pollution monitoring' },
  capacity: { zh: '监管能力建设', en: 'supervision capacity' },
  other: { zh: '其他', en: 'other' },
};

export const fundStatuses = ['planned', 'approved', 'disbursing', 'completed', 'cancelled'] as const;
export type FundStatus = (typeof fundStatuses)[number];

/**
 * @example
 * fundStatusLabels.disbursing.zh; // '拨付中'
 */
export const fundStatusLabels: Labels<FundStatus> = {
  planned: { zh: '计划', en: 'planned' },
  approved: { zh: '已批复', en: 'approved' },
  disbursing: { zh: '拨付中', en: 'disbursing' },
  completed: { zh: '已完成', en: 'completed' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};
