/**
 * Road-dust enums (issue 16, tasks 11 and 12): road classes and cleaning kinds. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const roadClasses = ['arterial', 'secondary', 'branch', 'other'] as const;
export type RoadClass = (typeof roadClasses)[number];

/**
 * @example
 * roadClassLabels.arterial.zh; // '主干路'
 */
export const roadClassLabels: Labels<RoadClass> = {
  arterial: { zh: '主干路', en: 'arterial road' },
  secondary: { zh: '次干路', en: 'secondary road' },
  branch: { zh: '支路', en: 'branch road' },
  other: { zh: '其他道路', en: 'other road' },
};

export const cleaningKinds = ['wet-sweep', 'wash', 'dry-sweep', 'manual'] as const;
export type CleaningKind = (typeof cleaningKinds)[number];

/**
 * @example
 * cleaningKindLabels['wet-sweep'].zh; // '吸尘式机械化湿扫'
 */
export const cleaningKindLabels: Labels<CleaningKind> = {
  'wet-sweep': { zh: '吸尘式机械化湿扫', en: 'mechanised wet sweeping' },
  wash: { zh: '冲洗', en: 'washing' },
  'dry-sweep': { zh: '机械干扫', en: 'mechanised dry sweeping' },
  manual: { zh: '人工清扫', en: 'manual sweeping' },
};

export const cleaningOrigins = ['gps', 'log'] as const;
export type CleaningOrigin = (typeof cleaningOrigins)[number];

/**
 * @example
 * cleaningOriginLabels.gps.zh; // '作业车辆轨迹'
 */
export const cleaningOriginLabels: Labels<CleaningOrigin> = {
  gps: { zh: '作业车辆轨迹', en: 'vehicle track' },
  log: { zh: '作业台账', en: 'work log' },
};
