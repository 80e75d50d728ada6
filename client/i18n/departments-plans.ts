import { defineMessages } from './define-messages.ts';

/**
 * The 年度计划 tab's messages: the departments' annual plan items (S3), their filters, progress editing and the new
 * item form.
 *
 * @example
 * departmentsPlansMessages('zh').onlyOverdue; // '只看逾期'
 */
export const departmentsPlansMessages = defineMessages({
  intro: {
    zh: '各部门将大气污染防治重点工作纳入本部门年度计划（S3）。',
    en: 'Each department puts its air-pollution work into its annual plan (S3).',
  },
  department: { zh: '部门', en: 'Department' },
  allDepartments: { zh: '全部部门', en: 'All departments' },
  year: { zh: '年度', en: 'Year' },
  status: { zh: '状态', en: 'Status' },
  allStatuses: { zh: '全部状态', en: 'All statuses' },
  onlyOverdue: { zh: '只看逾期', en: 'Overdue only' },
  title: { zh: '事项', en: 'Item' },
  task: { zh: '任务', en: 'Task' },
  dueOn: { zh: '期限', en: 'Due' },
  progress: { zh: '进度', en: 'Progress' },
  overdue: { zh: '逾期', en: 'overdue' },
  none: { zh: '没有符合条件的计划事项。', en: 'No plan items match.' },
  total: {
    zh: (n: number, done: number, overdue: number) => `共 ${n} 项，已完成 ${done} 项，逾期 ${overdue} 项`,
    en: (n: number, done: number, overdue: number) => `${n} items, ${done} done, ${overdue} overdue`,
  },
  save: { zh: '保存', en: 'Save' },
  saved: { zh: '已保存。', en: 'Saved.' },
  failed: { zh: (text: string) => `保存失败：${text}`, en: (text: string) => `Could not save: ${text}` },
  progressRange: { zh: '进度须为 0–100 的整数。', en: 'Progress must be a whole number from 0 to 100.' },
  newItem: { zh: '新增计划事项', en: 'New plan item' },
  create: { zh: '新增', en: 'Add' },
  titleRequired: { zh: '请填写事项名称和期限。', en: 'Give the item a title and a due date.' },
  noTask: { zh: '不对应任务', en: 'no task' },
});
