/**
 * What kind of problem an assistance visit found (帮扶走访发现的问题): the `category` of each item of
 * `assistance_visits.problems`. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../schema/localized.ts';

export const visitProblemCategories = ['treatment', 'records', 'monitoring', 'fugitive', 'permit', 'other'] as const;
export type VisitProblemCategory = (typeof visitProblemCategories)[number];

/**
 * @example
 * visitProblemCategoryLabels.records.zh; // '台账不规范'
 */
export const visitProblemCategoryLabels: Labels<VisitProblemCategory> = {
  treatment: { zh: '治理设施运行', en: 'treatment facilities' },
  records: { zh: '台账不规范', en: 'records' },
  monitoring: { zh: '自动监测', en: 'monitoring' },
  fugitive: { zh: '无组织排放', en: 'fugitive emissions' },
  permit: { zh: '排污许可', en: 'permit' },
  other: { zh: '其他', en: 'other' },
};

/**
 * Days a request (诉求) may stay unanswered before the summary counts it as long open: a console convention, not a
 * figure of the plan (the plan asks to 「主动了解企业诉求」 without a deadline).
 */
export const REQUEST_OPEN_DAYS = 30;
