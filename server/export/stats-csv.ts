/**
 * Statistics as CSV, in long form: **one row per area × metric × category**, so that a pivot
 * table (Excel, pandas) can turn it into any wide table without knowing the JSON shape.
 *
 * Columns (header `lang=zh` / `lang=en`):
 *
 * | key | zh | en | content |
 * |---|---|---|---|
 * | `scope` | 范围 | scope | `township`, `district`, `area` or `area-township` (below); zh: 乡镇, 全区, 绘制区域, … |
 * | `code` | 代码 | code | 9-digit township code; empty for `district` and `area` |
 * | `name` | 名称 | name | township name (Chinese); the district's name (below); empty for `area` |
 * | `month` | 月份 | month | the statistics' month, YYYY-MM (dustfall, position reports, readings) |
 * | `asOf` | 截至 | asOf | the as-of moment, YYYY-MM-DDTHH:mm CST |
 * | `metric` | 指标 | metric | en: stable id, the value's JSON path less the category key (below); zh: its label |
 * | `category` | 分类 | category | en: the key taken out (below), zh: its label; empty when the metric has none |
 * | `label` | 说明 | label | metric and category in the chosen language |
 * | `value` | 值 | value | a number rounded to its unit's precision (unitDigits), `true`/`false` (是/否) or text |
 * | `unit` | 单位 | unit | e.g. km², 个/km² (per km²), µg/m³ (CO mg/m³), t/(km²·月) (en month); empty when none |
 *
 * - `scope`: `area` is a drawn area, `area-township` a drawn area's part in one township.
 * - `name`: the district's name is `忻府区`, with `lang=en` `Xinfu District`.
 * - `dustfall.coverageKm2` is at most `areaKm2` (the parts' areas are summed, and may exceed it by float noise).
 * - `metric` (`lang=en`): the dotted path of the value in the JSON of `/api/stats/…` with the category key taken
 *   out (it sits before a final `count` / `perKm2`, else last), e.g. `counts`,
 *   `enterprises.byIndustry.count`, `dustfall.value`.
 * - `category`: the key taken out: a layer id, industry, industry group, six-100% check, heating
 *   status or pollutant (for `warnings` the warning's index).
 *
 * So the JSON value `townships[k].enterprises.byIndustry.lime.count` is the row with scope
 * `township`, that township's code, metric `enterprises.byIndustry.count` and category `lime`.
 * The drawn-area extras (`perimeterKm`, `drawnAreaKm2`, `outsideAreaKm2`, `clipped`, `vertices`,
 * `warnings`) are `area` rows; the township parts (`areaKm2`, `share`, `dustfall`) are
 * `area-township` rows.
 *
 * @module
 */
import { layerInfo } from '../schema/layer-catalogue.ts';
import { sixCheckLabels, sixChecks } from '../schema/construction-site.ts';
import { industries, industryGroupLabels, industryGroups, industryInfo } from '../schema/enterprise.ts';
import {
  statsLayerIds,
  statsPollutants,
  type AreaStatistics,
  type AreaStatsResponse,
  type TownshipStatsResponse,
} from '../schema/stats.ts';
import { heatingStatuses, heatingStatusLabels } from '../schema/village.ts';
import { AQ_UNITS } from '../schema/aq.ts';
import { DUSTFALL_LIMIT } from '../schema/plan-targets.ts';
import { toCsv, type BilingualLabel, type CsvCell, type CsvColumn, type CsvLang } from './to-csv.ts';

/** Name of the district in the `name` column of its rows. */
export const DISTRICT_NAME: BilingualLabel = { zh: '忻府区', en: 'Xinfu District' };

/** Column keys of a statistics CSV. */
export type StatsCsvKey =
  | 'scope'
  | 'code'
  | 'name'
  | 'month'
  | 'asOf'
  | 'metric'
  | 'category'
  | 'label'
  | 'value'
  | 'unit';

