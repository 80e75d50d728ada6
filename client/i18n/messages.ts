import type { Language } from '../state/app-state.ts';
import { DUSTFALL_LIMIT } from '../../server/schema/plan-targets.ts';
import { defineMessages } from './define-messages.ts';

/**
 * The console frame's strings (top bar, rail, legend, filters, drawer), Chinese and English side by side. Enum labels
 * (industries, statuses…) live beside their schemas in server/schema/; each view has its own catalogue beside this one.
 */
export const consoleMessages = defineMessages({
  appTitle: { zh: '蓝天 · 忻府区大气环境监管', en: 'Lantian · Xinfu District air-quality supervision' },
  badgeApproximate: { zh: '示意边界', en: 'Approximate boundaries' },
  badgeSynthetic: { zh: '演示数据', en: 'demo data' },
  demoBanner: {
    zh:
      '演示模式：演示账号 official / analyst / inspector / duty / admin，密码均为 lantian-demo；' +
      '企业、工地、读数等为合成数据，正式使用请以 --no-demo 新建数据库',
    en:
      'Demo mode: demo accounts official / analyst / inspector / duty / admin, password lantian-demo; ' +
      'enterprises, sites and readings are synthetic. For real use create a database with --no-demo',
  },
  demoBadgeTitle: {
    zh: '乡镇边界为依据近似驻地推算的示意范围；企业、工地、机械、读数等为合成演示数据',
    en:
      'Township boundaries are approximate (derived from estimated seats); ' +
      'enterprises, sites, machines and readings are synthetic demo data',
  },
  asOf: { zh: '截至', en: 'As of' },
  viewOverview: { zh: '总览', en: 'Overview' },
  viewLayers: { zh: '图层', en: 'Layers' },
  viewAnalysis: { zh: '分析', en: 'Analysis' },
  viewAir: { zh: '空气质量', en: 'Air quality' },
  viewAlerts: { zh: '告警', en: 'Alerts' },
  viewEmergency: { zh: '应急', en: 'Emergency' },
  viewDust: { zh: '车辆扬尘', en: 'Vehicles & dust' },
  viewEnforcement: { zh: '执法', en: 'Enforcement' },
  viewDepartments: { zh: '部门', en: 'Departments' },
  viewLedgers: { zh: '台账', en: 'Ledgers' },
  viewRoutes: { zh: '巡查', en: 'Inspections' },
  viewTasks: { zh: '任务', en: 'Tasks' },
  viewPlan: { zh: '计划', en: 'Plan' },
  viewData: { zh: '数据', en: 'Data' },
  comingSoon: { zh: '即将上线', en: 'coming soon' },
  layers: { zh: '图层与图例', en: 'Layers and legend' },
  filters: { zh: '筛选', en: 'Filters' },
  township: { zh: '乡镇（街道）', en: 'Township' },
  allTownships: { zh: '全区', en: 'Whole district' },
  industry: { zh: '行业', en: 'Industry' },
  grade: { zh: '绩效分级', en: 'Performance grade' },
  provenance: { zh: '数据来源', en: 'Provenance' },
  problemsOnly: {
    zh: '只看问题（规则命中；各规则依据见详情，空气站点无规则）',
    en: "Problems only (hit by a rule; each rule's basis in the details; no rule covers stations)",
  },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  search: { zh: '搜索名称或代码…', en: 'Search name or code…' },
  searchNoResult: { zh: '无匹配结果', en: 'No match' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  loadFailed: { zh: '数据加载失败', en: 'Could not load data' },
  retry: { zh: '重试', en: 'Retry' },
  targets: { zh: '目标', en: 'Targets' },
  tasks: { zh: '重点任务', en: 'Key tasks' },
  leadUnits: { zh: '牵头单位', en: 'Lead units' },
  cooperatingUnits: { zh: '配合单位', en: 'Cooperating units' },
  responsibleUnits: { zh: '责任单位', en: 'Responsible units' },
  deadline: { zh: '时限', en: 'Deadline' },
  noDeadline: { zh: '全年', en: 'all year' },
  status: { zh: '状态', en: 'Status' },
  statusSynthetic: { zh: '任务进度为演示数据', en: 'Task progress is demo data' },
  tasksInConflict: { zh: '已完成但与规则结果冲突', en: 'done but in conflict with the rules' },
  close: { zh: '关闭', en: 'Close' },
  details: { zh: '详情', en: 'Details' },
  provenanceLabel: { zh: '来源', en: 'Provenance' },
  relatedTasks: { zh: '相关任务', en: 'Related tasks' },
  showTownship: { zh: '查看所在乡镇', en: 'Show its township' },
  settings: { zh: '设置', en: 'Settings' },
  basemap: { zh: '底图', en: 'Basemap' },
  basemapOffline: { zh: '离线底图（本地数据）', en: 'Offline basemap (local data)' },
  basemapOsm: { zh: 'OpenStreetMap（在线）', en: 'OpenStreetMap (online)' },
  basemapTdtVec: { zh: '天地图矢量（在线，需密钥）', en: 'Tianditu vector (online, token)' },
  basemapTdtImg: { zh: '天地图影像（在线，需密钥）', en: 'Tianditu imagery (online, token)' },
  tdtToken: { zh: '天地图密钥', en: 'Tianditu token' },
  language: { zh: 'English', en: '中文' },
  visible: { zh: '显示', en: 'Visible' },
  count: { zh: '数量', en: 'Count' },
  noData: { zh: '无数据', en: 'No data' },
  copied: { zh: '链接已复制', en: 'Link copied' },
  shareLink: { zh: '复制链接', en: 'Copy link' },
  legendProvisional: { zh: '示意边界（虚线）', en: 'approximate boundary (dashed)' },
  legendSurveyed: { zh: '实测边界（已导入，实线）', en: 'surveyed boundary (imported, solid)' },
  zoneWithBanned: { zh: '区内有禁用机械', en: 'banned machine inside' },
  zone: { zh: '控制区', en: 'control zone' },
  bannedMachine: { zh: '禁用机械（×）', en: 'banned machine (×)' },
  allowedMachine: { zh: '合规机械', en: 'compliant machine' },
  below7: { zh: `≤ ${DUSTFALL_LIMIT} 吨/(平方公里·月)`, en: `≤ ${DUSTFALL_LIMIT} t/(km²·month)` },
  above7: { zh: `> ${DUSTFALL_LIMIT} 吨/(平方公里·月)`, en: `> ${DUSTFALL_LIMIT} t/(km²·month)` },
  never: { zh: '未检查', en: 'not inspected' },
  siteOk: { zh: '六个百分百均达标', en: 'all six 100% met' },
  siteFail: { zh: '有未达标项', en: 'a check failed' },
  fuelPoint: { zh: '非标油品线索', en: 'illegal fuel report' },
  // issue 16 legend: built-up area, vehicles, checkpoints, repair shops, muck trucks, roads, stockyards
  builtUpProvisional: { zh: '城市建成区（示意范围，虚线）', en: 'urban built-up area (provisional, dashed)' },
  builtUpImported: { zh: '城市建成区（已导入，实线）', en: 'urban built-up area (imported, solid)' },
  provisionalMark: { zh: '（示意）', en: ' (provisional)' },
  vehicleOld: { zh: '国四及以下', en: 'China IV or older' },
  vehicleModern: { zh: '国五、国六', en: 'China V or VI' },
  vehicleNewEnergy: { zh: '新能源', en: 'new energy' },
  vehicleRetired: { zh: '已报废、注销或转出', en: 'scrapped, deregistered or transferred out' },
  ruleHitCross: { zh: '规则命中（×）', en: 'hit by a rule (×)' },
  checkpointHigh: { zh: '近30日命中率 ≥ 20%（图标随命中率增大）', en: 'hit rate ≥ 20% in 30 days (larger with it)' },
  checkpointLow: { zh: '近30日命中率 < 20%', en: 'hit rate < 20% in 30 days' },
  checkpointIdle: { zh: '近30日无检查', en: 'no checks in 30 days' },
  repairOpenFinding: { zh: '拆除后处理或篡改OBD未整改（×）', en: 'removed after-treatment or OBD tampering open (×)' },
  repairClear: { zh: '最近检查未发现问题或已整改', en: 'latest inspection clear or rectified' },
  muckWithPermit: { zh: '有有效准运证', en: 'valid permit' },
  muckNoPermit: { zh: '无有效准运证', en: 'no valid permit' },
  muckViolation: { zh: '有违规（×，规则命中）', en: 'violation (×, rule hit)' },
  roadBehind: { zh: '清扫滞后（红，加粗）', en: 'behind its cleaning schedule (red, thick)' },
  roadOnSchedule: { zh: '按规定频次清扫', en: 'cleaned on schedule' },
  roadNoStandard: { zh: '无清扫频次要求（虚线）', en: 'no cleaning standard (dashed)' },
  roadDustHigh: { zh: '积尘负荷超标（橙色描边）', en: 'road-dust load too high (orange casing)' },
  stockyardOk: { zh: '五项措施均到位', en: 'all five controls in place' },
  stockyardFail: { zh: '有措施未到位（×）', en: 'a control missing (×)' },
  checkHit: { zh: '发现问题', en: 'problem found' },
  checkClear: { zh: '未发现问题', en: 'clear' },
  // issue 16 drawer: a muck truck's track
  showTrack: { zh: '查看轨迹', en: 'Show track' },
  hideTrack: { zh: '隐藏轨迹', en: 'Hide track' },
  trackLoading: { zh: '正在加载轨迹…', en: 'Loading the track…' },
  trackFailed: {
    zh: (reason: string) => `轨迹加载失败：${reason}`,
    en: (reason: string) => `Could not load the track: ${reason}`,
  },
  trackSummary: {
    zh: (fixes: number, violations: number, from: string, to: string) =>
      `${from} — ${to}：定位 ${fixes} 个，违规 ${violations} 处`,
    en: (fixes: number, violations: number, from: string, to: string) =>
      `${from} — ${to}: ${fixes} ${fixes === 1 ? 'fix' : 'fixes'}, ` +
      `${violations} ${violations === 1 ? 'violation' : 'violations'}`,
  },
  trackLegendRoute: { zh: '核准路线及容许偏离范围（绿）', en: 'approved route and its buffer (green)' },
  trackLegendPath: { zh: '行驶轨迹（深色）', en: 'driven track (dark)' },
  trackLegendDisposal: { zh: '消纳场所及范围（蓝圈）', en: 'disposal sites and their radius (blue circles)' },
  standardNote: { zh: 'GB 3095-2012 二级', en: 'GB 3095-2012 Class II' },
  planTarget: { zh: '行动计划目标', en: 'plan target' },
  // top bar
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出', en: 'Sign out' },
  mapRegion: { zh: '地图', en: 'Map' },
  cannotReachServer: { zh: '无法连接服务器', en: 'Cannot reach the server' },
  loadFailedWith: {
    zh: (reason: string) => `数据加载失败：${reason}`,
    en: (reason: string) => `Could not load data: ${reason}`,
  },
  // legend
  legend: { zh: '图例', en: 'Legend' },
  noReading: { zh: '无读数', en: 'no reading' },
  aqiBand: {
    zh: (category: string, min: number, max: number | null) =>
      max === null ? `${category}（AQI > ${min - 1}）` : `${category}（AQI ${min}–${max}）`,
    en: (category: string, min: number, max: number | null) =>
      max === null ? `${category} (AQI > ${min - 1})` : `${category} (AQI ${min}–${max})`,
  },
  aqiScaleNote: {
    zh: '站点按 AQI 等级着色（HJ 633-2012）；国控站大圆内数字为 AQI，微站为小圆',
    en: 'Stations in their AQI level colour (HJ 633-2012); national stations large with the AQI, micro-stations small',
  },
  gradeBadge: {
    zh: (grade: string) => `角标字母 ${grade}：绩效${grade}级`,
    en: (grade: string) => `badge letter ${grade}: performance grade ${grade}`,
  },
  scale: { zh: '比例尺', en: 'Scale' },
  // 图层 filters
  townshipCount: {
    zh: (n: number) => (n === 0 ? '全区' : `已选 ${n} 个乡镇`),
    en: (n: number) => (n === 0 ? 'Whole district' : `${n} ${n === 1 ? 'township' : 'townships'} chosen`),
  },
  // 总览
  targetStanding: { zh: '目标进度', en: 'Where each target stands' },
  yearToDate: { zh: (to: string) => `截至 ${to} 累计`, en: (to: string) => `year to date (to ${to})` },
  provisional: { zh: '（暂定，有效天数不足）', en: ' (provisional, too few valid days)' },
  progressPass: { zh: '达标', en: 'met' },
  progressAtRisk: { zh: '临界', en: 'at risk' },
  progressFail: { zh: '超标', en: 'exceeded' },
  progressNoData: { zh: '无数据', en: 'no data' },
  openAlerts: {
    zh: (n: number) => `未办结告警 ${n} 条`,
    en: (n: number) => `${n} open ${n === 1 ? 'alert' : 'alerts'}`,
  },
  evaluationFailed: { zh: '目标进度暂无法获取', en: 'The targets’ progress could not be loaded' },
  tasksHeading: { zh: (n: number) => `重点任务（${n}）`, en: (n: number) => `Key tasks (${n})` },
  listSeparator: { zh: '、', en: ', ' },
  labelled: {
    zh: (label: string, value: string) => `${label}：${value}`,
    en: (label: string, value: string) => `${label}: ${value}`,
  },
  // drawer
  ruleHits: { zh: '规则命中：', en: 'Rule hits: ' },
  taskLink: { zh: (n: number) => `任务${n}`, en: (n: number) => `task ${n}` },
  operatingStatus: { zh: '生产状态', en: 'Operating status' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  demoId: { zh: (id: string) => `无（演示编号 ${id}）`, en: (id: string) => `none (demo id ${id})` },
  /** The ULE assessment's date (task 3) is one the plan strives for (力争): missing it is 未按期, not 逾期. */
  overdue: {
    zh: (due: string) => `未按期（力争 ${due} 前完成）`,
    en: (due: string) => `missed (strive for ${due})`,
  },
  due: { zh: (due: string) => `力争 ${due} 前完成`, en: (due: string) => `strive for ${due}` },
  inParentheses: { zh: (text: string) => `（${text}）`, en: (text: string) => ` (${text})` },
  primaryPollutant: { zh: '首要污染物', en: 'primary' },
  // 总览: the city-assigned annual binding indicators (requirement G1/G2)
  cityIndicatorsHeading: {
    zh: (year: number) => `市下达${year}年度约束性指标`,
    en: (year: number) => `City-assigned ${year} binding indicators`,
  },
  cityIndicatorsSynthetic: { zh: '合成', en: 'synthetic' },
  cityIndicatorsSource: { zh: (source: string) => `依据：${source}`, en: (source: string) => `Source: ${source}` },
  cityIndicatorsMissing: { zh: '未录入市下达指标', en: 'No city-assigned indicators entered' },
  cityIndicatorsHowTo: {
    zh: '管理员可在“数据”页的“市下达年度约束性指标”中按年度录入，并注明来源文件。',
    en: 'Admins enter them per year, with the source document, in Data → City-assigned annual indicators.',
  },
  cityTargetBasis: { zh: '市下达', en: 'city' },
  cityGoodDays: { zh: '优良天数比例', en: 'Share of good days' },
  cityEmissions: { zh: '排放总量约束', en: 'Emission totals' },
  cityMonitored: {
    zh: '在线监测排放量（仅重点排放口，年初至今）',
    en: 'Online-monitored emissions (key stacks only, year to date)',
  },
  cityMonitoredTonnes: { zh: (t: string) => `${t} 吨`, en: (t: string) => `${t} t` },
  cityMonitoredNone: { zh: '暂无在线监测数据', en: 'no online-monitoring data yet' },
  cityMonitoredNote: {
    zh: '仅含接入在线监测的排放口，不是全区排放总量，不据此评价总量指标',
    en: 'monitored stacks only, not the district’s total emissions; the caps are not judged on them',
  },
  cityCap: { zh: (t: number) => `上限 ${t} 吨/年`, en: (t: number) => `cap ${t} t/yr` },
  cityReduction: { zh: (t: number) => `减排 ${t} 吨/年`, en: (t: number) => `reduce ${t} t/yr` },
});

export type MessageKey = {
  [K in keyof ReturnType<typeof consoleMessages>]: ReturnType<typeof consoleMessages>[K] extends string ? K : never;
}[keyof ReturnType<typeof consoleMessages>];

/** The UI string `key` in `lang`. */
export function message(lang: Language, key: MessageKey): string {
  return consoleMessages(lang)[key];
}

/** Picks the label of a `{ zh, en }` pair. */
export function labelOf(lang: Language, label: { zh: string; en: string } | undefined, fallback = ''): string {
  return label ? label[lang] : fallback;
}
