/**
 * The status of one of the plan's 17 tasks as the tracker records it. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const taskStatuses = ['not-started', 'in-progress', 'done', 'overdue'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/**
 * @example
 * taskStatusLabels['in-progress'].zh; // '推进中'
 */
export const taskStatusLabels: Labels<TaskStatus> = {
  'not-started': { zh: '未开始', en: 'not started' },
  'in-progress': { zh: '推进中', en: 'in progress' },
  done: { zh: '已完成', en: 'done' },
  overdue: { zh: '已逾期', en: 'overdue' },
};
