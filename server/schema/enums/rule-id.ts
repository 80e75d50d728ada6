/**
 * The plan rules by id, in evaluation order, with their names; and the layers whose entities they
 * hit. The rules themselves are in server/rules/ (one file each, see rule-registry.ts). Zod-free:
 * the client imports it.
 *
 * @module
 */
import type { Labels, Localized } from '../localized.ts';
import type { LayerId } from './layer-id.ts';
import { DUSTFALL_LIMIT } from '../plan-targets.ts';

/** Every rule, in the order hits are listed. */
export const ruleIds = [
  'nrmm-banned-in-zone',
  'ozone-voc-stagger',
  'ozone-outdoor-works',
  'heavy-pollution-measure',
  'emergency-noncompliance',
  'stagger-production',
  'stagger-breach',
  'six-hundred-failed',
  'site-never-inspected',
  'district-dustfall-over-limit',
  'dustfall-over-limit',
  'heating-unstable',
  'coal-reburning',
  'retrofit-in-progress',
  'ule-assessment-overdue',
  'emission-standard-unverified',
  'stack-ule-exceedance',
  'stack-exceedance',
  'stack-data-quality',
  'boiler-survey-overdue',
  'boiler-noncompliant',
  'low-efficiency-treatment',
  'activated-carbon-late',
  'voc-checklist-gaps',
  'built-up-heavy-polluter',
  'freight-no-rail',
  'bulk-freight-dirty-truck',
  'gate-not-networked',
  'diesel-truck-phase-out',
  'lean-burn-gas-truck',
  'municipal-vehicle-not-clean',
  'vehicle-check-failed',
  'repair-shop-tampering',
  'muck-off-route',
  'muck-out-of-hours',
  'muck-illegal-dumping',
  'muck-spill',
  'road-sweeping-behind',
  'road-dust-load-high',
  'stockyard-controls-failed',
  'stockyard-never-inspected',
  'illegal-fuel-open',
  // issue 17
  'public-report-open',
  'case-rectification-overdue',
  'fuel-sample-failed',
  'high-energy-policy-unmet',
  'coal-substitution-short',
  'coal-use-rising',
  'coal-kiln-new',
  'coal-kiln-conversion',
  'carbon-fill-short',
  'carbon-not-transferred',
  'voc-material-over-limit',
] as const;
export type RuleId = (typeof ruleIds)[number];

/**
 * The rule's name (a hit's `title`).
 *
 * @example
 * ruleTitles['coal-reburning'].zh; // '散煤复烧'
 */
