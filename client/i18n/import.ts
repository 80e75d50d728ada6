import { defineMessages } from './define-messages.ts';

/**
 * The 导入 panel's messages.
 *
 * @example
 * importMessages('zh').commit; // '确认导入'
 */
export const importMessages = defineMessages({
  title: { zh: '导入数据', en: 'Import data' },
  target: { zh: '导入到', en: 'Import into' },
  file: { zh: '文件（CSV、GeoJSON、Shapefile 压缩包、KML）', en: 'File (CSV, GeoJSON, zipped Shapefile, KML)' },
  pickFile: { zh: '选择文件', en: 'Choose a file' },
  noFile: { zh: '未选择文件', en: 'No file chosen' },
  crs: {
    zh: '经纬度坐标系（CSV、未声明坐标系的 GeoJSON；Shapefile 以其投影文件为准）',
    en: 'Lon/lat CRS (CSV, GeoJSON without crs; Shapefiles use their .prj)',
  },
  crsWgs84: { zh: 'WGS84（卫星定位、天地图）', en: 'WGS84 (GPS, Tianditu)' },
  crsGcj02: { zh: 'GCJ-02（高德、腾讯）', en: 'GCJ-02 (Amap, Tencent)' },
  crsBd09: { zh: '百度坐标', en: 'BD-09 (Baidu)' },
  lonColumn: { zh: '经度列', en: 'Longitude column' },
  latColumn: { zh: '纬度列', en: 'Latitude column' },
  auto: { zh: '自动识别', en: 'auto' },
  provenance: { zh: '数据来源（显示在详情的“来源”中）', en: 'Provenance (shown as the record’s source)' },
  provenanceOfficial: { zh: '官方（正式登记数据）', en: 'Official (a register)' },
  provenanceApproximate: { zh: '示意（位置或属性为近似）', en: 'Approximate (positions or values approximate)' },
  provenanceSynthetic: { zh: '合成（测试或演示数据）', en: 'Synthetic (test or demo data)' },
  check: { zh: '校验（试导入）', en: 'Check (dry run)' },
  commit: { zh: '确认导入', en: 'Import' },
  chooseFile: { zh: '请选择文件', en: 'Choose a file' },
  checking: { zh: '服务器校验中…', en: 'Server is checking…' },
  uploading: { zh: (percent: number) => `上传 ${percent}%`, en: (percent: number) => `Uploading ${percent}%` },
  loadFailed: { zh: '无法加载可导入的数据类型', en: 'Could not load the import targets' },
  networkError: { zh: '无法连接服务器，请重试', en: 'Cannot reach the server; try again' },
  hint: {
    zh: (key: string, point: boolean) =>
      `按${key}新增或更新。可识别的列（* 为新增时必填）见下；` +
      `${point ? '位置取自经度、纬度列或文件中的几何' : '须为面状几何（GeoJSON、Shapefile、KML）'}。`,
    en: (key: string, point: boolean) =>
      `Inserts or updates by ${key}. The columns read are listed below (* needed for new records); ` +
      (point
        ? 'positions from the longitude/latitude columns or the geometry.'
        : 'polygons needed (GeoJSON, Shapefile, KML).'),
  },
  accepts: { zh: (values: string) => `可填：${values}`, en: (values: string) => `accepts: ${values}` },
  acceptsCodes: {
    zh: '（也接受英文代码）',
    en: ' (or the Chinese labels)',
  },
  kindNumber: { zh: '数字', en: 'a number' },
  kindDate: { zh: '日期（年-月-日）', en: 'a date (YYYY-MM-DD)' },
  kindBoolean: { zh: '是/否', en: 'yes/no' },
  kindList: {
    zh: (values: string) => `可填多项，以逗号或顿号分隔：${values}`,
    en: (values: string) => `several of: ${values}`,
  },
  summary: {
    zh: (file: string, format: string, crs: string, c: Counts) =>
      `${file}（${format}，坐标系 ${crs}）：${c.features} 条，` +
      `有效 ${c.valid}（新增 ${c.inserts}，更新 ${c.updates}），` +
      `错误 ${c.errors}，提示 ${c.warnings}`,
    en: (file: string, format: string, crs: string, c: Counts) =>
      `${file} (${format}, CRS ${crs}): ${c.features} records, ${c.valid} valid (${c.inserts} new, ` +
      `${c.updates} updates), ${c.errors} errors, ${c.warnings} warnings`,
  },
  reassigned: { zh: '边界替换后改属乡镇：', en: 'Moving to another township: ' },
  hasErrors: {
    zh: '存在错误：修正文件后重新校验；有错误时不会导入任何记录。',
    en: 'There are errors: fix the file and check again; nothing is imported while any row has an error.',
  },
  row: { zh: '行/要素', en: 'Row' },
  field: { zh: '字段', en: 'Field' },
  level: { zh: '级别', en: 'Level' },
  problem: { zh: '问题', en: 'Problem' },
  wholeFile: { zh: '整个文件', en: 'file' },
  rowNumber: { zh: (row: number) => `第 ${row} 行`, en: (row: number) => `row ${row}` },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '提示', en: 'warning' },
  geometry: { zh: '位置/几何', en: 'geometry' },
  unreadable: { zh: '文件内容有误，无法读取此处', en: 'The file cannot be read here' },
  more: { zh: (n: number) => `另有 ${n} 条未列出`, en: (n: number) => `${n} more not listed` },
  done: {
    zh: (inserted: number, updated: number, moved: number) =>
      `已导入：新增 ${inserted}，更新 ${updated}${moved ? `，${moved} 条记录改属乡镇` : ''}。已记入审计日志。`,
    en: (inserted: number, updated: number, moved: number) =>
      `Imported: ${inserted} new, ${updated} updated${moved ? `, ${moved} records moved township` : ''}. ` +
      'Recorded in the audit log.',
  },
});

/** The counts of an import report, as the summary words them. */
export interface Counts {
  features: number;
  valid: number;
  inserts: number;
  updates: number;
  errors: number;
  warnings: number;
}

/**
 * The tables a boundary import re-assigns, by their layer names.
 *
 * @example
 * reassignedTableNames.machine_positions.zh; // '非道路移动机械位置'
 */
export const reassignedTableNames: Readonly<Record<string, { zh: string; en: string }>> = {
  enterprises: { zh: '工业企业', en: 'Enterprises' },
  construction_sites: { zh: '建筑工地', en: 'Construction sites' },
  stations: { zh: '空气质量监测站', en: 'Monitoring stations' },
  dustfall_points: { zh: '降尘监测点', en: 'Dustfall points' },
  fuel_points: { zh: '非标油品线索', en: 'Illegal fuel points' },
  nrmm_zones: { zh: '非道路移动机械排放控制区', en: 'NRMM control zones' },
  machine_positions: { zh: '非道路移动机械位置', en: 'Machine positions' },
};
