/**
 * Enterprise statuses: performance grade (绩效分级), ultra-low-emission retrofit, rail spur, gate
 * system, operation. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const performanceGrades = ['A', 'B', 'C', 'D'] as const;
export type PerformanceGrade = (typeof performanceGrades)[number];

/**
 * @example
 * performanceGradeLabels.A.zh; // 'A级'
 */
export const performanceGradeLabels: Labels<PerformanceGrade> = {
  A: { zh: 'A级', en: 'A' },
  B: { zh: 'B级', en: 'B' },
  C: { zh: 'C级', en: 'C' },
  D: { zh: 'D级', en: 'D' },
};

/**
 * Ultra-low-emission retrofit (task 3): `monitoring-done` = the assessment monitoring is finished and
 * acceptance is pending (task 3's deadline is for 「评估监测工作」, so it counts as done on time).
 */
export const uleStatuses = [
  'not-applicable',
  'not-started',
  'in-progress',
  'assessment',
  'monitoring-done',
  'accepted',
] as const;
export type UleStatus = (typeof uleStatuses)[number];

/**
 * @example
 * uleStatusLabels.accepted.zh; // '已验收'
 */
export const uleStatusLabels: Labels<UleStatus> = {
  'not-applicable': { zh: '不适用', en: 'not applicable' },
  'not-started': { zh: '未启动', en: 'not started' },
  'in-progress': { zh: '改造中', en: 'retrofit under way' },
  assessment: { zh: '评估监测中', en: 'assessment monitoring' },
  'monitoring-done': { zh: '评估监测完成、待验收', en: 'monitoring done, acceptance pending' },
  accepted: { zh: '已验收', en: 'accepted' },
};

/** Result of the last emission test (监督性监测, task 3: 「污染物排放稳定达到排放标准」). */
export const emissionTestResults = ['pass', 'fail'] as const;
export type EmissionTestResult = (typeof emissionTestResults)[number];

/**
 * @example
 * emissionTestResultLabels.fail.zh; // '超标'
 */
export const emissionTestResultLabels: Labels<EmissionTestResult> = {
  pass: { zh: '达标', en: 'within standard' },
  fail: { zh: '超标', en: 'above standard' },
};

export const railSpurStatuses = ['none', 'planned', 'under-construction', 'operating'] as const;
export type RailSpurStatus = (typeof railSpurStatuses)[number];

/**
 * @example
 * railSpurStatusLabels.none.zh; // '无'
 */
export const railSpurStatusLabels: Labels<RailSpurStatus> = {
  none: { zh: '无', en: 'none' },
  planned: { zh: '规划中', en: 'planned' },
  'under-construction': { zh: '在建', en: 'under construction' },
  operating: { zh: '已建成', en: 'in service' },
};
export const gateSystemStatuses = ['none', 'installed', 'networked'] as const;
export const operatingStatuses = ['operating', 'suspended', 'relocating', 'closed'] as const;
export type OperatingStatus = (typeof operatingStatuses)[number];

/**
 * @example
 * operatingStatusLabels.suspended.zh; // '停产'
 */
export const operatingStatusLabels: Labels<OperatingStatus> = {
  operating: { zh: '在产', en: 'operating' },
  suspended: { zh: '停产', en: 'suspended' },
  relocating: { zh: '搬迁', en: 'relocating' },
  closed: { zh: '关停', en: 'closed' },
};