/** The columns of a statistics CSV, in order. */
export const statsCsvColumns: readonly CsvColumn<StatsCsvKey>[] = [
  { key: 'scope', header: { zh: '范围', en: 'scope' } },
  { key: 'code', header: { zh: '代码', en: 'code' } },
  { key: 'name', header: { zh: '名称', en: 'name' } },
  { key: 'month', header: { zh: '月份', en: 'month' } },
  { key: 'asOf', header: { zh: '截至', en: 'asOf' } },
  { key: 'metric', header: { zh: '指标', en: 'metric' } },
  { key: 'category', header: { zh: '分类', en: 'category' } },
  { key: 'label', header: { zh: '说明', en: 'label' } },
  { key: 'value', header: { zh: '值', en: 'value' } },
  { key: 'unit', header: { zh: '单位', en: 'unit' } },
];

/** One row of a statistics CSV. */
export type StatsCsvRow = Record<StatsCsvKey, CsvCell>;

type Unit =
  | 'count'
  | 'perKm2'
  | 'km2'
  | 'km'
  | 'share'
  | 'percent'
  | 'hours'
  | 'dustfall'
  | 'time'
  | 'none'
  | 'ugm3'
  | 'mgm3'
  | 'm2';
const unitLabels: Record<Unit, BilingualLabel> = {
  count: { zh: '个', en: 'count' },
  m2: { zh: 'm²', en: 'm²' },
  perKm2: { zh: '个/km²', en: 'per km²' },
  km2: { zh: 'km²', en: 'km²' },
  km: { zh: 'km', en: 'km' },
  share: { zh: '比例(0–1)', en: 'share (0–1)' },
  percent: { zh: '%', en: '%' },
  hours: { zh: '小时', en: 'hours' },
  dustfall: { zh: 't/(km²·月)', en: 't/(km²·month)' },
  time: { zh: '年-月-日T时:分（北京时间）', en: 'YYYY-MM-DDTHH:mm (UTC+8)' },
  none: { zh: '', en: '' },
  ugm3: { zh: 'µg/m³', en: 'µg/m³' },
  mgm3: { zh: 'mg/m³', en: 'mg/m³' },
};

/**
 * Decimals a value of each unit is written with: counts and hours whole, areas and lengths to the m² / m
 * (3 decimals of km² / km), densities 3, shares 4, percentages 1, dustfall 2 (as reported), µg/m³ 1, mg/m³ (CO) 3.
 */
const unitDigits: Record<Unit, number | null> = {
  count: 0,
  m2: 0,
  perKm2: 3,
  km2: 3,
  km: 3,
  share: 4,
  percent: 1,
  hours: 0,
  dustfall: 2,
  time: null,
  none: null,
  ugm3: 1,
  mgm3: 3,
};

