import {
  emissionTestResults,
  industries,
  industryInfo,
  operatingStatuses,
  performanceGrades,
  railSpurStatuses,
  uleStatuses,
} from '../schema/enterprise.ts';
import { siteActivities, siteKindLabels, siteKinds } from '../schema/construction-site.ts';
import { siteActivityLabels } from '../schema/enums/construction-site.ts';
import { fuelPointKindLabels, fuelPointKinds, fuelPointStatuses } from '../schema/fuel-point.ts';
import { fuelPointStatusLabels } from '../schema/enums/fuel-point.ts';
import { smokeTestResultLabels } from '../schema/enums/machine.ts';
import { layerInfo } from '../schema/layer-catalogue.ts';
import {
  emissionStageLabels,
  emissionStages,
  machineTypeLabels,
  machineTypes,
  smokeTestResults,
} from '../schema/machine.ts';
import { stationKindLabels, stationKinds } from '../schema/station.ts';
import {
  emissionTestResultLabels,
  operatingStatusLabels,
  performanceGradeLabels,
  railSpurStatusLabels,
  uleStatusLabels,
} from '../schema/enums/enterprise-status.ts';
import type { LayerId } from '../schema/enums/layer-id.ts';
import type { Localized } from '../schema/localized.ts';
import { bool, date, enumOf, idField, nameField, text, type Labels } from './import-fields.ts';
// issue 16 import: built-up area
import { builtUpAreaImportTargets } from './targets/built-up-area.ts';
// issue 16 import: vehicles
// issue 16 import: roadside checks and repair shops
import { checkImportTargets } from './targets/checks.ts';
// issue 16 import: muck trucks
import { muckImportTargets } from './targets/muck.ts';
// issue 16 import: roads
import { roadImportTargets } from './targets/roads.ts';
// issue 16 import: stockyards
import { stockyardImportTargets } from './targets/stockyards.ts';
// issue 17 import: departments
// issue 17 import: energy
// issue 17 import: fuel and voc

/** How a source value becomes a column value. */
export type FieldType =
  | { kind: 'text'; max: number; pattern?: RegExp; patternText?: Localized }
  | {
      kind: 'enum';
      values: readonly string[];
      labels?: Labels;
      /** Words that identify a value inside a longer name, e.g. 砖瓦制造 → brick-tile by 砖瓦. */
      keywords?: Readonly<Record<string, readonly string[]>>;
      /** Stored (with a warning) when a value matches nothing, instead of refusing the row. */
      fallback?: string;
    }
  | { kind: 'enum-list'; values: readonly string[]; labels?: Labels }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'boolean' };

/** One column an import fills, and the source names (English and Chinese headers) it is read from. */
export interface ImportField {
  column: string;
  /** Accepted source names, compared case-insensitively after trimming; the first is the canonical one. */
  names: readonly string[];
  type: FieldType;
  /** The column's name as the layer shows it; the first Chinese source name when not given. */
  label?: Localized;
  /** The unit of a number, as the file gives it (年货运量: 吨/年). */
  unit?: Localized;
  /** Needed for a new record; an update keeps the stored value when the file lacks the field. */
  required?: true;
  /** Value for a new record that lacks the field (a warning says so when it matters). */
  default?: string | number | null;
}

/** A layer (or the township boundaries) an admin can import. */
export interface ImportTarget {
  id: LayerId;
  label: Localized;
  table: string;
  /** The official code the records upsert by. */
  key: string;
  /** `line`: LineStrings (road segments), stored with their geodesic length, bbox and midpoint. */
  geometry: 'point' | 'polygon' | 'line';
  fields: readonly ImportField[];
  /** Columns a new record needs that no import field fills. */
  insertDefaults?: Readonly<Record<string, string | number | null>>;
}

/** Words in the names registers use (国民经济行业分类 and local usage) for our industries; first match wins. */
const industryKeywords: Readonly<Record<string, readonly string[]>> = {
  'cement-grinding': ['水泥'],
  refractory: ['耐火'],
  'brick-tile': ['砖', '瓦'],
  lime: ['石灰'],
  'concrete-mixing': ['商砼', '混凝土', '搅拌站'],
  coking: ['焦化', '炼焦'],
  'coal-gasification': ['气化'],
  'coal-washing': ['洗煤', '选煤', '洗选'],
  casting: ['铸造', '铸件'],
  machinery: ['机械', '设备制造'],
  'industrial-coating': ['涂装', '喷涂', '喷漆'],
  'packaging-printing': ['印刷', '包装'],
  'wood-panel': ['板材', '人造板', '木材'],
  pharmaceutical: ['制药', '医药', '药业'],
  chemical: ['化工', '化学'],
  'heat-power': ['热力', '电力', '供热', '发电'],
  'oil-storage-sales': ['油库', '加油', '油品'],
  food: ['食品', '酿造', '饮料', '农副'],
};
const industryLabels: Labels = industryInfo;
const gradeLabels: Labels = performanceGradeLabels;
const operatingLabels: Labels = operatingStatusLabels;

