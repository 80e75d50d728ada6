import { defineMessages } from './define-messages.ts';

/**
 * The 执法 view's shared messages (its tabs and the words every section uses). Each section has its own
 * catalogue (enforcement-<section>.ts).
 *
 * @example
 * enforcementMessages('zh').tabCases; // '执法案件'
 */
export const enforcementMessages = defineMessages({
  tabCases: { zh: '执法案件', en: 'Cases' },
  tabReports: { zh: '群众举报', en: 'Public reports' },
  tabVisits: { zh: '帮扶走访', en: 'Assistance visits' },
  tabFuel: { zh: '油品抽检', en: 'Fuel sampling' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  loadFailed: {
    zh: (text: string) => `加载失败：${text}`,
    en: (text: string) => `Could not load: ${text}`,
  },
  synthetic: { zh: '演示数据（合成）', en: 'demo data (synthetic)' },
});
