import { defineMessages } from './define-messages.ts';

/**
 * The 道路保洁 section's messages (issue 16, tasks 11 and 12): the cleaning schedule, the cleaning form and the
 * road-dust loads.
 *
 * @example
 * dustRoadsMessages('zh').scheduleTitle; // '主要市政道路清扫保洁'
 */
export const dustRoadsMessages = defineMessages({
  scheduleTitle: { zh: '主要市政道路清扫保洁', en: 'Cleaning of the main municipal roads' },
  summary: {
    zh: (behind: number, total: number, km: string) => `${total} 个路段中 ${behind} 个未达频次（共 ${km} km）`,
    en: (behind: number, total: number, km: string) => `${behind} of ${total} segments behind schedule (${km} km)`,
  },
  colSegment: { zh: '路段', en: 'Segment' },
  colClass: { zh: '等级', en: 'Class' },
  colStandard: { zh: '标准', en: 'Standard' },
  colLastSweep: { zh: '上次湿扫', en: 'Last wet sweep' },
  colLastWash: { zh: '上次冲洗', en: 'Last wash' },
  colOverdue: { zh: '逾期', en: 'Overdue' },
  standard: {
    zh: (sweep: number, wash: number | null) => `湿扫每 ${sweep} 小时${wash === null ? '' : `，冲洗每 ${wash} 小时`}`,
    en: (sweep: number, wash: number | null) =>
      `sweep every ${sweep} h${wash === null ? '' : `, wash every ${wash} h`}`,
  },
  noStandard: { zh: '无标准', en: 'no standard' },
  never: { zh: '无记录', en: 'none' },
  overdueHours: { zh: (h: number) => `${h} 小时`, en: (h: number) => `${h} h` },
  overdueNever: { zh: '从未清扫', en: 'never cleaned' },
  onSchedule: { zh: '按时', en: 'on schedule' },
  behindBadge: { zh: '未达频次', en: 'behind' },
  byMaintainerTitle: { zh: '按保洁单位（未达频次里程）', en: 'By maintainer (km behind schedule)' },
  colMaintainer: { zh: '保洁单位', en: 'Maintainer' },
  colKmBehind: { zh: '滞后里程', en: 'Behind' },
  kmOf: {
    zh: (behind: string, total: string) => `${behind} / ${total} km`,
    en: (b: string, t: string) => `${b} / ${t} km`,
  },
  convention: {
    zh: '标准：本系统所存的清扫保洁标准（默认值为本系统约定，CJJ/T 126-2022 未规定机扫频次）；恰好满一个间隔不算滞后。',
    en:
      'Standard: the cleaning standard held in the console (default: a console convention; ' +
      'CJJ/T 126-2022 sets no pass frequency); exactly one interval is on schedule.',
  },
  formTitle: { zh: (name: string) => `登记清扫作业：${name}`, en: (name: string) => `Record a cleaning: ${name}` },
  formPick: { zh: '选择一个路段以登记清扫作业。', en: 'Select a segment to record a cleaning.' },
  formKind: { zh: '作业方式', en: 'Kind' },
  formAt: { zh: '作业时间（北京时间）', en: 'Time (China Standard Time)' },
  formPlate: { zh: '作业车辆号牌（可选）', en: 'Vehicle plate (optional)' },
  formSave: { zh: '保存', en: 'Save' },
  formSaving: { zh: '正在保存…', en: 'Saving…' },
  formSaved: { zh: '已登记。', en: 'Recorded.' },
  formFailed: { zh: (text: string) => `未能保存：${text}`, en: (text: string) => `Could not save: ${text}` },
  loadsTitle: { zh: '道路积尘负荷', en: 'Road-dust loads' },
  loadsLimit: {
    zh: (limit: string) => `高于 ${limit} g/m² 标红（阈值为本系统约定，国家未规定限值）`,
    en: (limit: string) => `Above ${limit} g/m² in red (a console convention: no national limit exists)`,
  },
  colMeasuredOn: { zh: '测定日期', en: 'Measured on' },
  colLoad: { zh: '积尘负荷', en: 'Load' },
  high: { zh: '偏高', en: 'high' },
  noLoads: { zh: '没有积尘负荷测定记录。', en: 'No road-dust load on record.' },
});
