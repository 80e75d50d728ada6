import type { Language } from '../state/app-state.ts';
import { DUSTFALL_LIMIT } from '../../server/schema/plan-targets.ts';

/** UI strings, Chinese first. Enum labels (industries, statuses…) live beside their schemas in server/schema/. */
const zh = {
  appTitle: '蓝天 · 忻府区大气环境监管',
  badgeApproximate: '示意边界',
  badgeSynthetic: '演示数据',
  demoBanner:
    '演示模式：演示账号 official / analyst / inspector / admin，密码均为 lantian-demo；' +
    '企业、工地、读数等为合成数据，正式使用请以 --no-demo 新建数据库',
  demoBadgeTitle: '乡镇边界为依据近似驻地推算的示意范围；企业、工地、机械、读数等为合成演示数据',
  asOf: '截至',
  viewOverview: '总览',
  viewLayers: '图层',
  viewAnalysis: '分析',
  viewAir: '空气质量',
  viewAlerts: '告警',
  viewRoutes: '巡查',
  viewTasks: '任务',
  viewData: '数据',
  comingSoon: '即将上线',
  layers: '图层与图例',
  filters: '筛选',
  township: '乡镇（街道）',
  allTownships: '全区',
  industry: '行业',
  grade: '绩效分级',
  provenance: '数据来源',
  problemsOnly: '只看问题（规划规则命中）',
  clearFilters: '清除筛选',
  search: '搜索名称或代码…',
  searchNoResult: '无匹配结果',
  loading: '正在加载…',
  loadFailed: '数据加载失败',
  retry: '重试',
  targets: '目标',
  tasks: '重点任务',
  leadUnits: '牵头单位',
  cooperatingUnits: '配合单位',
  responsibleUnits: '责任单位',
  deadline: '时限',
  noDeadline: '全年',
  status: '状态',
  statusSynthetic: '任务进度为演示数据',
  close: '关闭',
  details: '详情',
  provenanceLabel: '来源',
  relatedTasks: '相关任务',
  showTownship: '查看所在乡镇',
  settings: '设置',
  basemap: '底图',
  basemapOffline: '离线底图（本地数据）',
  basemapOsm: 'OpenStreetMap（在线）',
  basemapTdtVec: '天地图矢量（在线，需密钥）',
  basemapTdtImg: '天地图影像（在线，需密钥）',
  tdtToken: '天地图密钥',
  language: 'English',
  visible: '显示',
  count: '数量',
  noData: '无数据',
  copied: '链接已复制',
  shareLink: '复制链接',
  legendProvisional: '示意边界（虚线）',
  legendSurveyed: '实测边界（已导入，实线）',
  zoneWithBanned: '区内有禁用机械',
  zone: '控制区',
  nationalStation: '国控站（数字为AQI）',
  microStation: '微站',
  bannedMachine: '禁用机械（×）',
  allowedMachine: '合规机械',
  below7: `≤ ${DUSTFALL_LIMIT} 吨/(平方公里·月)`,
  above7: `> ${DUSTFALL_LIMIT} 吨/(平方公里·月)`,
  never: '未检查',
  siteOk: '六个百分百均达标',
  siteFail: '有未达标项',
  fuelPoint: '非标油品线索',
  standardNote: 'GB 3095-2012 二级',
  planTarget: '行动计划目标',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'Lantian · Xinfu District air-quality supervision',
  badgeApproximate: 'Approximate boundaries',
  badgeSynthetic: 'demo data',
  demoBanner:
    'Demo mode: demo accounts official / analyst / inspector / admin, password lantian-demo; ' +
    'enterprises, sites and readings are synthetic. ' +
    'For real use create a database with --no-demo',
  demoBadgeTitle:
    'Township boundaries are approximate (derived from estimated seats); ' +
    'enterprises, sites, machines and readings are synthetic demo data',
  asOf: 'As of',
  viewOverview: 'Overview',
  viewLayers: 'Layers',
  viewAnalysis: 'Analysis',
  viewAir: 'Air quality',
  viewAlerts: 'Alerts',
  viewRoutes: 'Inspections',
  viewTasks: 'Tasks',
  viewData: 'Data',
  comingSoon: 'coming soon',
  layers: 'Layers and legend',
  filters: 'Filters',
  township: 'Township',
  allTownships: 'Whole district',
  industry: 'Industry',
  grade: 'Performance grade',
  provenance: 'Provenance',
  problemsOnly: 'Problems only (hit by a plan rule)',
  clearFilters: 'Clear filters',
  search: 'Search name or code…',
  searchNoResult: 'No match',
  loading: 'Loading…',
  loadFailed: 'Could not load data',
  retry: 'Retry',
  targets: 'Targets',
  tasks: 'Key tasks',
  leadUnits: 'Lead units',
  cooperatingUnits: 'Cooperating units',
  responsibleUnits: 'Responsible units',
  deadline: 'Deadline',
  noDeadline: 'all year',
  status: 'Status',
  statusSynthetic: 'Task progress is demo data',
  close: 'Close',
  details: 'Details',
  provenanceLabel: 'Provenance',
  relatedTasks: 'Related tasks',
  showTownship: 'Show its township',
  settings: 'Settings',
  basemap: 'Basemap',
  basemapOffline: 'Offline basemap (local data)',
  basemapOsm: 'OpenStreetMap (online)',
  basemapTdtVec: 'Tianditu vector (online, token)',
  basemapTdtImg: 'Tianditu imagery (online, token)',
  tdtToken: 'Tianditu token',
  language: '中文',
  visible: 'Visible',
  count: 'Count',
  noData: 'No data',
  copied: 'Link copied',
  shareLink: 'Copy link',
  legendProvisional: 'approximate boundary (dashed)',
  legendSurveyed: 'surveyed boundary (imported, solid)',
  zoneWithBanned: 'banned machine inside',
  zone: 'control zone',
  nationalStation: 'national station (AQI shown)',
  microStation: 'micro-station',
  bannedMachine: 'banned machine (×)',
  allowedMachine: 'compliant machine',
  below7: `≤ ${DUSTFALL_LIMIT} t/(km²·month)`,
  above7: `> ${DUSTFALL_LIMIT} t/(km²·month)`,
  never: 'not inspected',
  siteOk: 'all six 100% met',
  siteFail: 'a check failed',
  fuelPoint: 'illegal fuel report',
  standardNote: 'GB 3095-2012 Class II',
  planTarget: 'plan target',
};

const dictionaries: Record<Language, Record<MessageKey, string>> = { zh, en };

/** The UI string `key` in `lang`. */
export function message(lang: Language, key: MessageKey): string {
  return dictionaries[lang][key];
}

/** Picks the label of a `{ zh, en }` pair. */
export function labelOf(lang: Language, label: { zh: string; en: string } | undefined, fallback = ''): string {
  return label ? label[lang] : fallback;
}

/** Inline bilingual text: the Chinese or the English, for strings that live beside their view. */
export function T(lang: Language, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
