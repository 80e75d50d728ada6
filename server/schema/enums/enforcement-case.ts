/**
 * Enforcement-case enums (执法案件, issue 17; S8, S10, T17.6): origins, stages, steps, the other measures of a
 * decision and the kinds of document. Zod-free: the client imports it.
 *
 * Life cycle: 立案 (filed) → 调查 (investigating) → 处罚决定 (decided) or 不予处罚 (no-penalty) → 整改
 * (rectifying: an order with a deadline, then re-inspection) → 结案 (closed).
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const caseOrigins = ['alert', 'inspection', 'public-report', 'fuel-sample', 'other'] as const;
export type CaseOrigin = (typeof caseOrigins)[number];

/**
 * @example
 * caseOriginLabels['public-report'].zh; // '群众举报'
 */
export const caseOriginLabels: Labels<CaseOrigin> = {
  alert: { zh: '告警', en: 'alert' },
  inspection: { zh: '现场检查', en: 'inspection' },
  'public-report': { zh: '群众举报', en: 'public report' },
  'fuel-sample': { zh: '油品抽检', en: 'fuel sample' },
  other: { zh: '其他线索', en: 'other lead' },
};

export const caseStages = ['filed', 'investigating', 'decided', 'no-penalty', 'rectifying', 'closed'] as const;
export type CaseStage = (typeof caseStages)[number];

/**
 * @example
 * caseStageLabels.decided.zh; // '已作出处罚决定'
 */
export const caseStageLabels: Labels<CaseStage> = {
  filed: { zh: '已立案', en: 'filed' },
  investigating: { zh: '调查中', en: 'investigating' },
  decided: { zh: '已作出处罚决定', en: 'penalty decided' },
  'no-penalty': { zh: '不予处罚', en: 'no penalty' },
  rectifying: { zh: '整改中', en: 'rectifying' },
  closed: { zh: '已结案', en: 'closed' },
};

/** The steps recorded on a case; `note` adds a dated remark without moving the stage. */
export const caseStepKinds = [
  'file',
  'investigate',
  'decide',
  'no-penalty',
  'order-rectification',
  'reinspect',
  'close',
  'note',
] as const;
export type CaseStepKind = (typeof caseStepKinds)[number];

/**
 * @example
 * caseStepLabels['order-rectification'].zh; // '责令整改'
 */
export const caseStepLabels: Labels<CaseStepKind> = {
  file: { zh: '立案', en: 'file' },
  investigate: { zh: '调查取证', en: 'investigate' },
  decide: { zh: '处罚决定', en: 'penalty decision' },
  'no-penalty': { zh: '不予处罚', en: 'no penalty' },
  'order-rectification': { zh: '责令整改', en: 'rectification order' },
  reinspect: { zh: '复查', en: 're-inspection' },
  close: { zh: '结案', en: 'close' },
  note: { zh: '备注', en: 'note' },
};

/** Measures a decision may order beside (or instead of) a fine. */
export const caseMeasures = [
  'order-correct',
  'order-stop',
  'limit-production',
  'seal-seize',
  'confiscate',
  'police-referral',
  'credit-penalty',
] as const;
export type CaseMeasure = (typeof caseMeasures)[number];

/**
 * @example
 * caseMeasureLabels['seal-seize'].zh; // '查封、扣押'
 */
export const caseMeasureLabels: Labels<CaseMeasure> = {
  'order-correct': { zh: '责令改正', en: 'order to correct' },
  'order-stop': { zh: '责令停产整治', en: 'order to stop production' },
  'limit-production': { zh: '责令限制生产', en: 'order to limit production' },
  'seal-seize': { zh: '查封、扣押', en: 'sealing and seizure' },
  confiscate: { zh: '没收违法所得', en: 'confiscation of illegal gains' },
  'police-referral': { zh: '移送公安机关', en: 'referred to the police' },
  'credit-penalty': { zh: '纳入信用惩戒', en: 'credit penalty' },
};

export const caseAttachmentKinds = ['photo', 'evidence', 'decision', 'order', 'reinspection', 'other'] as const;
export type CaseAttachmentKind = (typeof caseAttachmentKinds)[number];

/**
 * @example
 * caseAttachmentKindLabels.decision.zh; // '处罚决定书'
 */
export const caseAttachmentKindLabels: Labels<CaseAttachmentKind> = {
  photo: { zh: '现场照片', en: 'site photo' },
  evidence: { zh: '证据材料', en: 'evidence' },
  decision: { zh: '处罚决定书', en: 'decision' },
  order: { zh: '责令整改通知书', en: 'rectification order' },
  reinspection: { zh: '复查记录', en: 're-inspection record' },
  other: { zh: '其他材料', en: 'other document' },
};

export const reinspectionResults = ['passed', 'failed'] as const;
export type ReinspectionResult = (typeof reinspectionResults)[number];

/**
 * @example
 * reinspectionResultLabels.failed.zh; // '整改不到位'
 */
export const reinspectionResultLabels: Labels<ReinspectionResult> = {
  passed: { zh: '整改到位', en: 'rectified' },
  failed: { zh: '整改不到位', en: 'not rectified' },
};
