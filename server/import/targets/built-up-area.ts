/**
 * The urban built-up area's import target (城市建成区, issue 16): the planning department's polygon(s), upserted by
 * code. Imported polygons are official boundaries (`provisional` = 0); from their `effective_from` on, the console's
 * provisional 示意 outline stops applying (server/db/layers/built-up-area.ts).
 *
 * @module
 */
import { layerInfo } from '../../schema/layer-catalogue.ts';
import { date, idField, nameField, text } from '../import-fields.ts';
import type { ImportTarget } from '../import-targets.ts';

/** `built-up-area`: polygons; bbox, area (km², geodesic), label point and township come from the geometry. */
export const builtUpAreaImportTargets: readonly ImportTarget[] = [
  {
    id: 'built-up-area',
    label: { zh: layerInfo['built-up-area'].nameZh, en: layerInfo['built-up-area'].nameEn },
    table: 'built_up_areas',
    key: 'id',
    geometry: 'polygon',
    fields: [
      {
        // the provisional outline's own code is refused: an import updating it would keep it provisional
        ...idField(['编号', '范围编号']),
        type: text(40, /^(?!BUA-PROVISIONAL$)[A-Za-z0-9_.-]+$/, {
          zh: '由字母、数字和 . _ - 组成的编号（不可为示意边界的编号 BUA-PROVISIONAL）',
          en: 'letters, digits, . _ - (not BUA-PROVISIONAL, the provisional outline’s code)',
        }),
      },
      nameField,
      {
        column: 'effective_from',
        names: ['effectiveFrom', 'effective_from', '生效日期', '批复日期'],
        type: date,
        required: true,
      },
    ],
    insertDefaults: { provisional: 0 },
  },
];