/** The import targets as written; {@link importTargets} adds each field's label. */
const targets: readonly ImportTarget[] = [
  {
    id: 'townships',
    label: { zh: `${layerInfo.townships.nameZh}边界`, en: 'Township boundaries' },
    table: 'townships',
    key: 'code',
    geometry: 'polygon',
    fields: [
      {
        column: 'code',
        names: ['code', '代码', '区划代码', '乡镇代码', 'xzqdm', 'XZQDM', 'code12'],
        type: text(12, /^\d{9}(\d{3})?$/, { zh: '9 位或 12 位乡镇代码', en: 'a 9- or 12-digit township code' }),
        required: true,
      },
      { column: 'name', names: ['name', '名称', '乡镇名称', 'xzqmc', 'XZQMC'], type: text(40) },
    ],
  },
  {
    id: 'villages',
    label: layerLabel('villages'),
    table: 'villages',
    key: 'code',
    geometry: 'point',
    fields: [
      {
        column: 'code',
        names: ['code', '代码', '村代码', '统计用区划代码'],
        type: text(12, /^1409\d{8}$/, {
          zh: '忻府区 12 位村代码（1409…）',
          en: 'a 12-digit village code of Xinfu (1409…)',
        }),
        required: true,
      },
      nameField,
      {
        column: 'kind',
        names: ['kind', '类型'],
        type: enumOf(['village', 'community'], {
          village: { zh: '村', en: 'village' },
          community: { zh: '社区', en: 'community' },
        }),
        default: 'village',
      },
    ],
  },
  {
    id: 'enterprises',
    label: layerLabel('enterprises'),
    table: 'enterprises',
    key: 'id',
    geometry: 'point',
    fields: [
      idField(['统一社会信用代码', '信用代码', '企业代码', '编号']),
      { ...nameField, names: ['name', '企业名称', '名称', '单位名称'] },
      {
        column: 'industry',
        names: ['industry', '行业', '行业类别'],
        type: {
          kind: 'enum',
          values: industries,
          labels: industryLabels,
          keywords: industryKeywords,
          fallback: 'other',
        },
        default: 'other',
      },
      {
        column: 'operating_status',
        names: ['operatingStatus', 'operating_status', '生产状态', '状态'],
        type: enumOf(operatingStatuses, operatingLabels),
        default: 'operating',
      },
      {
        column: 'performance_grade',
        names: ['grade', 'performance_grade', '绩效等级', '绩效分级'],
        type: enumOf(performanceGrades, gradeLabels),
        default: 'C',
      },
      {
        column: 'ule_status',
        names: ['uleStatus', 'ule_status', '超低排放改造', '超低排放'],
        type: enumOf(uleStatuses, uleStatusLabels),
        default: 'not-applicable',
      },
      { column: 'ule_due', names: ['uleDue', 'ule_due', '超低排放改造期限', '超低排放期限'], type: date },
      { column: 'voc_emitter', names: ['vocEmitter', 'voc_emitter', '涉VOCs'], type: bool, default: 0 },
      {
        column: 'voc_water_soluble',
        names: ['vocWaterSoluble', 'voc_water_soluble', '挥发性有机物是否水溶性', 'VOCs是否水溶性'],
        type: bool,
      },
      { column: 'activated_carbon', names: ['activatedCarbon', 'activated_carbon', '活性炭'], type: bool, default: 0 },
      {
        column: 'annual_freight_t',
        names: ['annualFreightT', 'annual_freight_t', '年货运量', '年运输量', '年货运量(吨)'],
        label: { zh: '年货运量', en: 'Annual freight' },
        type: { kind: 'number', min: 0, max: 1e9 },
        unit: { zh: '吨/年', en: 't/year' },
        default: 0,
      },
      {
        column: 'rail_spur',
        names: ['railSpur', 'rail_spur', '铁路专用线'],
        type: enumOf(railSpurStatuses, railSpurStatusLabels),
        default: 'none',
      },
      {
        column: 'emission_test_on',
        names: ['emissionTestOn', 'emission_test_on', '最近监测日期', '监督性监测日期'],
        type: date,
      },
      {
        column: 'emission_test_result',
        names: ['emissionTestResult', 'emission_test_result', '最近监测结果', '监测结果'],
        type: enumOf(emissionTestResults, emissionTestResultLabels),
      },
    ],
    insertDefaults: { treatment_processes: '[]', key_vehicle_unit: 0, gate_system: null },
  },
  {
    id: 'construction-sites',
    label: layerLabel('construction-sites'),
    table: 'construction_sites',
    key: 'id',
    geometry: 'point',
    fields: [
      idField(['项目编号', '施工许可证号', '编号']),
      { ...nameField, names: ['name', '项目名称', '工地名称', '名称'] },
      {
        column: 'kind',
        names: ['kind', '工程类型', '类型'],
        type: enumOf(siteKinds, siteKindLabels),
        default: 'housing',
      },
      {
        column: 'area_m2',
        names: ['areaM2', 'area_m2', '面积', '占地面积(m²)', '施工面积'],
        type: { kind: 'number', min: 1, max: 1e8 },
        unit: { zh: '平方米', en: 'm²' },
        required: true,
      },
      { column: 'start_date', names: ['startDate', 'start_date', '开工日期'], type: date, required: true },
      { column: 'end_date', names: ['endDate', 'end_date', '竣工日期', '计划竣工日期'], type: date, required: true },
      { column: 'contractor', names: ['contractor', '施工单位'], type: text(100), required: true },
      {
        column: 'activities',
        names: ['activities', '施工内容'],
        type: { kind: 'enum-list', values: siteActivities, labels: siteActivityLabels },
        default: '[]',
      },
    ],
  },
  {
    id: 'nrmm-zones',
    label: layerLabel('nrmm-zones'),
    table: 'nrmm_zones',
    key: 'id',
    geometry: 'polygon',
    fields: [
      idField(['编号']),
      nameField,
      {
        column: 'min_stage',
        names: ['minStage', 'min_stage', '最低排放阶段'],
        type: enumOf(['I', 'II', 'III', 'IV'], emissionStageLabels),
        default: 'III',
      },
      { column: 'effective_from', names: ['effectiveFrom', 'effective_from', '生效日期'], type: date, required: true },
    ],
  },
  {
    id: 'machines',
    label: layerLabel('machines'),
    table: 'machines',
    key: 'id',
    geometry: 'point',
    fields: [
      idField(['机械编号', '编号']),
      {
        column: 'type',
        names: ['type', '机械类型', '类型'],
        type: enumOf(machineTypes, machineTypeLabels),
        required: true,
      },
      {
        column: 'emission_stage',
        names: ['emissionStage', 'emission_stage', '排放阶段'],
        type: enumOf(emissionStages, emissionStageLabels),
        required: true,
      },
      {
        column: 'registration_code',
        names: ['registrationCode', 'registration_code', '登记编码', '环保编码'],
        type: text(40),
      },
      {
        column: 'smoke_test',
        names: ['smokeTest', 'smoke_test', '烟度检测'],
        type: enumOf(smokeTestResults, smokeTestResultLabels),
        default: 'untested',
      },
      { column: 'smoke_tested_on', names: ['smokeTestedOn', 'smoke_tested_on', '检测日期'], type: date },
      { column: 'owner', names: ['owner', '所属单位', '所有人'], type: text(100), required: true },
    ],
  },
  {
    id: 'stations',
    label: layerLabel('stations'),
    table: 'stations',
    key: 'code',
    geometry: 'point',
    fields: [
      {
        column: 'code',
        names: ['code', '站点编码', '编码', '编号'],
        type: text(20, /^[A-Za-z0-9_-]+$/, { zh: '由字母、数字和 _ - 组成的编码', en: 'letters, digits, _ -' }),
        required: true,
      },
      { ...nameField, names: ['name', '站点名称', '名称'] },
      {
        column: 'kind',
        names: ['kind', '站点类型', '类型'],
        type: enumOf(stationKinds, stationKindLabels),
        default: 'micro',
      },
      {
        column: 'status',
        names: ['status', '状态'],
        type: enumOf(['active', 'stopped'], {
          active: { zh: '运行', en: 'active' },
          stopped: { zh: '停运', en: 'stopped' },
        }),
        default: 'active',
      },
    ],
    insertDefaults: { readings_provenance: 'official' },
  },
  {
    id: 'dustfall-points',
    label: layerLabel('dustfall-points'),
    table: 'dustfall_points',
    key: 'id',
    geometry: 'point',
    fields: [idField(['点位编号', '编号']), { ...nameField, names: ['name', '点位名称', '名称'] }],
  },
  {
    id: 'fuel-points',
    label: layerLabel('fuel-points'),
    table: 'fuel_points',
    key: 'id',
    geometry: 'point',
    fields: [
      idField(['编号']),
      nameField,
      { column: 'kind', names: ['kind', '类型'], type: enumOf(fuelPointKinds, fuelPointKindLabels), required: true },
      {
        column: 'reported_on',
        names: ['reportedOn', 'reported_on', '发现日期', '举报日期'],
        type: date,
        required: true,
      },
      {
        column: 'status',
        names: ['status', '状态'],
        type: enumOf(fuelPointStatuses, fuelPointStatusLabels),
        default: 'reported',
      },
      { column: 'closed_on', names: ['closedOn', 'closed_on', '取缔日期'], type: date },
    ],
  },
  // issue 16 targets: built-up area
  ...builtUpAreaImportTargets,
  // issue 16 targets: vehicles
  // issue 16 targets: roadside checks and repair shops
  ...checkImportTargets,
  // issue 16 targets: muck trucks
  ...muckImportTargets,
  // issue 16 targets: roads
  ...roadImportTargets,
  // issue 16 targets: stockyards
  ...stockyardImportTargets,
  // issue 17 targets: departments
  // issue 17 targets: energy
  // issue 17 targets: fuel and voc
];

