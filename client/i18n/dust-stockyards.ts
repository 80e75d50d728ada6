import { defineMessages } from './define-messages.ts';

/**
 * The 堆场 section of the 车辆扬尘 view (task 12): the stockyards with their failed controls, the inspection form,
 * and the dustfall source analysis.
 *
 * @example
 * dustStockyardsMessages('zh').summary(40, 6, 3); // '共 40 处堆场，6 处措施未落实，3 处从未检查'
 */
export const dustStockyardsMessages = defineMessages({
  title: { zh: '堆场扬尘', en: 'Stockyard dust' },
  summary: {
    zh: (total: number, failing: number, never: number) =>
      `共 ${total} 处堆场，${failing} 处措施未落实，${never} 处从未检查`,
    en: (total: number, failing: number, never: number) =>
      `${total} stockyards, ${failing} failing a control, ${never} never inspected`,
  },
  none: { zh: '没有堆场记录', en: 'No stockyards on record' },
  failed: { zh: (controls: string) => `未落实：${controls}`, en: (controls: string) => `not in place: ${controls}` },
  allInPlace: { zh: '五项措施均已落实', en: 'all five controls in place' },
  neverInspected: { zh: '从未检查', en: 'never inspected' },
  inspectedOn: { zh: (date: string) => `最近检查 ${date}`, en: (date: string) => `inspected ${date}` },
  separator: { zh: '、', en: ', ' },
  showOnMap: { zh: '在地图上显示', en: 'Show on the map' },
  // the inspection form
  formTitle: { zh: (name: string) => `记录检查：${name}`, en: (name: string) => `Record an inspection: ${name}` },
  formDate: { zh: '检查日期', en: 'Date' },
  formNote: { zh: '备注', en: 'Note' },
  formSave: { zh: '保存检查记录', en: 'Save inspection' },
  formSaving: { zh: '正在保存…', en: 'Saving…' },
  formSaved: { zh: '检查记录已保存', en: 'Inspection saved' },
  formFailed: { zh: (text: string) => `保存失败：${text}`, en: (text: string) => `Could not save: ${text}` },
  formPick: { zh: '在上表中选择一处堆场以记录检查', en: 'Pick a stockyard above to record an inspection' },
  // the source analysis
  sourcesTitle: { zh: '降尘超标点周边污染源', en: 'Sources around dustfall points over the limit' },
  sourcesNote: {
    zh: (limit: number) =>
      `降尘量高于 ${limit} 吨/(平方公里·月) 的监测点；圈层为累计（3 公里内含 1 公里内），按大地线距离`,
    en: (limit: number) =>
      `points above ${limit} t/(km²·month); rings are cumulative (within 3 km includes within 1 km), geodesic distance`,
  },
  sourcesNone: {
    zh: (month: string, n: number) => `${month} 有读数的 ${n} 个监测点均未超标`,
    en: (month: string, n: number) => `none of the ${n} points with a reading in ${month} is over the limit`,
  },
  sourcesNoData: { zh: '没有降尘读数', en: 'No dustfall readings' },
  pointValue: {
    zh: (value: string) => `${value} 吨/(平方公里·月)`,
    en: (value: string) => `${value} t/(km²·month)`,
  },
  ring: { zh: (km: number) => `${km} 公里内`, en: (km: number) => `within ${km} km` },
  rowStockyards: { zh: '堆场（未落实/达标/未检查）', en: 'Stockyards (failing/compliant/never)' },
  rowSites: { zh: '在建工地（未达标/达标/未检查）', en: 'Active sites (failing/compliant/never)' },
  rowEnterprises: { zh: '在产企业', en: 'Operating enterprises' },
  rowRoads: { zh: '主要道路 公里（其中保洁滞后）', en: 'Main roads, km (behind schedule)' },
  nearest: { zh: '最近的污染源', en: 'Nearest sources' },
  distance: { zh: (m: number) => `${m} 米`, en: (m: number) => `${m} m` },
  layerStockyards: { zh: '堆场', en: 'stockyard' },
  layerSites: { zh: '工地', en: 'site' },
  layerEnterprises: { zh: '企业', en: 'enterprise' },
  layerRoads: { zh: '道路', en: 'road' },
  statusFailing: { zh: '未落实', en: 'failing' },
  statusCompliant: { zh: '达标', en: 'compliant' },
  statusNever: { zh: '未检查', en: 'never inspected' },
  statusBehind: { zh: '保洁滞后', en: 'behind schedule' },
  statusOnSchedule: { zh: '保洁按时', en: 'on schedule' },
});
