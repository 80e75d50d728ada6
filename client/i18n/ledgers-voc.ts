import { defineMessages } from './define-messages.ts';

/**
 * The 台账 view's 活性炭 and 低VOCs原辅材料 tabs (issue 17, task 13).
 *
 * @example
 * ledgersVocMessages('zh').carbonTitle; // '活性炭更换与废炭转移'
 */
export const ledgersVocMessages = defineMessages({
  carbonTitle: { zh: '活性炭更换与废炭转移', en: 'Activated-carbon replacements and spent-carbon transfers' },
  carbonNote: {
    zh: (granular: number, honeycomb: number, days: number) =>
      `碘值下限（颗粒 ${granular} mg/g、蜂窝 ${honeycomb} mg/g）和废炭更换后 ${days} 天内转移` +
      '均为本系统约定，非国家标准；' +
      '转移量先抵联单所注明的更换，其余按先进先出。',
    en: (granular: number, honeycomb: number, days: number) =>
      `The iodine floors (granular ${granular} mg/g, honeycomb ${honeycomb} mg/g) and the transfer within ${days} ` +
      'days are console conventions, not national standards; a transfer covers the replacement it names first, the ' +
      'rest first in, first out.',
  },
  carbonTotals: {
    zh: (n: number, short: number, overdue: number, kg: number) =>
      `${n} 家企业；填充不足或碘值偏低 ${short} 家；超期未转移 ${overdue} 家；未转移废炭 ${kg} kg`,
    en: (n: number, short: number, overdue: number, kg: number) =>
      `${n} enterprises; ${short} short or below the iodine floor; ${overdue} overdue; ${kg} kg untransferred`,
  },
  statusFilter: { zh: '状态', en: 'Status' },
  statusAll: { zh: '全部', en: 'All' },
  statusOk: { zh: '正常', en: 'In order' },
  statusFillShort: { zh: '填充不足/碘值偏低', en: 'Short or low iodine' },
  statusUntransferred: { zh: '超期未转移', en: 'Overdue transfer' },
  colEnterprise: { zh: '企业', en: 'Enterprise' },
  colFill: { zh: '最近填充（实填/设计）', en: 'Latest fill (filled/design)' },
  colIodine: { zh: '碘值/下限', en: 'Iodine/floor' },
  colSpent: { zh: '废炭：产生/已转移/未转移', en: 'Spent: out/transferred/left' },
  colDays: { zh: '距最近更换', en: 'Since replacement' },
  days: { zh: (n: number) => `${n} 天`, en: (n: number) => `${n} d` },
  noReplacement: { zh: '无更换记录', en: 'no replacement' },
  noFloor: { zh: '不设下限', en: 'no floor' },
  badgeShort: { zh: '填充不足', en: 'short fill' },
  badgeIodine: { zh: '碘值偏低', en: 'low iodine' },
  badgeOverdue: { zh: '超期未转移', en: 'overdue' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  replacements: { zh: '更换记录', en: 'Replacements' },
  transfers: { zh: '转移联单', en: 'Transfers' },
  noTransfers: { zh: '无转移联单', en: 'no transfers' },
  replacementLine: {
    zh: (date: string, unit: string, filled: number, design: number, spent: number, left: number) =>
      `${date} ${unit}：填充 ${filled}/${design} kg，废炭 ${spent} kg，未转移 ${left} kg`,
    en: (date: string, unit: string, filled: number, design: number, spent: number, left: number) =>
      `${date} ${unit}: filled ${filled}/${design} kg, spent ${spent} kg, ${left} kg left`,
  },
  transferLine: {
    zh: (date: string, no: string, receiver: string, kg: number) => `${date} 联单 ${no}，${receiver}，${kg} kg`,
    en: (date: string, no: string, receiver: string, kg: number) => `${date} manifest ${no}, ${receiver}, ${kg} kg`,
  },
  pickEnterprise: { zh: '选择列表中的企业后可录入记录', en: 'Pick an enterprise in the list to record for it' },
  replacementForm: {
    zh: (name: string) => `登记活性炭更换：${name}`,
    en: (name: string) => `Record a replacement: ${name}`,
  },
  transferForm: { zh: (name: string) => `登记转移联单：${name}`, en: (name: string) => `Record a transfer: ${name}` },
  facility: { zh: '吸附设施', en: 'Adsorption unit' },
  replacedOn: { zh: '更换日期', en: 'Replaced on' },
  carbonForm: { zh: '活性炭形态', en: 'Carbon form' },
  filledKg: { zh: '实际填充量（kg）', en: 'Filled (kg)' },
  designFillKg: { zh: '设计填充量（kg）', en: 'Design fill (kg)' },
  iodine: { zh: '碘值（mg/g，可空）', en: 'Iodine (mg/g, optional)' },
  spentKg: { zh: '更换出的废炭（kg）', en: 'Spent carbon out (kg)' },
  manifestNo: { zh: '转移联单编号', en: 'Manifest no.' },
  receiver: { zh: '接收单位', en: 'Receiver' },
  quantityKg: { zh: '转移量（kg）', en: 'Quantity (kg)' },
  transferredOn: { zh: '转移日期', en: 'Transferred on' },
  replacementRef: { zh: '对应更换（可空）', en: 'For replacement (optional)' },
  none: { zh: '不指定', en: 'none' },
  save: { zh: '保存', en: 'Save' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saved: { zh: '已保存', en: 'Saved' },
  saveFailed: { zh: (text: string) => `保存失败：${text}`, en: (text: string) => `Could not save: ${text}` },
  materialsTitle: { zh: '低VOCs原辅材料使用', en: 'Low-VOC material use' },
  materialsNote: {
    zh:
      '限值为每条记录所申报的产品标准限值（GB 30981-2020、GB 24409-2020、GB 38507-2020、GB 33372-2020、' +
      'GB 38508-2020 按产品类型分别规定），本系统不另存标准限值表；是否低VOCs按申报或核定。',
    en:
      'The limit is the one each record declares from its product standard (the standards set limits by product ' +
      'type); the console holds no table of them; low-VOC as declared or judged.',
  },
  sharesTitle: { zh: '合规（低VOCs）材料占比（按用量）', en: 'Share of compliant (low-VOC) materials by quantity' },
  colYear: { zh: '年份', en: 'Year' },
  colDistrict: { zh: '全区', en: 'District' },
  share: {
    zh: (share: number | null, n: number) => (share === null ? '—' : `${(share * 100).toFixed(1)}%（${n} 家）`),
    en: (share: number | null, n: number) => (share === null ? '—' : `${(share * 100).toFixed(1)}% (${n})`),
  },
  industryFilter: { zh: '行业', en: 'Industry' },
  allIndustries: { zh: '三个重点行业', en: 'All three key industries' },
  colIndustry: { zh: '行业', en: 'Industry' },
  colQuantity: { zh: '用量（t）', en: 'Quantity (t)' },
  colShare: { zh: '合规占比', en: 'Compliant share' },
  colOver: { zh: '超限项', en: 'Over limit' },
  materialLine: {
    zh: (kind: string, product: string, t: number, content: string, limit: string, standard: string) =>
      `${kind}「${product}」${t} t，VOCs ${content}（申报限值 ${limit}，${standard}）`,
    en: (kind: string, product: string, t: number, content: string, limit: string, standard: string) =>
      `${kind} '${product}' ${t} t, VOC ${content} (declared limit ${limit}, ${standard})`,
  },
  lowVoc: { zh: '低VOCs', en: 'low-VOC' },
  overLimit: { zh: '超限', en: 'over limit' },
  noMaterials: { zh: '没有原辅材料台账', en: 'No material records' },
  materialForm: { zh: (name: string) => `登记原辅材料：${name}`, en: (name: string) => `Record a material: ${name}` },
  year: { zh: '年份', en: 'Year' },
  material: { zh: '材料类别', en: 'Kind' },
  product: { zh: '产品名称', en: 'Product' },
  quantityT: { zh: '用量（t）', en: 'Quantity (t)' },
  vocContent: { zh: 'VOCs含量', en: 'VOC content' },
  vocUnit: { zh: '单位', en: 'Unit' },
  limitValue: { zh: '申报限值（同单位）', en: 'Declared limit (same unit)' },
  standard: { zh: '产品标准（可空）', en: 'Product standard (optional)' },
  lowVocDeclared: { zh: '申报为低VOCs产品', en: 'Declared low-VOC' },
});
