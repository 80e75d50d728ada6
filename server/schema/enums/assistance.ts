/**
 * Assistance-visit enums (帮扶, issue 17; S6, S11, T15.4 定期帮扶): visit topics, request categories and request
 * statuses. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const visitTopics = ['policy', 'technical', 'emergency', 'permit', 'funding', 'other'] as const;
export type VisitTopic = (typeof visitTopics)[number];

/**
 * @example
 * visitTopicLabels.technical.zh; // '治理技术指导'
 */
export const visitTopicLabels: Labels<VisitTopic> = {
  policy: { zh: '政策宣讲', en: 'policy briefing' },
  technical: { zh: '治理技术指导', en: 'technical guidance' },
  emergency: { zh: '应急减排帮扶', en: 'emergency-reduction help' },
  permit: { zh: '排污许可指导', en: 'permit guidance' },
  funding: { zh: '资金项目申报', en: 'funding applications' },
  other: { zh: '其他', en: 'other' },
};

export const requestCategories = ['policy', 'technical', 'funding', 'permit', 'energy', 'transport', 'other'] as const;
export type RequestCategory = (typeof requestCategories)[number];

/**
 * @example
 * requestCategoryLabels.energy.zh; // '用能保障'
 */
export const requestCategoryLabels: Labels<RequestCategory> = {
  policy: { zh: '政策解读', en: 'policy' },
  technical: { zh: '技术支持', en: 'technical support' },
  funding: { zh: '资金支持', en: 'funding' },
  permit: { zh: '审批许可', en: 'permits' },
  energy: { zh: '用能保障', en: 'energy supply' },
  transport: { zh: '运输保障', en: 'transport' },
  other: { zh: '其他', en: 'other' },
};

export const requestStatuses = ['open', 'answered', 'resolved', 'declined'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/**
 * @example
 * requestStatusLabels.open.zh; // '待答复'
 */
export const requestStatusLabels: Labels<RequestStatus> = {
  open: { zh: '待答复', en: 'open' },
  answered: { zh: '已答复', en: 'answered' },
  resolved: { zh: '已解决', en: 'resolved' },
  declined: { zh: '不予支持', en: 'declined' },
};
