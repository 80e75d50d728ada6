import { defineMessages } from './define-messages.ts';

/**
 * The 任务 view's messages: the task tracker's headings, fields, actions and history lines.
 *
 * @example
 * tasksMessages('zh').relatedAlerts(2); // '2 条相关告警'
 */
export const tasksMessages = defineMessages({
  loading: { zh: '正在加载…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  loadFailed: {
    zh: (text: string) => `任务加载失败：${text}`,
    en: (text: string) => `Could not load the tasks: ${text}`,
  },
  title: { zh: (at: string) => `重点任务（截至 ${at}）`, en: (at: string) => `Key tasks (as of ${at})` },
  lead: {
    zh:
      '逾期 = 时限已过且未完成；未按期（力争）= 规划“力争”完成的日期已过且未完成，不属逾期。' +
      '规则仍报告未办结告警时设为已完成，须填写冲突说明。初始进度为演示数据。',
    en:
      'Overdue = a deadline passed and the task is not done; missed (strive for) = a date the plan only strives for ' +
      '(力争) passed, which is not overdue. Setting done while the rules still report open alerts needs a note. ' +
      'Initial statuses are demo data.',
  },
  requirement: { zh: '任务要求', en: 'Requirement' },
  requirementOriginal: {
    zh: '（规划原文）',
    en: ' (the plan’s Chinese text)',
  },
  leadUnits: { zh: '牵头单位', en: 'Lead' },
  cooperatingUnits: { zh: '配合单位', en: 'Cooperating' },
  responsibleUnits: { zh: '责任单位', en: 'Responsible' },
  units: {
    zh: (label: string, list: string) => `${label}：${list}`,
    en: (label: string, list: string) => `${label}: ${list}`,
  },
  listSeparator: { zh: '、', en: ', ' },
  deadline: {
    zh: (date: string, quote: string) => `时限 ${date}：${quote}`,
    en: (date: string, quote: string) => `Deadline ${date}: ${quote}`,
  },
  schedule: {
    zh: (window: string, quote: string) => `管控时段 ${window}：${quote}`,
    en: (window: string, quote: string) => `Control window ${window}: ${quote}`,
  },
  period: {
    zh: (days: string, quote: string) => `期间 ${days}：${quote}`,
    en: (days: string, quote: string) => `Period ${days}: ${quote}`,
  },
  conflict: {
    zh: (rules: string) => `与规则结果冲突：${rules}`,
    en: (rules: string) => `In conflict with the rules: ${rules}`,
  },
  conflictRule: {
    zh: (rule: string, n: number) => `${rule} ${n} 项未办结`,
    en: (rule: string, n: number) => `${rule}: ${n} open`,
  },
  conflictNoteNeeded: {
    zh: (n: number, min: number) => `规则仍报告 ${n} 项未办结告警：设为已完成须填写冲突说明（至少 ${min} 个字）。`,
    en: (n: number, min: number) =>
      `The rules still report ${n} open ${n === 1 ? 'alert' : 'alerts'}: ` +
      `setting done needs a note (at least ${min} characters).`,
  },
  conflictNote: { zh: '冲突说明', en: 'note on the conflict' },
  conflictNoteLine: {
    zh: (note: string) => `冲突说明：${note}`,
    en: (note: string) => `note on the conflict: ${note}`,
  },
  relatedAlerts: {
    zh: (n: number) => `${n} 条相关告警`,
    en: (n: number) => `${n} related ${n === 1 ? 'alert' : 'alerts'}`,
  },
  noAlerts: { zh: '当前无相关告警', en: 'no alerts now' },
  status: { zh: '状态', en: 'Status' },
  progressNote: { zh: '进展说明', en: 'progress note' },
  save: { zh: '保存', en: 'Save' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saveFailed: { zh: (text: string) => `保存失败：${text}`, en: (text: string) => `Could not save: ${text}` },
  history: { zh: '更新记录', en: 'Updates' },
});
