/**
 * The road-segment register's import target (issue 16, task 11): the main municipal roads as LineStrings with
 * name, class and maintaining sanitation unit, as the housing and urban-management department keeps them
 * (GeoJSON, a zipped Shapefile or KML). Length, bbox, midpoint and township come from the geometry.
 *
 * @module
 */
import { layerInfo } from '../../schema/layer-catalogue.ts';
import { roadClasses, roadClassLabels } from '../../schema/enums/road-segment.ts';
import { idField, nameField, text } from '../import-fields.ts';
import type { ImportTarget } from '../import-targets.ts';

/** Words in register road grades for our classes (城市主干路 → arterial, 快速路 counts as arterial). */
const classKeywords: Readonly<Record<string, readonly string[]>> = {
  arterial: ['主干', '快速'],
  secondary: ['次干'],
  branch: ['支路'],
};

/** `road-segments`: upserts by `id`; LineString geometry. */
export const roadImportTargets: readonly ImportTarget[] = [
  {
    id: 'road-segments',
    label: { zh: layerInfo['road-segments'].nameZh, en: layerInfo['road-segments'].nameEn },
    table: 'road_segments',
    key: 'id',
    geometry: 'line',
    fields: [
      idField(['路段编号', '编号']),
      { ...nameField, names: ['name', '路段名称', '道路名称', '名称'] },
      {
        column: 'road_class',
        names: ['roadClass', 'road_class', '道路等级', '等级'],
        type: {
          kind: 'enum',
          values: roadClasses,
          labels: roadClassLabels,
          keywords: classKeywords,
          fallback: 'other',
        },
        label: { zh: '道路等级', en: 'Road class' },
        required: true,
      },
      {
        column: 'maintainer',
        names: ['maintainer', '养护单位', '保洁单位', '责任单位'],
        type: text(80),
        label: { zh: '保洁责任单位', en: 'Maintainer' },
        required: true,
      },
    ],
  },
];