/** The layer's name as the layer list shows it. */
function layerLabel(id: LayerId): Localized {
  return { zh: layerInfo[id].nameZh, en: layerInfo[id].nameEn };
}

/** English names of the columns (the Chinese ones are the first Chinese source name). */
const columnNamesEn: Readonly<Record<string, string>> = {
  id: 'Code',
  code: 'Code',
  name: 'Name',
  kind: 'Type',
  status: 'Status',
  industry: 'Industry',
  operating_status: 'Operating status',
  performance_grade: 'Performance grade',
  ule_status: 'Ultra-low emission',
  ule_due: 'Ultra-low emission due',
  voc_emitter: 'VOCs emitter',
  voc_water_soluble: 'VOCs water-soluble',
  emission_test_on: 'Last emission test',
  emission_test_result: 'Last emission test result',
  activated_carbon: 'Activated carbon',
  annual_freight_t: 'Annual freight',
  rail_spur: 'Rail spur',
  area_m2: 'Area',
  start_date: 'Start date',
  end_date: 'Completion date',
  contractor: 'Contractor',
  activities: 'Activities',
  min_stage: 'Lowest emission stage',
  effective_from: 'Effective from',
  type: 'Machine type',
  emission_stage: 'Emission stage',
  registration_code: 'Registration code',
  smoke_test: 'Smoke test',
  smoke_tested_on: 'Smoke test date',
  owner: 'Owner',
  reported_on: 'Reported on',
  closed_on: 'Closed on',
};

/** A field's label: its own, or its first Chinese source name and its English column name. */
function labelOf(field: ImportField): Localized {
  return (
    field.label ?? {
      zh: field.names.find((n) => /[\u4e00-\u9fff]/.test(n)) ?? field.column,
      en: columnNamesEn[field.column] ?? field.column,
    }
  );
}

/**
 * What each import target reads (see `targets`), every field with its label. Records upsert by `key`; positions come
 * from the geometry (a CSV's longitude/latitude columns), townships are assigned from the township boundaries, and
 * every imported record is marked with the provenance the importer chose, with the file as its source.
 */
export const importTargets: readonly ImportTarget[] = targets.map((target) => ({
  ...target,
  fields: target.fields.map((field) => ({ ...field, label: labelOf(field) })),
}));

export type ImportTargetId = ImportTarget['id'];
export const importTargetIds = importTargets.map((t) => t.id) as readonly ImportTargetId[];

/** The target with `id`, or undefined. */
export function importTarget(id: string): ImportTarget | undefined {
  return importTargets.find((t) => t.id === id);
}