export const ruleTitles: Labels<RuleId> = {
  'nrmm-banned-in-zone': { zh: '控制区内使用禁用非道路移动机械', en: 'Banned machine working in an NRMM control zone' },
  'ozone-voc-stagger': { zh: '臭氧管控：涉VOCs工序错时生产', en: 'Ozone control: stagger VOC work' },
  'ozone-outdoor-works': {
    zh: '臭氧管控：禁止户外涂装、划线、沥青铺装',
    en: 'Ozone control: no outdoor painting, marking or asphalt',
  },
  'heavy-pollution-measure': { zh: '重污染天气应急减排措施', en: 'Heavy-pollution emergency measure' },
  'emergency-noncompliance': { zh: '预警期间未落实应急减排措施', en: 'Emergency measure not carried out' },
  'stagger-production': { zh: '秋冬季错峰生产', en: 'Autumn–winter staggered production' },
  'stagger-breach': { zh: '错峰生产期间违规生产', en: 'Production during a staggered-production stop' },
  'six-hundred-failed': { zh: '工地“六个百分之百”未落实', en: 'Construction site fails the six 100%' },
  'site-never-inspected': { zh: '在建工地开工后从未巡查', en: 'Active construction site never inspected' },
  'district-dustfall-over-limit': {
    zh: `全区平均降尘量超过${DUSTFALL_LIMIT}吨/(平方公里·月)`,
    en: `District average dustfall above ${DUSTFALL_LIMIT} t/(km²·month)`,
  },
  'dustfall-over-limit': {
    zh: `降尘量超过${DUSTFALL_LIMIT}吨/(平方公里·月)（乡镇级，本系统延伸）`,
    en: `Dustfall above ${DUSTFALL_LIMIT} t/(km²·month) (township level, the console's extension)`,
  },
  'heating-unstable': { zh: '清洁取暖运行不稳定', en: 'Clean heating not running stably' },
  'coal-reburning': { zh: '散煤复烧', en: 'Scattered coal re-burning' },
  'retrofit-in-progress': { zh: '清洁取暖改造未完成', en: 'Clean-heating retrofit not finished' },
  'ule-assessment-overdue': {
    zh: '超低排放改造评估监测未按期（力争）',
    en: 'Ultra-low-emission assessment missed its strive-for date',
  },
  'emission-standard-unverified': {
    zh: '污染物排放稳定达标未核实',
    en: 'Stable compliance with emission standards not verified',
  },
  'stack-ule-exceedance': {
    zh: '在线监测超过超低排放（或禹王排放标准）限值',
    en: 'Online monitoring above the ultra-low-emission limit (or Yuwang’s standard)',
  },
  'stack-exceedance': { zh: '在线监测超过排放标准限值', en: 'Online monitoring above the emission standard' },
  'stack-data-quality': { zh: '在线监测数据质量问题', en: 'Online-monitoring data-quality problem' },
  'boiler-survey-overdue': { zh: '燃气/生物质/醇基锅炉摸底排查逾期', en: 'Gas/biomass/alcohol boiler survey overdue' },
  'boiler-noncompliant': { zh: '锅炉排查不达标待处置', en: 'Surveyed boiler not compliant, to be dealt with' },
  'low-efficiency-treatment': { zh: '低效治理工艺待升级', en: 'Low-efficiency treatment to upgrade' },
  'activated-carbon-late': { zh: '活性炭未按期更换', en: 'Activated carbon not replaced in time' },
  'voc-checklist-gaps': { zh: 'VOCs关键环节存在问题', en: 'VOC key-link gaps' },
  'freight-no-rail': { zh: '年货运量150万吨以上无铁路专用线', en: '≥ 1.5 Mt/year freight without a rail spur' },
  'gate-not-networked': { zh: '重点用车单位门禁未联网', en: 'Key vehicle-using unit without a networked gate system' },
  'illegal-fuel-open': { zh: '非标油品线索未办结', en: 'Illegal fuel report still open' },
  'built-up-heavy-polluter': {
    zh: '建成区内重污染企业未完成改造搬迁或退出',
    en: 'Heavy polluter in the built-up area not yet retrofitted, relocated or closed',
  },
  'bulk-freight-dirty-truck': {
    zh: '专用线投运前使用国六以下非新能源货车运输',
    en: 'Trucks below China VI and not new-energy before the rail spur runs',
  },
  'diesel-truck-phase-out': { zh: '国四及以下柴油货车待淘汰', en: 'China IV-or-older diesel truck to phase out' },
  'lean-burn-gas-truck': { zh: '稀薄燃烧燃气货车待淘汰', en: 'Lean-burn gas truck to phase out' },
  'municipal-vehicle-not-clean': {
    zh: '新增或更换的市政公共领域车辆非电动、氢能或甲醇',
    en: 'New or replaced municipal vehicle not electric, hydrogen or methanol',
  },
  'vehicle-check-failed': { zh: '路检路查发现问题未复检合格', en: 'Roadside-check finding not cleared' },
  'repair-shop-tampering': {
    zh: '维修机构拆改尾气净化装置或篡改OBD未整改',
    en: 'Repair shop removing after-treatment or tampering with OBD, not rectified',
  },
  'muck-off-route': { zh: '渣土车未按规定路线行驶', en: 'Muck truck off its approved route' },
  'muck-out-of-hours': { zh: '渣土车未按规定时间行驶', en: 'Muck truck outside its approved hours' },
  'muck-illegal-dumping': { zh: '渣土车疑似随意倾倒', en: 'Muck truck suspected of illegal dumping' },
  'muck-spill': { zh: '渣土车沿途抛洒未处置', en: 'Muck-truck spill not dealt with' },
  'road-sweeping-behind': { zh: '道路清扫保洁未达频次', en: 'Road cleaning behind schedule' },
  'road-dust-load-high': { zh: '道路积尘负荷偏高', en: 'High road-dust load' },
  'stockyard-controls-failed': { zh: '堆场扬尘防治措施未落实', en: 'Stockyard dust controls not in place' },
  'stockyard-never-inspected': { zh: '堆场从未检查', en: 'Stockyard never inspected' },
  'public-report-open': { zh: '群众举报待办理', en: 'Public report to handle' },
  'case-rectification-overdue': { zh: '执法案件整改逾期', en: 'Case rectification overdue' },
  'fuel-sample-failed': { zh: '油品抽检不合格', en: 'Fuel sample failed' },
  'high-energy-policy-unmet': { zh: '“两高”项目政策要求未落实', en: 'High-energy project policy check unmet' },
  'coal-substitution-short': { zh: '耗煤项目减量替代不足', en: 'Coal substitution short' },
  'coal-use-rising': { zh: '煤炭消费量增加且无替代', en: 'Coal use rising without substitution' },
  'coal-kiln-new': { zh: '新改扩建炉窑使用煤炭', en: 'New furnace fired with coal' },
  'coal-kiln-conversion': { zh: '炉窑仍用高污染燃料', en: 'Furnace still on high-polluting fuel' },
  'carbon-fill-short': { zh: '活性炭填充不足或不合格', en: 'Activated carbon short or substandard' },
  'carbon-not-transferred': { zh: '废活性炭未及时转移', en: 'Spent carbon not transferred' },
  'voc-material-over-limit': { zh: '原辅材料VOCs含量超标', en: 'Material over its VOC limit' },
};

/**
 * The entity id and `township` of a district-level hit (`district-dustfall-over-limit`): the district's own
 * administrative code (忻府区), not one of its 18 township codes.
 */
export const DISTRICT_ENTITY = '140902';

/** The layers whose entities rules hit (a hit's `layer`). */
export const ruleHitLayers = [
  'enterprises',
  'construction-sites',
  'villages',
  'machines',
  'townships',
  'fuel-points',
  'vehicles',
  'repair-shops',
  'muck-trucks',
  'road-segments',
  'stockyards',
  'public-reports',
  'fuel-samples',
] as const satisfies readonly LayerId[];
export type RuleHitLayer = (typeof ruleHitLayers)[number];

/**
 * The rules that check a deadline the plan words with 力争 (task 3): a hit is 未按期, not 逾期, though its severity
 * stays `overdue` (it sorts and counts with the other late deadlines).
 */
export const striveDeadlineRules: readonly RuleId[] = ['ule-assessment-overdue'];

/**
 * The label of a hit's severity: the severity's, except 未按期 for a missed 力争 deadline.
 *
 * @example
 * hitSeverityLabel('ule-assessment-overdue', 'overdue', severityLabels).zh; // '未按期'
 */
export function hitSeverityLabel<S extends string>(rule: string, severity: S, labels: Labels<S>): Localized {
  if (severity === 'overdue' && (striveDeadlineRules as readonly string[]).includes(rule)) {
    return { zh: '未按期', en: 'missed (strive)' };
  }
  return labels[severity];
}
