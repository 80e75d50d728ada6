/**
 * Import targets of roadside checks and repair shops (issue 16, task 16): the checkpoints (路检路查点位) the joint
 * enforcement agencies keep and the transport department's register of vehicle repair shops (机动车维修机构),
 * both point layers upserted by code; township and position come from the geometry.
 *
 * @module
 */
import { layerInfo } from '../../schema/layer-catalogue.ts';
import { checkpointKindLabels, checkpointKinds } from '../../schema/enums/roadside-check.ts';
import { repairShopCategories, repairShopCategoryLabels } from '../../schema/enums/repair-shop.ts';
import { bool, enumOf, idField, nameField, text } from '../import-fields.ts';
import type { ImportTarget } from '../import-targets.ts';

/** `checkpoints` and `repair-shops`: points. */
export const checkImportTargets: readonly ImportTarget[] = [
  {
    id: 'checkpoints',
    label: { zh: layerInfo.checkpoints.nameZh, en: layerInfo.checkpoints.nameEn },
    table: 'checkpoints',
    key: 'id',
    geometry: 'point',
    fields: [
      idField(['编号', '点位编号', '检查点编号']),
      { ...nameField, names: ['name', '名称', '检查点名称', '点位名称'] },
      {
        column: 'kind',
        names: ['kind', '类型', '检查点类型'],
        type: enumOf(checkpointKinds, checkpointKindLabels),
        default: 'fixed',
      },
    ],
  },
  {
    id: 'repair-shops',
    label: { zh: layerInfo['repair-shops'].nameZh, en: layerInfo['repair-shops'].nameEn },
    table: 'repair_shops',
    key: 'id',
    geometry: 'point',
    fields: [
      idField(['编号', '统一社会信用代码', '信用代码']),
      { ...nameField, names: ['name', '名称', '企业名称', '维修企业名称', '业户名称'] },
      {
        column: 'category',
        names: ['category', '类别', '经营类别', '维修类别'],
        type: enumOf(repairShopCategories, repairShopCategoryLabels),
        required: true,
      },
      {
        column: 'emissions_repair',
        names: ['emissionsRepair', 'emissions_repair', '排放维修站', 'M站'],
        type: bool,
        default: 0,
      },
      { column: 'licence', names: ['licence', '道路运输经营许可证号', '许可证'], type: text(40) },
    ],
  },
];
