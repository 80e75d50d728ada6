import { defineMessages } from './define-messages.ts';

/**
 * The 部门 view's shared messages (its tabs and the words every section uses). Each section has its own
 * catalogue (departments-<section>.ts).
 *
 * @example
 * departmentsMessages('zh').tabOwners; // '部门职责'
 */
export const departmentsMessages = defineMessages({
  tabOwners: { zh: '部门职责', en: 'Departments' },
  tabLeaders: { zh: '第一责任人', en: 'First responsible' },
  tabPlans: { zh: '年度计划', en: 'Annual plans' },
  tabFunds: { zh: '专项资金', en: 'Special funds' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  loadFailed: {
    zh: (text: string) => `加载失败：${text}`,
    en: (text: string) => `Could not load: ${text}`,
  },
  synthetic: { zh: '演示数据（合成）', en: 'demo data (synthetic)' },
});
