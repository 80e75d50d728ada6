/**
 * Construction-site enums: the "six 100%" checks, site kinds, activities. Zod-free: the client
 * imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

/** The "six 100%" (六个百分之百) checks, in their usual order (domain.md §5). */
export const sixChecks = ['enclosure', 'cover', 'washing', 'hardening', 'wetWork', 'sealedTransport'] as const;
export type SixCheck = (typeof sixChecks)[number];

/**
 * @example
 * sixCheckLabels.cover.zh; // '物料堆放覆盖'
 */
export const sixCheckLabels: Labels<SixCheck> = {
  enclosure: { zh: '周边围挡', en: 'perimeter hoarding' },
  cover: { zh: '物料堆放覆盖', en: 'stockpiles covered' },
  washing: { zh: '出入车辆冲洗', en: 'vehicles washed' },
  hardening: { zh: '施工现场地面硬化', en: 'site ground hardened' },
  wetWork: { zh: '土方开挖湿法作业', en: 'wet earthworks' },
  sealedTransport: { zh: '渣土车辆密闭运输', en: 'spoil trucks enclosed' },
};

export const siteKinds = [
  'housing',
  'public-building',
  'road',
  'municipal',
  'industrial',
  'demolition',
  'landscape',
] as const;
export type SiteKind = (typeof siteKinds)[number];

/**
 * @example
 * siteKindLabels.road.en; // 'road works'
 */
export const siteKindLabels: Labels<SiteKind> = {
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
export type SiteActivity = (typeof siteActivities)[number];

/**
 * @example
 * siteActivityLabels.painting.zh; // '涂装'
 */
export const siteActivityLabels: Labels<SiteActivity> = {
  earthwork: { zh: '土方', en: 'earthwork' },
  structure: { zh: '主体结构', en: 'structure' },
  painting: { zh: '涂装', en: 'painting' },
  asphalt: { zh: '沥青摊铺', en: 'asphalt paving' },
  'road-marking': { zh: '道路划线', en: 'road marking' },
};