/** A number rounded to its unit's precision (no float noise such as 8.379999999999999); other cells as they are. */
function rounded(value: CsvCell, unit: Unit): CsvCell {
  const digits = unitDigits[unit];
  if (typeof value !== 'number' || digits === null || !Number.isFinite(value)) return value;
  const r = Number(value.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** The `scope` column in Chinese (the English CSV keeps the codes). */
const scopeLabels: Record<RowContext['scope'], BilingualLabel> = {
  township: { zh: '乡镇', en: 'township' },
  district: { zh: '全区', en: 'district' },
  area: { zh: '绘制区域', en: 'area' },
  'area-township': { zh: '绘制区域在乡镇内的部分', en: 'area-township' },
};

/** Text values in Chinese: booleans and the dustfall method (the English CSV keeps `true`/`false` and codes). */
const valueLabels: Record<string, string> = {
  true: '是',
  false: '否',
  'point-mean': '降尘点读数平均',
  'area-weighted': '按乡镇面积加权平均',
};

const metricLabels: Record<string, BilingualLabel> = {
  areaKm2: { zh: '面积', en: 'area' },
  counts: { zh: '数量', en: 'count' },
  densities: { zh: '密度', en: 'density' },
  'enterprises.byIndustry.count': { zh: '企业数（按行业）', en: 'enterprises by industry' },
  'enterprises.byIndustry.perKm2': { zh: '企业密度（按行业）', en: 'enterprise density by industry' },
  'enterprises.byGroup.count': { zh: '企业数（按行业组）', en: 'enterprises by industry group' },
  'enterprises.byGroup.perKm2': { zh: '企业密度（按行业组）', en: 'enterprise density by industry group' },
  'constructionSites.failing.count': { zh: '六个百分百未达标工地数', en: 'sites failing the six 100%' },
  'constructionSites.failing.perKm2': { zh: '六个百分百未达标工地密度', en: 'density of sites failing the six 100%' },
  'constructionSites.failedChecks': { zh: '未达标工地数（按检查项）', en: 'failing sites by check' },
  'constructionSites.uninspected': { zh: '未检查工地数', en: 'sites never inspected' },
  'constructionSites.active': { zh: '在施工地数', en: 'active sites' },
  'constructionSites.activeFailing': { zh: '在施且未达标工地数', en: 'active sites failing a check' },
  'villages.byHeating.count': { zh: '村（社区）数（按清洁取暖状态）', en: 'villages by clean-heating status' },
  'villages.byHeating.perKm2': {
    zh: '村（社区）密度（按清洁取暖状态）',
    en: 'village density by clean-heating status',
  },
  'machines.banned': { zh: '禁用非道路机械数（最新位置）', en: 'banned machines (latest position)' },
  'machines.bannedInNrmmZones.count': { zh: '控制区内禁用机械数', en: 'banned machines inside NRMM zones' },
  'machines.bannedInNrmmZones.perKm2': {
    zh: '控制区内禁用机械密度',
    en: 'density of banned machines inside NRMM zones',
  },
  'machines.activity.positions': { zh: '本月机械定位上报次数', en: 'machine position reports in the month' },
  'machines.activity.machines': { zh: '本月上报定位的机械数', en: 'machines reporting in the month' },
  'machines.activity.bannedMachines': { zh: '本月上报定位的禁用机械数', en: 'banned machines reporting in the month' },
  'stations.national': { zh: '国控站数', en: 'national stations' },
  'stations.micro': { zh: '微站数', en: 'micro-stations' },
  'stations.active': { zh: '运行站点数', en: 'active stations' },
  'stations.readings.from': { zh: '读数窗口起（不含）', en: 'readings window from (exclusive)' },
  'stations.readings.to': { zh: '读数窗口止（含）', en: 'readings window to (inclusive)' },
  'stations.readings.stations': { zh: '有读数的站点数', en: 'stations with readings' },
  'stations.readings.validHours': { zh: '有效小时数', en: 'valid hourly values' },
  'stations.readings.means': {
    zh: '小时值均值（汇总，非评价）',
    en: 'mean of hourly values (summary, not an evaluation)',
  },
  'fuelPoints.open': { zh: '未办结非标油品线索数', en: 'open illegal-fuel reports' },
  'dustfall.value': { zh: '降尘量', en: 'dustfall' },
  'dustfall.exceeds': { zh: `降尘超标（>${DUSTFALL_LIMIT}）`, en: `dustfall exceeds ${DUSTFALL_LIMIT}` },
  'dustfall.limit': { zh: '降尘限值', en: 'dustfall limit' },
  'dustfall.method': { zh: '降尘计算方法', en: 'dustfall method' },
  'dustfall.points': { zh: '有读数的降尘点数', en: 'dustfall points with a reading' },
  'dustfall.pointMean': { zh: '降尘点读数平均（参考）', en: 'plain mean of the points (reference)' },
  'dustfall.coverageKm2': { zh: '降尘值代表面积', en: 'area the dustfall value covers' },
  'vehicles.inUse': { zh: '在用机动车数', en: 'vehicles in use' },
  'vehicles.dieselTrucksIVAndBelow': {
    zh: '在用国四及以下柴油货车数',
    en: 'diesel trucks of China IV or below in use',
  },
  'vehicles.newEnergy': { zh: '在用新能源车辆数', en: 'new-energy vehicles in use' },
  'checkpoints.from': { zh: '路检窗口起（不含）', en: 'roadside-check window from (exclusive)' },
  'checkpoints.to': { zh: '路检窗口止（含）', en: 'roadside-check window to (inclusive)' },
  'checkpoints.checks': { zh: '路检路查次数（近30天）', en: 'roadside checks (30 days)' },
  'checkpoints.hits': { zh: '路检发现问题次数（近30天）', en: 'roadside checks finding a problem (30 days)' },
  'checkpoints.hitRate': { zh: '路检问题检出率', en: 'roadside-check hit rate' },
  'repairShops.openFinding': {
    zh: '有未整改问题的维修机构数',
    en: 'repair shops with an open finding (after-treatment, OBD)',
  },
  'muckTrucks.violating': { zh: '本月有违规告警的渣土车数', en: 'muck trucks with a violation alert in the month' },
  'roads.segments': { zh: '主要道路路段数', en: 'main road segments' },
  'roads.km': { zh: '主要道路长度', en: 'main road length' },
  'roads.behindSegments': { zh: '保洁滞后路段数', en: 'segments behind their cleaning schedule' },
  'roads.behindKm': { zh: '保洁滞后道路长度', en: 'road length behind its cleaning schedule' },
  'stockyards.failing': { zh: '防尘措施不到位堆场数', en: 'stockyards failing a control' },
  'stockyards.uninspected': { zh: '未检查堆场数', en: 'stockyards never inspected' },
  'stockyards.areaM2': { zh: '堆场面积合计', en: 'stockyard area' },
  'builtUpArea.km2': { zh: '城市建成区面积', en: 'urban built-up area' },
  'builtUpArea.provisional': { zh: '建成区含示意范围', en: 'built-up area includes the provisional outline' },
  perimeterKm: { zh: '周长（所绘）', en: 'perimeter (as drawn)' },
  drawnAreaKm2: { zh: '所绘面积', en: 'drawn area' },
  outsideAreaKm2: { zh: '区外面积', en: 'area outside the district' },
  clipped: { zh: '已按区界裁剪', en: 'clipped to the district' },
  vertices: { zh: '顶点数', en: 'positions' },
  warnings: { zh: '提示', en: 'warning' },
  share: { zh: '占比', en: 'share' },
  dustfall: { zh: '该乡镇降尘量', en: "the township's dustfall" },
};

const categoryLabels: Record<string, BilingualLabel> = {
  ...Object.fromEntries(statsLayerIds.map((id) => [id, { zh: layerInfo[id].nameZh, en: layerInfo[id].nameEn }])),
  ...Object.fromEntries(industries.map((id) => [id, { zh: industryInfo[id].zh, en: industryInfo[id].en }])),
  ...industryGroupLabels,
  ...sixCheckLabels,
  ...heatingStatusLabels,
};

/** Where a row belongs: its scope, area and period. */
interface RowContext {
  scope: 'township' | 'district' | 'area' | 'area-township';
  code: string | null;
  name: string | null;
  month: string;
  asOf: string;
  lang: CsvLang;
}

/** Collects rows of one area. */
function rowWriter(ctx: RowContext, rows: StatsCsvRow[]) {
  return (metric: string, category: string | null, value: CsvCell, unit: Unit): void => {
    const metricLabel = metricLabels[metric]?.[ctx.lang] ?? metric;
    const categoryLabel = category === null ? null : (categoryLabels[category]?.[ctx.lang] ?? category);
    const zh = ctx.lang === 'zh';
    const cell = rounded(value, unit);
    rows.push({
      scope: scopeLabels[ctx.scope][ctx.lang],
      code: ctx.code,
      name: ctx.name,
      month: ctx.month,
      asOf: ctx.asOf,
      metric: zh ? metricLabel : metric,
      category: zh && categoryLabel !== null && metric !== 'warnings' ? categoryLabel : category,
      label: categoryLabel === null ? metricLabel : `${metricLabel} · ${categoryLabel}`,
      value: zh && (typeof cell === 'boolean' || typeof cell === 'string') ? (valueLabels[String(cell)] ?? cell) : cell,
      unit: unitLabels[unit][ctx.lang],
    });
  };
}

type Write = ReturnType<typeof rowWriter>;

function writeCountDensities<K extends string>(
  write: Write,
  metric: string,
  keys: readonly K[],
  record: Record<K, { count: number; perKm2: number | null }>,
): void {
  for (const key of keys) write(`${metric}.count`, key, record[key].count, 'count');
  for (const key of keys) write(`${metric}.perKm2`, key, record[key].perKm2, 'perKm2');
}

/** The rows of one area's statistics, in the order of the JSON. */
function writeAreaStatistics(write: Write, s: AreaStatistics): void {
  write('areaKm2', null, s.areaKm2, 'km2');
  for (const id of statsLayerIds) write('counts', id, s.counts[id], 'count');
  for (const id of statsLayerIds) write('densities', id, s.densities[id], 'perKm2');
  writeCountDensities(write, 'enterprises.byIndustry', industries, s.enterprises.byIndustry);
  writeCountDensities(write, 'enterprises.byGroup', industryGroups, s.enterprises.byGroup);
  const sites = s.constructionSites;
  write('constructionSites.failing.count', null, sites.failing.count, 'count');
  write('constructionSites.failing.perKm2', null, sites.failing.perKm2, 'perKm2');
  for (const check of sixChecks) write('constructionSites.failedChecks', check, sites.failedChecks[check], 'count');
  write('constructionSites.uninspected', null, sites.uninspected, 'count');
  write('constructionSites.active', null, sites.active, 'count');
  write('constructionSites.activeFailing', null, sites.activeFailing, 'count');
  writeCountDensities(write, 'villages.byHeating', heatingStatuses, s.villages.byHeating);
  write('machines.banned', null, s.machines.banned, 'count');
  write('machines.bannedInNrmmZones.count', null, s.machines.bannedInNrmmZones.count, 'count');
  write('machines.bannedInNrmmZones.perKm2', null, s.machines.bannedInNrmmZones.perKm2, 'perKm2');
  write('machines.activity.positions', null, s.machines.activity.positions, 'count');
  write('machines.activity.machines', null, s.machines.activity.machines, 'count');
  write('machines.activity.bannedMachines', null, s.machines.activity.bannedMachines, 'count');
  write('stations.national', null, s.stations.national, 'count');
  write('stations.micro', null, s.stations.micro, 'count');
  write('stations.active', null, s.stations.active, 'count');
  const { readings } = s.stations;
  write('stations.readings.from', null, readings.from, 'time');
  write('stations.readings.to', null, readings.to, 'time');
  write('stations.readings.stations', null, readings.stations, 'count');
  for (const p of statsPollutants) write('stations.readings.validHours', p, readings.validHours[p], 'hours');
  for (const p of statsPollutants)
    write('stations.readings.means', p, readings.means[p], AQ_UNITS[p] === 'mg/m³' ? 'mgm3' : 'ugm3');
  write('fuelPoints.open', null, s.fuelPoints.open, 'count');
  const { dustfall } = s;
  write('dustfall.value', null, dustfall.value, 'dustfall');
  write('dustfall.exceeds', null, dustfall.exceeds, 'none');
  write('dustfall.limit', null, dustfall.limit, 'dustfall');
  write('dustfall.method', null, dustfall.method, 'none');
  write('dustfall.points', null, dustfall.points, 'count');
  write('dustfall.pointMean', null, dustfall.pointMean, 'dustfall');
  // the value's area never exceeds the area itself (the parts' geodesic areas can sum a few m² above it)
  write('dustfall.coverageKm2', null, Math.min(dustfall.coverageKm2, s.areaKm2), 'km2');
  writeVehiclesRoadsDust(write, s);
}

/** The rows of the issue-16 layers (vehicles, checks, repair shops, muck trucks, roads, stockyards, built-up area). */
function writeVehiclesRoadsDust(write: Write, s: AreaStatistics): void {
  write('vehicles.inUse', null, s.vehicles.inUse, 'count');
  write('vehicles.dieselTrucksIVAndBelow', null, s.vehicles.dieselTrucksIVAndBelow, 'count');
  write('vehicles.newEnergy', null, s.vehicles.newEnergy, 'count');
  write('checkpoints.from', null, s.checkpoints.from, 'time');
  write('checkpoints.to', null, s.checkpoints.to, 'time');
  write('checkpoints.checks', null, s.checkpoints.checks, 'count');
  write('checkpoints.hits', null, s.checkpoints.hits, 'count');
  write('checkpoints.hitRate', null, s.checkpoints.hitRate === null ? null : s.checkpoints.hitRate * 100, 'percent');
  write('repairShops.openFinding', null, s.repairShops.openFinding, 'count');
  write('muckTrucks.violating', null, s.muckTrucks.violating, 'count');
  write('roads.segments', null, s.roads.segments, 'count');
  write('roads.km', null, s.roads.km, 'km');
  write('roads.behindSegments', null, s.roads.behindSegments, 'count');
  write('roads.behindKm', null, s.roads.behindKm, 'km');
  write('stockyards.failing', null, s.stockyards.failing, 'count');
  write('stockyards.uninspected', null, s.stockyards.uninspected, 'count');
  write('stockyards.areaM2', null, s.stockyards.areaM2, 'm2');
  write('builtUpArea.km2', null, Math.min(s.builtUpArea.km2, s.areaKm2), 'km2');
  write('builtUpArea.provisional', null, s.builtUpArea.provisional, 'none');
}

/**
 * The rows of `GET /api/stats/townships`: each township's, then the district's.
 *
 * @example
 * townshipStatsRows(table, 'zh').find((r) => r.scope === 'district' && r.metric === 'dustfall.value')?.value;
 */
export function townshipStatsRows(table: TownshipStatsResponse, lang: CsvLang): StatsCsvRow[] {
  const rows: StatsCsvRow[] = [];
  const period = { month: table.month, asOf: table.asOf, lang };
  for (const township of table.townships) {
    writeAreaStatistics(
      rowWriter({ scope: 'township', code: township.code, name: township.name, ...period }, rows),
      township,
    );
  }
  writeAreaStatistics(
    rowWriter({ scope: 'district', code: null, name: DISTRICT_NAME[lang], ...period }, rows),
    table.district,
  );
  return rows;
}

/** The drawn area's warnings in the CSV's language: the clipping and axis remarks worded in Chinese for `zh`. */
function areaWarnings(area: AreaStatsResponse, lang: CsvLang): string[] {
  if (lang === 'en') return area.warnings;
  return area.warnings.map((w) => {
    if (/wholly outside/.test(w)) return '区域全部位于忻府区外，没有可统计的对象，各项数量均为 0';
    if (/beyond the district/.test(w))
      return `区域超出忻府区 ${area.outsideAreaKm2.toFixed(3)} km²，统计只含区内的 ${area.areaKm2.toFixed(3)} km²`;
    if (/swapped/.test(w)) return '区域远离忻府区，经纬度可能写反了（GeoJSON 坐标为先经度后纬度）';
    return '区域图形提示（详见英文导出）';
  });
}

/** The rows of `POST /api/stats/area`: the area's statistics and extras, then its township parts. */
export function areaStatsRows(area: AreaStatsResponse, lang: CsvLang): StatsCsvRow[] {
  const rows: StatsCsvRow[] = [];
  const period = { month: area.month, asOf: area.asOf, lang };
  const write = rowWriter({ scope: 'area', code: null, name: null, ...period }, rows);
  writeAreaStatistics(write, area);
  write('perimeterKm', null, area.perimeterKm, 'km');
  write('drawnAreaKm2', null, area.drawnAreaKm2, 'km2');
  write('outsideAreaKm2', null, area.outsideAreaKm2, 'km2');
  write('clipped', null, area.clipped, 'none');
  write('vertices', null, area.vertices, 'count');
  areaWarnings(area, lang).forEach((warning, i) => write('warnings', String(i), warning, 'none'));
  for (const part of area.townships) {
    const partWrite = rowWriter({ scope: 'area-township', code: part.code, name: part.name, ...period }, rows);
    partWrite('areaKm2', null, part.areaKm2, 'km2');
    partWrite('share', null, part.share, 'share');
    partWrite('dustfall', null, part.dustfall, 'dustfall');
  }
  return rows;
}

/** `GET /api/stats/townships` as CSV (see the module comment). */
export function townshipStatsCsv(table: TownshipStatsResponse, lang: CsvLang): string {
  return toCsv(townshipStatsRows(table, lang), statsCsvColumns, { lang });
}

/** `POST /api/stats/area` as CSV (see the module comment). */
export function areaStatsCsv(area: AreaStatsResponse, lang: CsvLang): string {
  return toCsv(areaStatsRows(area, lang), statsCsvColumns, { lang });
}
