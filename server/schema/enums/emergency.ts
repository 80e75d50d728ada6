/**
 * The heavy-pollution response's vocabularies (issue 15): the list's grades and measure kinds, warning levels,
 * bases and changes, the mechanism's steps, visits and verdicts, truck emission stages, reduction pollutants.
 * Zod-free: the client imports it. The tables' CHECKs (server/db/migrations/0010-emergency-response.sql) hold the
 * same values.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

/** Warning levels, lowest first (a warning is always one of them; 'none' is the absence of one). */
export const warningLevels = ['yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof warningLevels)[number];

export const warningLevelLabels: Labels<WarningLevel> = {
  yellow: { zh: '黄色预警（Ⅲ级）', en: 'yellow (level III)' },
  orange: { zh: '橙色预警（Ⅱ级）', en: 'orange (level II)' },
  red: { zh: '红色预警（Ⅰ级）', en: 'red (level I)' },
};

/**
 * The list's performance grades (绩效分级, domain.md §7): 引领性 and A reduce on their own; B and B- limit output;
 * C stops part of its lines; D stops; 非重点行业 (non-graded industries) get measures set locally.
 */
export const listGrades = ['leading', 'A', 'B', 'B-', 'C', 'D', 'non-key'] as const;
export type ListGrade = (typeof listGrades)[number];

export const listGradeLabels: Labels<ListGrade> = {
  leading: { zh: '引领性', en: 'benchmark' },
  A: { zh: 'A级', en: 'A' },
  B: { zh: 'B级', en: 'B' },
  'B-': { zh: 'B-级', en: 'B-' },
  C: { zh: 'C级', en: 'C' },
  D: { zh: 'D级', en: 'D' },
  'non-key': { zh: '非重点行业', en: 'non-key industry' },
};

/** What a list measure does to its line. `limit` carries the share of output cut (限产 %). */
export const measureKinds = ['stop', 'limit', 'stagger-transport', 'truck-ban', 'self-determined', 'other'] as const;
export type MeasureKind = (typeof measureKinds)[number];

export const measureKindLabels: Labels<MeasureKind> = {
  stop: { zh: '停产', en: 'stop' },
  limit: { zh: '限产', en: 'limit output' },
  'stagger-transport': { zh: '错峰运输', en: 'staggered transport' },
  'truck-ban': { zh: '禁止国五及以下柴油货车运输', en: 'no diesel trucks of China V or below' },
  'self-determined': { zh: '自主减排', en: 'self-determined reduction' },
  other: { zh: '其他', en: 'other' },
};

/** The pollutants the list's reductions and the plan's shares count (t/day). */
export const reductionPollutants = ['pm', 'so2', 'nox', 'vocs'] as const;
export type ReductionPollutant = (typeof reductionPollutants)[number];

export const reductionPollutantLabels: Labels<ReductionPollutant> = {
  pm: { zh: '颗粒物', en: 'PM' },
  so2: { zh: '二氧化硫', en: 'SO2' },
  nox: { zh: '氮氧化物', en: 'NOx' },
  vocs: { zh: '挥发性有机物', en: 'VOCs' },
};

/** Why a warning was issued. */
export const warningBases = ['forecast', 'decision', 'regional'] as const;
export type WarningBasis = (typeof warningBases)[number];

export const warningBasisLabels: Labels<WarningBasis> = {
  forecast: { zh: '依预报（触发条件为忻州市预案，规划外）', en: "forecast (Xinzhou's triggers, outside the plan)" },
  decision: { zh: '会商决定', en: 'decision' },
  regional: { zh: '区域联防统一预警', en: 'regional joint warning' },
};

/** The changes of a warning's life. */
export const warningChanges = ['issue', 'upgrade', 'downgrade', 'extend', 'lift'] as const;
export type WarningChange = (typeof warningChanges)[number];

export const warningChangeLabels: Labels<WarningChange> = {
  issue: { zh: '发布', en: 'issued' },
  upgrade: { zh: '升级', en: 'upgraded' },
  downgrade: { zh: '降级', en: 'downgraded' },
  extend: { zh: '延长', en: 'extended' },
  lift: { zh: '解除', en: 'lifted' },
};

/**
 * The mechanism (「提前预警、提前应对、定期帮扶、区域联防、驻点监督、协商减排」) as dated steps. 提前预警 is the
 * warning's issued_at ahead of its start; notifications and supervisors have their own records.
 */
export const stepKinds = [
  'advance-response',
  'assistance',
  'regional',
  'consultation',
  'supervision',
  'other',
] as const;
export type StepKind = (typeof stepKinds)[number];

export const stepKindLabels: Labels<StepKind> = {
  'advance-response': { zh: '提前应对', en: 'early response' },
  assistance: { zh: '定期帮扶', en: 'assistance' },
  regional: { zh: '区域联防', en: 'regional joint action' },
  consultation: { zh: '协商减排', en: 'consultation on reductions' },
  supervision: { zh: '驻点监督', en: 'resident supervision' },
  other: { zh: '其他', en: 'other' },
};

export const notificationChannels = ['platform', 'sms', 'phone', 'document'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

export const notificationChannelLabels: Labels<NotificationChannel> = {
  platform: { zh: '平台推送', en: 'platform' },
  sms: { zh: '短信', en: 'SMS' },
  phone: { zh: '电话', en: 'phone' },
  document: { zh: '书面通知', en: 'written notice' },
};

export const visitKinds = ['supervision', 'assistance', 'consultation'] as const;
export type VisitKind = (typeof visitKinds)[number];

export const visitKindLabels: Labels<VisitKind> = {
  supervision: { zh: '驻点监督检查', en: 'supervision visit' },
  assistance: { zh: '帮扶', en: 'assistance visit' },
  consultation: { zh: '协商减排', en: 'consultation' },
};

/** A line's state as a visitor saw it. */
export const lineStates = ['stopped', 'limited', 'running'] as const;
export type LineState = (typeof lineStates)[number];

export const lineStateLabels: Labels<LineState> = {
  stopped: { zh: '已停产', en: 'stopped' },
  limited: { zh: '限产运行', en: 'running limited' },
  running: { zh: '正常生产', en: 'running' },
};

/** A visitor's verdict, and the verdict of the compliance check. */
export const visitVerdicts = ['compliant', 'non-compliant', 'not-checked'] as const;
export type VisitVerdict = (typeof visitVerdicts)[number];

/** The compliance check's verdict on one enterprise (or one measure) during a warning. */
export const complianceVerdicts = ['compliant', 'non-compliant', 'unverified'] as const;
export type ComplianceVerdict = (typeof complianceVerdicts)[number];

export const complianceVerdictLabels: Labels<ComplianceVerdict> = {
  compliant: { zh: '已落实', en: 'complied' },
  'non-compliant': { zh: '未落实', en: 'did not comply' },
  unverified: { zh: '未核查', en: 'not verified' },
};

/** Where a piece of evidence comes from. */
export const evidenceSources = ['cems', 'visit', 'gate'] as const;
export type EvidenceSource = (typeof evidenceSources)[number];

export const evidenceSourceLabels: Labels<EvidenceSource> = {
  cems: { zh: '在线监测', en: 'CEMS' },
  visit: { zh: '现场检查', en: 'site visit' },
  gate: { zh: '门禁记录', en: 'gate records' },
};

/** A truck's emission stage as the gate system records it. */
export const truckStages = ['III', 'IV', 'V', 'VI', 'electric', 'gas', 'unknown'] as const;
export type TruckStage = (typeof truckStages)[number];

export const truckStageLabels: Labels<TruckStage> = {
  III: { zh: '国三', en: 'China III' },
  IV: { zh: '国四', en: 'China IV' },
  V: { zh: '国五', en: 'China V' },
  VI: { zh: '国六', en: 'China VI' },
  electric: { zh: '新能源', en: 'new energy' },
  gas: { zh: '燃气', en: 'gas' },
  unknown: { zh: '未知', en: 'unknown' },
};

/** Stages a `truck-ban` measure forbids (国五及以下柴油货车; unknown counts as forbidden: it cannot be shown clean). */
export const bannedTruckStages: readonly TruckStage[] = ['III', 'IV', 'V', 'unknown'];

export const truckFuels = ['diesel', 'gas', 'electric', 'other'] as const;
export type TruckFuel = (typeof truckFuels)[number];

/** Staggered production: what a schedule allows. */
export const staggerProductions = ['stop', 'limit'] as const;
export type StaggerProduction = (typeof staggerProductions)[number];

export const staggerProductionLabels: Labels<StaggerProduction> = {
  stop: { zh: '停产', en: 'stopped' },
  limit: { zh: '限产', en: 'limited' },
};

/** Industries task 15 names for staggered production (建材、焦化、铸造、化工), by the console's industry groups. */
export const staggerIndustryGroups = ['building-materials', 'coal-coking', 'metal-casting', 'chemicals-voc'] as const;
