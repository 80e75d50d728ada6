import { defineMessages } from './define-messages.ts';

/**
 * The built-up-area summary (城市建成区) above the 车辆扬尘 view's tabs.
 *
 * @example
 * dustBuiltUpMessages('zh').area('54.7'); // '54.7 km²'
 */
export const dustBuiltUpMessages = defineMessages({
  title: { zh: '城市建成区', en: 'Urban built-up area' },
  area: { zh: (km2: string) => `${km2} km²`, en: (km2: string) => `${km2} km²` },
  provisionalTag: { zh: '示意', en: 'provisional' },
  provisionalNote: {
    zh: '示意边界：由 7 个街道驻地推算（凸包外扩 1.5 km），非规划部门的正式建成区边界；导入正式边界后即替换。',
    en:
      'Provisional outline: derived from the 7 subdistrict seats (hull buffered by 1.5 km), not the planning ' +
      'department’s boundary; importing the official boundary replaces it.',
  },
  none: {
    zh: '未持有建成区边界：限于建成区的规则暂不生效。',
    en: 'No built-up-area boundary held: the rules limited to it find nothing.',
  },
  enterprises: { zh: '企业', en: 'Enterprises' },
  enterprisesValue: {
    zh: (total: number, operating: number, heavy: number) => `${total} 家（在产 ${operating}，其中重污染 ${heavy}）`,
    en: (total: number, operating: number, heavy: number) =>
      `${total} (${operating} operating, ${heavy} heavy polluters)`,
  },
  disagreements: { zh: '清单建成区标注与边界不符', en: 'List’s built-up flag disagrees' },
  disagreementsValue: { zh: (n: number) => `${n} 家`, en: (n: number) => `${n}` },
  disagreement: {
    zh: (name: string, heavy: boolean, listMarks: boolean) =>
      `${name}${heavy ? '（重污染）' : ''}：${listMarks ? '清单标注建成区，位于边界外' : '位于边界内，清单未标注'}`,
    en: (name: string, heavy: boolean, listMarks: boolean) =>
      `${name}${heavy ? ' (heavy polluter)' : ''}: ` +
      `${listMarks ? 'marked built-up, outside the outline' : 'inside the outline, not marked'}`,
  },
  sites: { zh: '建筑工地', en: 'Construction sites' },
  sitesValue: {
    zh: (total: number, active: number) => `${total} 个（施工中 ${active}）`,
    en: (total: number, active: number) => `${total} (${active} active)`,
  },
  machines: { zh: '非道路移动机械', en: 'Non-road machinery' },
  muckTrucks: { zh: '渣土车', en: 'Muck trucks' },
  fleetValue: {
    zh: (total: number, share: string) => `${total} 台（${share}）`,
    en: (total: number, share: string) => `${total} (${share})`,
  },
  electricShare: { zh: (pct: string) => `电动 ${pct}`, en: (pct: string) => `electric ${pct}` },
  newEnergyShare: { zh: (pct: string) => `新能源 ${pct}`, en: (pct: string) => `new energy ${pct}` },
  roads: { zh: '主要道路', en: 'Main roads' },
  roadsValue: {
    zh: (count: number, km: string) => `${count} 段，建成区内 ${km} km`,
    en: (count: number, km: string) => `${count} segments, ${km} km inside`,
  },
  stockyards: { zh: '堆场', en: 'Stockyards' },
  stockyardsValue: { zh: (n: number) => `${n} 处`, en: (n: number) => `${n}` },
});
