/**
 * Stockyard enums (堆场, issue 16, task 12): kinds, materials and the five controls inspected. Zod-free: the
 * client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const stockyardKinds = ['industrial', 'commercial'] as const;
export type StockyardKind = (typeof stockyardKinds)[number];

/**
 * @example
 * stockyardKindLabels.industrial.zh; // '工业企业堆场'
 */
export const stockyardKindLabels: Labels<StockyardKind> = {
  industrial: { zh: '工业企业堆场', en: 'industrial stockyard' },
  commercial: { zh: '经营性堆场', en: 'commercial stockyard' },
};

export const stockyardMaterials = ['coal', 'coke', 'ore', 'sand', 'lime', 'construction-waste', 'other'] as const;
export type StockyardMaterial = (typeof stockyardMaterials)[number];

/**
 * @example
 * stockyardMaterialLabels['construction-waste'].zh; // '建筑垃圾'
 */
export const stockyardMaterialLabels: Labels<StockyardMaterial> = {
  coal: { zh: '煤炭', en: 'coal' },
  coke: { zh: '焦炭', en: 'coke' },
  ore: { zh: '矿石', en: 'ore' },
  sand: { zh: '砂石', en: 'sand and gravel' },
  lime: { zh: '石灰', en: 'lime' },
  'construction-waste': { zh: '建筑垃圾', en: 'construction waste' },
  other: { zh: '其他物料', en: 'other material' },
};

/** The controls a stockyard inspection checks, in the order inspectors read them. */
export const stockyardControls = ['enclosure', 'cover', 'spraying', 'wheelWashing', 'hardSurface'] as const;
export type StockyardControl = (typeof stockyardControls)[number];

/**
 * @example
 * stockyardControlLabels.cover.zh; // '物料苫盖'
 */
export const stockyardControlLabels: Labels<StockyardControl> = {
  enclosure: { zh: '围挡封闭', en: 'enclosure' },
  cover: { zh: '物料苫盖', en: 'cover' },
  spraying: { zh: '喷淋抑尘', en: 'spraying' },
  wheelWashing: { zh: '车辆冲洗', en: 'wheel washing' },
  hardSurface: { zh: '地面硬化', en: 'hard surface' },
};
