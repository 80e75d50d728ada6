/**
 * The stockyard register's import target (堆场, issue 16, task 12): points with kind, material, enterprise and area,
 * as the ecology-environment bureau's or the township's stockyard register lists them.
 *
 * @module
 */
import { layerInfo } from '../../schema/layer-catalogue.ts';
import {
  stockyardKindLabels,
  stockyardKinds,
  stockyardMaterialLabels,
  stockyardMaterials,
} from '../../schema/enums/stockyard.ts';
import { enumOf, idField, nameField, text } from '../import-fields.ts';
import type { ImportTarget } from '../import-targets.ts';

/** Words in register material names for our materials (煤矸石 → coal, 渣土 → construction waste); first match wins. */
const materialKeywords: Readonly<Record<string, readonly string[]>> = {
  coke: ['焦炭', '焦'],
  coal: ['煤'],
  ore: ['矿', '铁精粉'],
  lime: ['石灰', '白灰'],
  'construction-waste': ['建筑垃圾', '渣土', '建渣'],
  sand: ['砂', '沙', '石子', '碎石'],
};

/** `stockyards`: upserts by `id`; position and township come from the geometry. */
export const stockyardImportTargets: readonly ImportTarget[] = [
  {
    id: 'stockyards',
    label: { zh: layerInfo.stockyards.nameZh, en: layerInfo.stockyards.nameEn },
    table: 'stockyards',
    key: 'id',
    geometry: 'point',
    fields: [
      idField(['堆场编号', '编号']),
      { ...nameField, names: ['name', '堆场名称', '名称'] },
      {
        column: 'kind',
        names: ['kind', '堆场类型', '类型'],
        type: enumOf(stockyardKinds, stockyardKindLabels),
        label: { zh: '堆场类型', en: 'Type' },
        default: 'industrial',
      },
      {
        column: 'material',
        names: ['material', '物料', '堆存物料', '物料种类'],
        type: {
          kind: 'enum',
          values: stockyardMaterials,
          labels: stockyardMaterialLabels,
          keywords: materialKeywords,
          fallback: 'other',
        },
        label: { zh: '堆存物料', en: 'Material' },
        required: true,
      },
      {
        column: 'enterprise_id',
        names: ['enterpriseId', 'enterprise_id', '所属企业编号', '企业编号'],
        type: text(40, /^[A-Za-z0-9_.-]+$/, { zh: '由字母、数字和 . _ - 组成的编号', en: 'letters, digits, . _ -' }),
        label: { zh: '所属企业编号', en: 'Enterprise code' },
      },
      {
        column: 'area_m2',
        names: ['areaM2', 'area_m2', '面积', '占地面积', '占地面积(m²)', '堆场面积'],
        type: { kind: 'number', min: 1, max: 1e7 },
        label: { zh: '占地面积', en: 'Area' },
        unit: { zh: '平方米', en: 'm²' },
        required: true,
      },
    ],
  },
];
