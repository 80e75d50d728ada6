/**
 * Enterprise industries and the groups the map symbolises them by (ui.md). Zod-free: the client
 * imports it.
 *
 * @module
 */
import type { Labels, Localized } from '../localized.ts';

export const industryGroups = [
  'building-materials',
  'coal-coking',
  'metal-casting',
  'chemicals-voc',
  'energy-fuel',
  'other',
] as const;
export type IndustryGroup = (typeof industryGroups)[number];

/**
 * @example
 * industryGroupLabels['coal-coking'].zh; // '煤炭焦化'
 */
export const industryGroupLabels: Labels<IndustryGroup> = {
  'building-materials': { zh: '建材', en: 'building materials' },
  'coal-coking': { zh: '煤炭焦化', en: 'coal & coking' },
  'metal-casting': { zh: '铸造机械', en: 'casting & machinery' },
  'chemicals-voc': { zh: '化工涉VOCs', en: 'chemicals & VOCs' },
  'energy-fuel': { zh: '能源油品', en: 'energy & fuel' },
  other: { zh: '其他', en: 'other' },
};

export const industries = [
  'cement-grinding',
  'refractory',
  'brick-tile',
  'lime',
  'concrete-mixing',
  'coking',
  'coal-gasification',
  'coal-washing',
  'casting',
  'machinery',
  'chemical',
  'industrial-coating',
  'packaging-printing',
  'wood-panel',
  'pharmaceutical',
  'heat-power',
  'oil-storage-sales',
  'food',
  'other',
] as const;
export type Industry = (typeof industries)[number];

/**
 * Each industry's label and group.
 *
 * @example
 * industryInfo.coking; // { zh: '焦化', en: 'coking', group: 'coal-coking' }
 */
export const industryInfo: Readonly<Record<Industry, Localized & { group: IndustryGroup }>> = {
  'cement-grinding': { zh: '水泥粉磨', en: 'cement grinding', group: 'building-materials' },
  refractory: { zh: '耐火材料', en: 'refractory materials', group: 'building-materials' },
  'brick-tile': { zh: '砖瓦', en: 'bricks & tiles', group: 'building-materials' },
  lime: { zh: '石灰', en: 'lime', group: 'building-materials' },
  'concrete-mixing': { zh: '商砼搅拌', en: 'ready-mix concrete', group: 'building-materials' },
  coking: { zh: '焦化', en: 'coking', group: 'coal-coking' },
  'coal-gasification': { zh: '煤炭气化', en: 'coal gasification', group: 'coal-coking' },
  'coal-washing': { zh: '洗煤', en: 'coal washing', group: 'coal-coking' },
  casting: { zh: '铸造', en: 'casting', group: 'metal-casting' },
  machinery: { zh: '机械制造', en: 'machinery', group: 'metal-casting' },
  chemical: { zh: '化工', en: 'chemicals', group: 'chemicals-voc' },
  'industrial-coating': { zh: '工业涂装', en: 'industrial coating', group: 'chemicals-voc' },
  'packaging-printing': { zh: '包装印刷', en: 'packaging & printing', group: 'chemicals-voc' },
  'wood-panel': { zh: '人造板材', en: 'wood-based panels', group: 'chemicals-voc' },
  pharmaceutical: { zh: '制药', en: 'pharmaceuticals', group: 'chemicals-voc' },
  'heat-power': { zh: '热力电力', en: 'heat & power', group: 'energy-fuel' },
  'oil-storage-sales': { zh: '油品储运销', en: 'oil storage & sales', group: 'energy-fuel' },
  food: { zh: '食品加工', en: 'food processing', group: 'other' },
  other: { zh: '其他', en: 'other', group: 'other' },
};
