import { defineMessages } from './define-messages.ts';

/**
 * The 台账 view's shared messages (its tabs and the words every section uses). Each section has its own
 * catalogue (ledgers-<section>.ts).
 *
 * @example
 * ledgersMessages('zh').tabEnergy; // '能源煤炭'
 */
export const ledgersMessages = defineMessages({
  tabEnergy: { zh: '能源煤炭', en: 'Energy and coal' },
  tabProjects: { zh: '项目准入', en: 'Project approvals' },
  tabCarbon: { zh: '活性炭', en: 'Activated carbon' },
  tabMaterials: { zh: '低VOCs原辅材料', en: 'Low-VOC materials' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  loadFailed: {
    zh: (text: string) => `加载失败：${text}`,
    en: (text: string) => `Could not load: ${text}`,
  },
  synthetic: { zh: '演示数据（合成）', en: 'demo data (synthetic)' },
});
