import { defineMessages } from './define-messages.ts';

/**
 * The 渣土车 section's messages (issue 16, task 11): the violations of the window, the spill reports, the track and
 * the spill report form.
 *
 * @example
 * dustMuckMessages('zh').violationsTitle; // '渣土车违规（近 24 小时）'
 */
export const dustMuckMessages = defineMessages({
  violationsTitle: { zh: '渣土车违规（近 24 小时）', en: 'Muck-truck violations (last 24 h)' },
  noViolations: { zh: '时段内没有违规', en: 'No violations in the window' },
  colKind: { zh: '类型', en: 'Kind' },
  colTruck: { zh: '车辆', en: 'Truck' },
  colTime: { zh: '时间', en: 'Time' },
  colPlace: { zh: '地点', en: 'Place' },
  showTrack: { zh: '查看轨迹', en: 'Show track' },
  trackTitle: {
    zh: (plate: string) => `${plate} 的轨迹`,
    en: (plate: string) => `Track of ${plate}`,
  },
  trackSummary: {
    zh: (fixes: number, violations: number) => `${fixes} 个定位点，${violations} 处违规`,
    en: (fixes: number, violations: number) => `${fixes} fixes, ${violations} violation(s)`,
  },
  noPermit: { zh: '无有效准运证', en: 'No valid permit' },
  permitLine: {
    zh: (id: string, hours: string, buffer: number) => `准运证 ${id}：核准时段 ${hours}，路线缓冲 ${buffer} 米`,
    en: (id: string, hours: string, buffer: number) => `Permit ${id}: hours ${hours}, route buffer ${buffer} m`,
  },
  clearTrack: { zh: '关闭轨迹', en: 'Close track' },
  spillsTitle: { zh: '沿途抛洒报告', en: 'Spill reports' },
  noSpills: { zh: '暂无抛洒报告', en: 'No spill reports' },
  unknownTruck: { zh: '车辆未知', en: 'truck unknown' },
  formTitle: { zh: '登记沿途抛洒', en: 'Record a spill' },
  formLon: { zh: '经度', en: 'Longitude' },
  formLat: { zh: '纬度', en: 'Latitude' },
  formPlate: { zh: '号牌（选填）', en: 'Plate (optional)' },
  formReporter: { zh: '来源', en: 'Reported by' },
  formDescription: { zh: '情况描述', en: 'Description' },
  formSave: { zh: '提交', en: 'Submit' },
  formSaving: { zh: '正在提交…', en: 'Submitting…' },
  formSaved: { zh: '已登记', en: 'Recorded' },
  formFailed: {
    zh: (text: string) => `登记失败：${text}`,
    en: (text: string) => `Could not record: ${text}`,
  },
  formBadPosition: { zh: '请填写有效的经纬度', en: 'Enter a valid longitude and latitude' },
});
