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
    zh: '逾期 = 时限已过且未完成。初始进度为演示数据。',
    en: 'Overdue = a deadline passed and the task is not done. Initial statuses are demo data.',
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
