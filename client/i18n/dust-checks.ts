import { defineMessages } from './define-messages.ts';

/**
 * The 路检路查 section of the 车辆扬尘 view (task 16): the checks' summary for a period, the recent checks, the
 * check form, and the repair shops with their inspections.
 *
 * @example
 * dustChecksMessages('zh').totals(120, 12, '10.0%'); // '检查 120 辆次，发现问题 12 辆次，查处率 10.0%'
 */
export const dustChecksMessages = defineMessages({
  title: { zh: '路检路查（柴油货车联合执法）', en: 'Roadside and OBD checks (joint enforcement)' },
  periodFrom: { zh: '起', en: 'From' },
  periodTo: { zh: '止', en: 'To' },
  totals: {
    zh: (checks: number, hits: number, rate: string) => `检查 ${checks} 辆次，发现问题 ${hits} 辆次，查处率 ${rate}`,
    en: (checks: number, hits: number, rate: string) => `${checks} checks, ${hits} with a problem, hit rate ${rate}`,
  },
  noRate: { zh: '—', en: '—' },
  byCheckpoint: { zh: '按检查点', en: 'By checkpoint' },
  byProblem: { zh: '按问题类型', en: 'By problem' },
  byOutcome: { zh: '按处理结果', en: 'By outcome' },
  byStage: { zh: '按排放阶段', en: 'By emission stage' },
  unknownStage: { zh: '未记录', en: 'not recorded' },
  stageCounts: {
    zh: (checks: number, hits: number, rate: string) => `检查 ${checks}，问题 ${hits}（${rate}）`,
    en: (checks: number, hits: number, rate: string) => `${checks} checks, ${hits} hits (${rate})`,
  },
  colCheckpoint: { zh: '检查点', en: 'Checkpoint' },
  colChecks: { zh: '检查（辆次）', en: 'Checks' },
  colHits: { zh: '发现问题', en: 'Hits' },
  colRate: { zh: '查处率', en: 'Hit rate' },
  colCount: { zh: '辆次', en: 'Count' },
  recentTitle: { zh: '最近检查记录', en: 'Recent checks' },
  filterPlate: { zh: '号牌', en: 'Plate' },
  filterHitsOnly: { zh: '只看发现问题的', en: 'Problems only' },
  listCount: {
    zh: (shown: number, total: number) => `显示 ${shown} 条，共 ${total} 条`,
    en: (shown: number, total: number) => `${shown} of ${total} shown`,
  },
  noChecks: { zh: '所选时段没有检查记录', en: 'No checks in the period' },
  passed: { zh: '未发现问题', en: 'no problem' },
  notRegistered: { zh: '（非本地登记车辆）', en: ' (not in the register)' },
  separator: { zh: '、', en: ', ' },
  // the check form
  formTitle: { zh: '记录路检路查', en: 'Record a roadside check' },
  formCheckpoint: { zh: '检查点', en: 'Checkpoint' },
  formAt: { zh: '检查时间', en: 'Time' },
  formPlate: { zh: '号牌号码', en: 'Plate' },
  formPlateHint: { zh: '如 晋H12345；新能源 6 位，如 晋HD12345', en: 'e.g. 晋H12345; new energy 6 characters' },
  formFuel: { zh: '燃料（登记车辆可不填）', en: 'Fuel (optional for registered vehicles)' },
  formStage: { zh: '排放阶段（登记车辆可不填）', en: 'Emission stage (optional for registered vehicles)' },
  formFromRegister: { zh: '按登记信息', en: 'from the register' },
  formDevices: { zh: '污染控制装置', en: 'Pollution-control devices' },
  formObd: { zh: 'OBD 检查', en: 'OBD' },
  formTest: { zh: '尾气检测', en: 'Emission test' },
  formMethod: { zh: '检测方法', en: 'Method' },
  formValue: { zh: '检测值（光吸收系数 m⁻¹）', en: 'Value (light absorption, m⁻¹)' },
  formOutcome: { zh: '处理结果', en: 'Outcome' },
  formAgencies: { zh: '参加执法部门', en: 'Agencies present' },
  formNote: { zh: '备注', en: 'Note' },
  formSave: { zh: '保存检查记录', en: 'Save check' },
  formSaving: { zh: '正在保存…', en: 'Saving…' },
  formSaved: { zh: '检查记录已保存', en: 'Check saved' },
  formFailed: { zh: (text: string) => `保存失败：${text}`, en: (text: string) => `Could not save: ${text}` },
  // repair shops
  shopsTitle: { zh: '机动车维修机构', en: 'Vehicle repair shops' },
  shopsSummary: {
    zh: (total: number, open: number, never: number) => `共 ${total} 家，${open} 家拆改问题未整改，${never} 家从未检查`,
    en: (total: number, open: number, never: number) =>
      `${total} shops, ${open} with an open removal or tampering finding, ${never} never inspected`,
  },
  shopNever: { zh: '从未检查', en: 'never inspected' },
  shopLast: {
    zh: (date: string, outcome: string) => `最近检查 ${date}（${outcome}）`,
    en: (date: string, outcome: string) => `inspected ${date} (${outcome})`,
  },
  shopOpen: { zh: '拆改或篡改未整改', en: 'open finding' },
  shopRectified: { zh: (date: string) => `已于 ${date} 整改`, en: (date: string) => `rectified ${date}` },
  shopPick: { zh: '在上表中选择一家维修机构以记录检查', en: 'Pick a shop above to record an inspection' },
  inspectionTitle: {
    zh: (name: string) => `记录检查：${name}`,
    en: (name: string) => `Record an inspection: ${name}`,
  },
  inspectionDate: { zh: '检查日期', en: 'Date' },
  inspectionRemoval: { zh: '发现拆除改装尾气净化装置', en: 'After-treatment removed or modified' },
  inspectionTampering: { zh: '发现修改破坏 OBD 数据', en: 'OBD data tampered with' },
  inspectionLedger: { zh: '维修台账齐全', en: 'Repair ledger complete' },
  inspectionRectified: { zh: '整改日期（已整改时填写）', en: 'Rectified on (when done)' },
  rectifyButton: { zh: '登记整改完成', en: 'Record rectification' },
});
