/**
 * Chinese header labels of the map layers' feature properties, for CSV exports. English headers
 * are the property keys themselves (as `/api/layers/:id` names them), so an English file can be
 * matched against the API one to one. A key missing here falls back to the key in both languages.
 *
 * @module
 */
import type { BilingualLabel } from './to-csv.ts';
import { DUSTFALL_LIMIT } from '../schema/plan-targets.ts';

/** Chinese label per property key (units in brackets where the value has one). */
const zhLabels: Record<string, string> = {
  id: '编号',
  code: '代码',
  code12: '12位代码',
  name: '名称',
  nameEn: '英文名称',
  kind: '类型',
  seat: '驻地坐标',
  areaKm2: '面积(km²)',
  areaM2: '面积(m²)',
  provenance: '数据来源性质',
  source: '来源',
  township: '乡镇代码',
  townshipName: '乡镇',
  heatingStatus: '清洁取暖状态',
  retrofitType: '改造类型',
  retrofitYear: '改造年份',
  households: '户数',
  stableOperation: '稳定运行',
  retrofitInProgress: '改造中',
  reburnReports: '散煤复烧线索数',
  lastReburnReport: '最近复烧线索日期',
  industry: '行业',
  industryGroup: '行业组',
  operatingStatus: '生产状态',
  grade: '绩效分级',
  uleStatus: '超低排放改造状态',
  uleDue: '超低排放改造时限',
  treatmentProcesses: '治理工艺',
  vocEmitter: '涉VOCs',
  vocWaterSoluble: '挥发性有机物是否水溶性',
  vocChecklist: 'VOCs治理环节',
  vocGaps: 'VOCs治理短板数',
  activatedCarbon: '活性炭吸附',
  carbonReplacedOn: '活性炭更换日期',
  annualFreightT: '年货运量(t)',
  railSpur: '铁路专用线',
  keyVehicleUnit: '重点用车单位',
  gateSystem: '门禁系统',
  planTask: '规划任务号',
  planRequirement: '规划要求编号',
  emissionTestOn: '最近监测日期',
  emissionTestResult: '最近监测结果',
  kilnsBoilers: '炉窑锅炉',
  startDate: '开工日期',
  endDate: '竣工日期',
  active: '在施',
  contractor: '施工单位',
  activities: '施工内容',
  lastInspection: '最近检查',
  compliant: '六个百分百达标',
  failedChecks: '未达标项',
  minStage: '最低排放阶段',
  effectiveFrom: '生效日期',
  bannedMachinesInside: '区内禁用机械',
  type: '机械类型',
  emissionStage: '排放阶段',
  registrationCode: '编码登记号',
  smokeTest: '黑烟检测',
  smokeTestedOn: '检测日期',
  owner: '所有人',
  exemptUse: '豁免用途',
  banned: '禁用',
  banReasons: '禁用原因',
  positionTs: '定位时间',
  status: '状态',
  stoppedOn: '停运日期',
  latest: '最新读数',
  aqi: 'AQI',
  readingsProvenance: '读数来源性质',
  month: '月份',
  value: '降尘量(t/(km²·month))',
  exceeds: `超标(>${DUSTFALL_LIMIT})`,
  reportedOn: '举报日期',
  closedOn: '办结日期',
  problems: '规则命中',
};

/** The header of a property column: the Chinese label and, in English, the key. */
export function propertyLabel(key: string): BilingualLabel {
  return { zh: zhLabels[key] ?? key, en: key };
}
