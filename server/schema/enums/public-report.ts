/**
 * Public-report enums (举报, issue 17): categories with the plan task each feeds, and statuses. Zod-free: the
 * client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const reportCategories = [
  'industrial-emission',
  'dust',
  'burning',
  'odour',
  'vehicle',
  'fuel',
  'coal',
  'other',
] as const;
export type ReportCategory = (typeof reportCategories)[number];

/**
 * @example
 * reportCategoryLabels.burning.zh; // '露天焚烧'
 */
export const reportCategoryLabels: Labels<ReportCategory> = {
  'industrial-emission': { zh: '工业废气', en: 'industrial emission' },
  dust: { zh: '扬尘', en: 'dust' },
  burning: { zh: '露天焚烧', en: 'open burning' },
  odour: { zh: '异味', en: 'odour' },
  vehicle: { zh: '车辆冒黑烟', en: 'smoky vehicle' },
  fuel: { zh: '黑加油站点', en: 'illegal fuel' },
  coal: { zh: '散煤销售、燃用', en: 'loose coal' },
  other: { zh: '其他', en: 'other' },
};

/** The plan task a report of each category feeds (its alert cites it). */
export const reportCategoryTasks: Readonly<Record<ReportCategory, number>> = {
  'industrial-emission': 4,
  dust: 12,
  burning: 12,
  odour: 13,
  vehicle: 16,
  fuel: 17,
  coal: 7,
  other: 4,
};

export const reportStatuses = ['received', 'accepted', 'rejected', 'handled', 'closed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/**
 * @example
 * reportStatusLabels.accepted.zh; // '已受理'
 */
export const reportStatusLabels: Labels<ReportStatus> = {
  received: { zh: '已收到', en: 'received' },
  accepted: { zh: '已受理', en: 'accepted' },
  rejected: { zh: '不予受理', en: 'rejected' },
  handled: { zh: '已处理', en: 'handled' },
  closed: { zh: '已办结', en: 'closed' },
};
