import { defineMessages } from './define-messages.ts';

const km2 = (v: number) => v.toFixed(2);

/** Every visible string of the 分析 view (drawing tools, area statistics, township table, choropleth). */
export const analysisMessages = defineMessages({
  title: { zh: '区域统计', en: 'Area statistics' },
  toolPolygon: { zh: '多边形', en: 'Polygon' },
  toolRectangle: { zh: '矩形', en: 'Rectangle' },
  toolCircle: { zh: '圆', en: 'Circle' },
  toolFreehand: { zh: '手绘', en: 'Freehand' },
  toolSelect: { zh: '编辑', en: 'Edit' },
  undo: { zh: '撤销', en: 'Undo' },
  remove: { zh: '删除', en: 'Delete' },
  hint: {
    zh: '选择工具，在地图上绘制区域，即可得到区域统计。',
    en: 'Pick a tool and draw an area on the map to get its statistics.',
  },
  readOnly: {
    zh: '绘制区域并统计需分析员或管理员账号；下面是各乡镇统计。',
    en: 'Drawing areas for statistics needs an analyst or admin account; the township statistics follow.',
  },
  computing: { zh: '正在统计…', en: 'Computing…' },
  drawing: {
    zh: (area: number, perimeter: number) => `绘制中：约 ${km2(area)} km²，周长约 ${km2(perimeter)} km`,
    en: (area: number, perimeter: number) => `Drawing: ~${km2(area)} km², perimeter ~${km2(perimeter)} km`,
  },
  areaLine: {
    zh: (area: number, perimeter: number) => `面积 ${km2(area)} km²（WGS84椭球），周长 ${km2(perimeter)} km`,
    en: (area: number, perimeter: number) => `Area ${km2(area)} km² (WGS84 ellipsoid), perimeter ${km2(perimeter)} km`,
  },
  subjectArea: { zh: '绘制区域', en: 'Drawn area' },
  subjectTownship: { zh: (name: string) => `乡镇：${name}`, en: (name: string) => `Township: ${name}` },
  subjectDistrict: { zh: '全区', en: 'Whole district' },
  backToArea: { zh: '返回绘制区域的统计', en: 'Back to the drawn area’s statistics' },
  closeTownship: { zh: '关闭乡镇统计', en: 'Close the township’s statistics' },
  clipped: {
    zh: (outside: number) => `区域部分位于忻府区外（${km2(outside)} km²），已裁剪。`,
    en: (outside: number) => `Part of the area lies outside the district (${km2(outside)} km²) and was clipped.`,
  },
  whollyOutside: {
    zh: '区域全部位于忻府区外，没有可统计的对象。',
    en: 'The area lies wholly outside the district: there is nothing to count.',
  },
  looksSwapped: {
    zh: '区域远离忻府区；经纬度可能写反了（GeoJSON 坐标为先经度后纬度）。',
    en: 'The area lies far from the district; longitude and latitude may be swapped.',
  },
  townshipsInvolved: { zh: '所涉乡镇：', en: 'Townships: ' },
  exportCsv: { zh: '导出统计 CSV', en: 'Export statistics (CSV)' },
  exportGeojson: { zh: '导出区域与统计 GeoJSON', en: 'Export shape and statistics (GeoJSON)' },
  exportFailed: { zh: '导出失败', en: 'Export failed' },
  statsFailed: { zh: '区域统计失败', en: 'Could not compute the statistics' },
  townshipsTitle: { zh: (month: string) => `乡镇统计（${month}）`, en: (month: string) => `Townships (${month})` },
  townshipsFailed: { zh: '乡镇统计加载失败', en: 'Could not load township statistics' },
  choroplethMetric: { zh: '分级设色指标', en: 'Choropleth metric' },
  noData: { zh: '无数据', en: 'No data' },
  tableNote: {
    zh: '乡镇边界未导入实测数据前为示意；全区降尘为各乡镇按面积加权平均。点击一行查看该乡镇的统计。',
    en:
      'Township boundaries are approximate until surveyed ones are imported; district dustfall is the ' +
      'area-weighted mean of the townships. Click a row for the township’s statistics.',
  },
  exportTownshipsCsv: { zh: '导出乡镇统计 CSV', en: 'Export township statistics (CSV)' },
  exportTownshipsGeojson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  district: { zh: '全区', en: 'District' },
  columnTownship: { zh: '乡镇', en: 'Township' },
  columnArea: { zh: '面积（km²）', en: 'Area (km²)' },
  metricDustfall: { zh: '降尘', en: 'Dustfall' },
  metricEnterpriseDensity: { zh: '企业密度', en: 'Enterprise density' },
  metricFailingSites: { zh: '未达标工地', en: 'Failing sites' },
  metricReburning: { zh: '散煤复烧村', en: 'Re-burning villages' },
  metricBannedInZones: { zh: '控制区禁用机械', en: 'Banned in NRMM zones' },
  metricPm25: { zh: 'PM2.5 月均', en: 'PM2.5 month mean' },
  unitDustfall: { zh: '吨/(平方公里·月)', en: 't/(km²·month)' },
  unitDustfallShort: { zh: 't/(km²·月)', en: 't/(km²·month)' },
  unitPerKm2: { zh: '个/km²', en: 'per km²' },
  unitCount: { zh: '个', en: 'count' },
  unitMicrograms: { zh: 'µg/m³', en: 'µg/m³' },
  withUnit: {
    zh: (label: string, unit: string) => `${label}（${unit}）`,
    en: (label: string, unit: string) => `${label} (${unit})`,
  },
  statArea: { zh: '面积', en: 'Area' },
  layerEnterprises: { zh: '工业企业', en: 'Enterprises' },
  layerSites: { zh: '建筑工地', en: 'Construction sites' },
  layerVillages: { zh: '村（社区）', en: 'Villages' },
  layerMachines: { zh: '非道路移动机械', en: 'Machines' },
  layerStations: { zh: '监测站', en: 'Stations' },
  layerDustfallPoints: { zh: '降尘监测点', en: 'Dustfall points' },
  layerFuelPoints: { zh: '非标油品线索', en: 'Fuel reports' },
  statFailingSites: { zh: '六个百分百未达标工地', en: 'Sites failing a six-100% check' },
  statBannedInZones: { zh: '控制区内禁用机械', en: 'Banned machines inside NRMM zones' },
  statDustfall: { zh: (month: string) => `降尘（${month}）`, en: (month: string) => `Dustfall (${month})` },
  aboveLimit: { zh: (limit: number) => ` · 超过${limit}`, en: (limit: number) => ` · above ${limit}` },
  statPm25: { zh: 'PM2.5 月均（站点）', en: 'PM2.5 month mean (stations)' },
  statOpenFuel: { zh: '未结非标油品线索', en: 'Open fuel reports' },
});

/** The messages of the 分析 view in one language. */
export type AnalysisMessages = ReturnType<typeof analysisMessages>;
