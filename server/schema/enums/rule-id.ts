/**
 * The plan rules by id, in evaluation order, with their names; and the layers whose entities they
 * hit. The rules themselves are in server/rules/ (one file each, see rule-registry.ts). Zod-free:
 * the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';
import type { LayerId } from './layer-id.ts';
import { DUSTFALL_LIMIT } from '../plan-targets.ts';

/** Every rule, in the order hits are listed. */
export const ruleIds = [
  'nrmm-banned-in-zone',
  'ozone-voc-stagger',
  'ozone-outdoor-works',
  'heavy-pollution-measure',
  'six-hundred-failed',
  'dustfall-over-limit',
  'heating-unstable',
  'coal-reburning',
  'retrofit-in-progress',
  'ule-assessment-overdue',
  'boiler-survey-overdue',
  'low-efficiency-treatment',
  'activated-carbon-late',
  'voc-checklist-gaps',
  'freight-no-rail',
  'gate-not-networked',
  'illegal-fuel-open',
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
  'six-hundred-failed': { zh: '工地“六个百分之百”未落实', en: 'Construction site fails the six 100%' },
  'dustfall-over-limit': {
    zh: `降尘量超过${DUSTFALL_LIMIT}吨/(平方公里·月)`,
    en: `Dustfall above ${DUSTFALL_LIMIT} t/(km²·month)`,
  },
  'heating-unstable': { zh: '清洁取暖运行不稳定', en: 'Clean heating not running stably' },
  'coal-reburning': { zh: '散煤复烧', en: 'Scattered coal re-burning' },
  'retrofit-in-progress': { zh: '清洁取暖改造未完成', en: 'Clean-heating retrofit not finished' },
  'ule-assessment-overdue': { zh: '超低排放改造评估监测逾期', en: 'Ultra-low-emission assessment overdue' },
  'boiler-survey-overdue': { zh: '燃气/生物质/醇基锅炉摸底排查逾期', en: 'Gas/biomass/alcohol boiler survey overdue' },
  'low-efficiency-treatment': { zh: '低效治理工艺待升级', en: 'Low-efficiency treatment to upgrade' },
  'activated-carbon-late': { zh: '活性炭未按期更换', en: 'Activated carbon not replaced in time' },
  'voc-checklist-gaps': { zh: 'VOCs关键环节存在问题', en: 'VOC key-link gaps' },
  'freight-no-rail': { zh: '年货运量150万吨以上无铁路专用线', en: '≥ 1.5 Mt/year freight without a rail spur' },
  'gate-not-networked': { zh: '重点用车单位门禁未联网', en: 'Key vehicle-using unit without a networked gate system' },
  'illegal-fuel-open': { zh: '非标油品线索未办结', en: 'Illegal fuel report still open' },
};

/** The layers whose entities rules hit (a hit's `layer`). */
export const ruleHitLayers = [
  'enterprises',
  'construction-sites',
  'villages',
  'machines',
  'townships',
  'fuel-points',
] as const satisfies readonly LayerId[];
export type RuleHitLayer = (typeof ruleHitLayers)[number];
