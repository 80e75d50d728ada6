import { defineMessages } from './define-messages.ts';

/**
 * The 机动车 tab's messages (issue 16; tasks 9 and 10): the phase-out against the plan, the municipal vehicles, the
 * bulk-freight enterprises and the register table.
 *
 * @example
 * dustVehiclesMessages('zh').phaseOutTitle; // '国四及以下柴油货车淘汰进度'
 */
export const dustVehiclesMessages = defineMessages({
  phaseOutTitle: { zh: '国四及以下柴油货车淘汰进度', en: 'Phase-out of China IV-and-below diesel trucks' },
  leanBurnTitle: { zh: '稀薄燃烧燃气货车淘汰进度', en: 'Phase-out of lean-burn gas trucks' },
  planBasis: {
    zh: (start: string) => `依据：行动计划任务10（T10.3）；起点为计划印发日 ${start}`,
    en: (start: string) => `Basis: plan task 10 (T10.3); measured from the plan's issue date ${start}`,
  },
  atStart: { zh: '计划印发时在用', en: 'In use at the plan’s start' },
  inUse: { zh: '目前在用', en: 'In use now' },
  scrapped: { zh: '已报废', en: 'Scrapped' },
  deregistered: { zh: '已注销', en: 'Deregistered' },
  transferredOut: { zh: '已转出', en: 'Transferred out' },
  pastScrapDue: { zh: '超过强制报废期止仍在用', en: 'In use past compulsory scrapping' },
  phasedOutShare: { zh: '淘汰比例', en: 'Phased out' },
  chartLabel: {
    zh: (from: string, to: string) => `每月末在用数量（${from} 至 ${to}）`,
    en: (from: string, to: string) => `In use at each month’s end (${from} to ${to})`,
  },
  municipalTitle: {
    zh: '市政公共领域新增车辆（环卫、邮政、快递）',
    en: 'Municipal vehicles added (sanitation, post, express)',
  },
  municipalBasis: {
    zh: (start: string) => `依据：T10.1，${start} 起新增或更换的须为电动、氢能或甲醇车辆`,
    en: (start: string) => `Basis: T10.1, added or replaced from ${start} must be electric, hydrogen or methanol`,
  },
  added: { zh: '新增', en: 'Added' },
  clean: { zh: '电动/氢能/甲醇', en: 'Electric / hydrogen / methanol' },
  cleanShare: { zh: '清洁车辆占比', en: 'Clean share' },
  freightTitle: {
    zh: '年货运量150万吨以上企业门禁车辆（近7日）',
    en: 'Enterprises ≥ 1.5 Mt/yr: gate trips (last 7 days)',
  },
  freightBasis: {
    zh: '依据：T9.5，铁路专用线投运前公路运输须用国六或新能源车辆',
    en: 'Basis: T9.5, until the rail spur operates road haulage must use China VI or new-energy trucks',
  },
  enterprise: { zh: '企业', en: 'Enterprise' },
  freight: { zh: '年货运量（万吨）', en: 'Freight (10 kt/yr)' },
  railSpur: { zh: '铁路专用线', en: 'Rail spur' },
  trips: { zh: '进厂车次', en: 'Trips' },
  below: { zh: '低于国六', en: 'Below China VI' },
  meetsShare: { zh: '国六/新能源占比', en: 'China VI / new energy' },
  noFreight: { zh: '没有年货运量150万吨以上的企业', en: 'No enterprise moves 1.5 Mt a year' },
  fleetTitle: { zh: '在用车辆构成', en: 'Fleet in use' },
  registerTitle: { zh: '车辆登记台账', en: 'Vehicle register' },
  search: { zh: '搜索号牌或所有人', en: 'Search plate or owner' },
  plate: { zh: '号牌', en: 'Plate' },
  category: { zh: '类型', en: 'Type' },
  fuel: { zh: '燃料', en: 'Fuel' },
  stage: { zh: '排放阶段', en: 'Stage' },
  status: { zh: '状态', en: 'Status' },
  owner: { zh: '所有人', en: 'Owner' },
  shown: {
    zh: (shown: number, total: number) => `显示 ${shown} / ${total} 辆`,
    en: (shown: number, total: number) => `Showing ${shown} of ${total}`,
  },
  none: { zh: '没有符合条件的车辆', en: 'No vehicle matches' },
  positionNote: {
    zh: '车辆位置为所属单位或乡镇驻地（近似）',
    en: 'Vehicles are shown at their owner unit or township seat (approximate)',
  },
});
