/**
 * The 10 key VOC links of task 13, in the plan's order. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const vocLinks = [
  'storage-tanks',
  'loading',
  'open-liquid',
  'ldar',
  'gas-collection',
  'bypass',
  'treatment',
  'filling-station',
  'abnormal-conditions',
  'product-voc',
] as const;
export type VocLink = (typeof vocLinks)[number];

/**
 * @example
 * vocLinkLabels.loading.zh; // '装卸'
 */
export const vocLinkLabels: Labels<VocLink> = {
  'storage-tanks': { zh: '挥发性有机液体储罐', en: 'VOC liquid storage tanks' },
  loading: { zh: '装卸', en: 'loading & unloading' },
  'open-liquid': { zh: '敞开液面', en: 'open liquid surfaces' },
  ldar: { zh: '泄漏检测与修复(LDAR)', en: 'leak detection & repair (LDAR)' },
  'gas-collection': { zh: '废气收集', en: 'waste-gas collection' },
  bypass: { zh: '废气旁路', en: 'waste-gas bypasses' },
  treatment: { zh: '治理设施', en: 'treatment facilities' },
  'filling-station': { zh: '加油站', en: 'filling stations' },
  'abnormal-conditions': { zh: '非正常工况', en: 'abnormal operating conditions' },
  'product-voc': { zh: '产品挥发性有机物含量', en: 'VOC content of products' },
};
