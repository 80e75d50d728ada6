/**
 * Muck-truck enums (渣土车, issue 16, task 11): fuels and stages of the trucks, disposal-site kinds, spill
 * reporters and statuses. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const muckTruckFuels = ['diesel', 'gas', 'electric', 'hydrogen', 'methanol', 'hybrid'] as const;
export type MuckTruckFuel = (typeof muckTruckFuels)[number];

export const muckTruckStages = ['III', 'IV', 'V', 'VI', 'new-energy'] as const;
export type MuckTruckStage = (typeof muckTruckStages)[number];

export const disposalSiteKinds = ['disposal', 'recycling', 'transfer'] as const;
export type DisposalSiteKind = (typeof disposalSiteKinds)[number];

/**
 * @example
 * disposalSiteKindLabels.disposal.zh; // '建筑垃圾消纳场'
 */
export const disposalSiteKindLabels: Labels<DisposalSiteKind> = {
  disposal: { zh: '建筑垃圾消纳场', en: 'disposal site' },
  recycling: { zh: '资源化利用厂', en: 'recycling plant' },
  transfer: { zh: '中转调配场', en: 'transfer yard' },
};

export const spillReporters = ['inspector', 'public'] as const;
export type SpillReporter = (typeof spillReporters)[number];

/**
 * @example
 * spillReporterLabels.public.zh; // '群众举报'
 */
export const spillReporterLabels: Labels<SpillReporter> = {
  inspector: { zh: '巡查发现', en: 'found by an inspector' },
  public: { zh: '群众举报', en: 'reported by the public' },
};

export const spillStatuses = ['open', 'cleaned', 'penalized'] as const;
export type SpillStatus = (typeof spillStatuses)[number];

/**
 * @example
 * spillStatusLabels.cleaned.zh; // '已清理'
 */
export const spillStatusLabels: Labels<SpillStatus> = {
  open: { zh: '待处置', en: 'open' },
  cleaned: { zh: '已清理', en: 'cleaned up' },
  penalized: { zh: '已处罚', en: 'penalized' },
};

/** The kinds of muck-truck violation (each its own rule, task 11). */
export const muckViolationKinds = ['off-route', 'out-of-hours', 'illegal-dumping', 'spill'] as const;
export type MuckViolationKind = (typeof muckViolationKinds)[number];

/**
 * @example
 * muckViolationKindLabels['off-route'].zh; // '未按规定路线行驶'
 */
export const muckViolationKindLabels: Labels<MuckViolationKind> = {
  'off-route': { zh: '未按规定路线行驶', en: 'off the approved route' },
  'out-of-hours': { zh: '未按规定时间行驶', en: 'outside the approved hours' },
  'illegal-dumping': { zh: '疑似随意倾倒', en: 'suspected illegal dumping' },
  spill: { zh: '沿途抛洒', en: 'spill along the way' },
};
