/**
 * The muck-truck import target (渣土车, issue 16, task 11): the trucks of the city-management (城管) and transport
 * registers, upserted by code; a truck's point is its company's base. Disposal sites have no layer of their own and
 * so no import target (import targets are layers).
 *
 * @module
 */
import { muckTruckFuels, muckTruckStages } from '../../schema/enums/muck-truck.ts';
import { layerInfo } from '../../schema/layer-catalogue.ts';
import { bool, enumOf, idField, text, type Labels } from '../import-fields.ts';
import type { ImportTarget } from '../import-targets.ts';

const fuelLabels: Labels = {
  diesel: { zh: '柴油', en: 'diesel' },
  gas: { zh: '天然气', en: 'natural gas' },
  electric: { zh: '纯电动', en: 'electric' },
  hydrogen: { zh: '氢燃料', en: 'hydrogen' },
  methanol: { zh: '甲醇', en: 'methanol' },
  hybrid: { zh: '混合动力', en: 'hybrid' },
};
const stageLabels: Labels = {
  III: { zh: '国三', en: 'China III' },
  IV: { zh: '国四', en: 'China IV' },
  V: { zh: '国五', en: 'China V' },
  VI: { zh: '国六', en: 'China VI' },
  'new-energy': { zh: '新能源', en: 'new energy' },
};

/** `muck-trucks`: points (the company's base); township and position come from the geometry. */
export const muckImportTargets: readonly ImportTarget[] = [
  {
    id: 'muck-trucks',
    label: { zh: layerInfo['muck-trucks'].nameZh, en: layerInfo['muck-trucks'].nameEn },
    table: 'muck_trucks',
    key: 'id',
    geometry: 'point',
    fields: [
      idField(['车辆编号', '编号']),
      { column: 'plate', names: ['plate', '号牌号码', '车牌号', '号牌'], type: text(16), required: true },
      { column: 'company', names: ['company', '运输企业', '所属公司', '企业名称'], type: text(100), required: true },
      {
        column: 'fuel',
        names: ['fuel', '燃料类型', '燃料'],
        type: enumOf(muckTruckFuels, fuelLabels),
        default: 'diesel',
      },
      {
        column: 'emission_stage',
        names: ['emissionStage', 'emission_stage', '排放阶段', '排放标准'],
        type: enumOf(muckTruckStages, stageLabels),
        required: true,
      },
      { column: 'sealed', names: ['sealed', '密闭改装', '是否密闭'], type: bool, default: 0 },
      { column: 'gps_device', names: ['gpsDevice', 'gps_device', '定位终端号', 'GPS终端'], type: text(40) },
    ],
  },
];
