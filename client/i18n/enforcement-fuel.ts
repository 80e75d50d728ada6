import { defineMessages } from './define-messages.ts';

/**
 * The 执法 view's 油品抽检 tab (issue 17, task 17): samples with their results, the trace of a failed sample and
 * 「立案」.
 *
 * @example
 * enforcementFuelMessages('zh').title; // '油品抽检'
 */
export const enforcementFuelMessages = defineMessages({
  title: { zh: '油品抽检', en: 'Fuel-quality sampling' },
  figures: {
    zh: (samples: number, rate: string, open: number) =>
      `抽检 ${samples} 批次；不合格率 ${rate}；溯源未办结 ${open} 起`,
    en: (samples: number, rate: string, open: number) =>
      `${samples} samples; failure rate ${rate}; ${open} traces not closed`,
  },
  noRate: { zh: '—', en: '—' },
  limitsNote: {
    zh: '不合格项目按 GB 17930-2016、GB 19147-2016、GB 29518-2013 的限值核对（本系统只收录有把握的项目）。',
    en:
      'Failed items are checked against GB 17930-2016, GB 19147-2016 and GB 29518-2013 ' +
      '(only the items the console is sure of).',
  },
  resultFilter: { zh: '结果', en: 'Result' },
  siteFilter: { zh: '抽检场所', en: 'Site' },
  all: { zh: '全部', en: 'All' },
  colNo: { zh: '样品编号', en: 'Sample' },
  colDate: { zh: '抽检日期', en: 'Sampled' },
  colSite: { zh: '场所', en: 'Site' },
  colProduct: { zh: '油品', en: 'Product' },
  colResult: { zh: '结果', en: 'Result' },
  colTrace: { zh: '溯源', en: 'Trace' },
  count: {
    zh: (shown: number, total: number) => `显示 ${shown} / 共 ${total} 批次`,
    en: (shown: number, total: number) => `${shown} of ${total} samples`,
  },
  empty: { zh: '没有符合条件的抽检记录', en: 'No samples match' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  failedItems: { zh: '不合格项目', en: 'Failed items' },
  item: {
    zh: (item: string, value: number, limit: number, unit: string) => `${item} ${value}${unit}（限值 ${limit}${unit}）`,
    en: (item: string, value: number, limit: number, unit: string) => `${item} ${value}${unit} (limit ${limit}${unit})`,
  },
  traceTitle: { zh: '不合格油品溯源', en: 'Trace of the failed fuel' },
  supplier: { zh: '供货单位', en: 'Supplier' },
  transporter: { zh: '运输单位', en: 'Transporter' },
  origin: { zh: '油品来源', en: 'Origin' },
  traceStatus: { zh: '溯源状态', en: 'Status' },
  note: { zh: '备注', en: 'Note' },
  saveTrace: { zh: '保存溯源', en: 'Save trace' },
  saved: { zh: '已保存', en: 'Saved' },
  fileCase: { zh: '立案', en: 'Open a case' },
  caseFiled: { zh: (n: string) => `已立案：${n}`, en: (n: string) => `Case opened: ${n}` },
  caseLinked: { zh: (id: number) => `已关联案件 #${id}`, en: (id: number) => `Linked to case #${id}` },
  violation: {
    zh: (site: string, product: string, items: string) => `${site}销售/使用的${product}抽检不合格（${items}）`,
    en: (site: string, product: string, items: string) => `${product} sampled at ${site} failed (${items})`,
  },
  failed: { zh: (text: string) => `操作失败：${text}`, en: (text: string) => `Failed: ${text}` },
});
