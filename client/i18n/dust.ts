import { defineMessages } from './define-messages.ts';

/**
 * The 车辆扬尘 view's shared messages (its tabs and the words every section uses). Each section has its own
 * catalogue (dust-vehicles.ts, dust-checks.ts, dust-muck.ts, dust-roads.ts, dust-stockyards.ts).
 *
 * @example
 * dustMessages('zh').tabMuck; // '渣土车'
 */
export const dustMessages = defineMessages({
  tabVehicles: { zh: '机动车', en: 'Vehicles' },
  tabChecks: { zh: '路检路查', en: 'Roadside checks' },
  tabMuck: { zh: '渣土车', en: 'Muck trucks' },
  tabRoads: { zh: '道路保洁', en: 'Road cleaning' },
  tabStockyards: { zh: '堆场', en: 'Stockyards' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  loadFailed: {
    zh: (text: string) => `加载失败：${text}`,
    en: (text: string) => `Could not load: ${text}`,
  },
  synthetic: { zh: '演示数据（合成）', en: 'demo data (synthetic)' },
});
