import { defineMessages } from './define-messages.ts';

/** The 巡查 view's words (the route planner, its results, the route sheet and GPX). */
export const routesMessages = defineMessages({
  title: { zh: '巡查路线规划', en: 'Inspection routes' },
  whatToInspect: { zh: '巡查对象', en: 'What to inspect' },
  layerConstruction: { zh: '建筑工地', en: 'Construction sites' },
  layerVillages: { zh: '村（散煤复烧）', en: 'Villages' },
  layerMachines: { zh: '非道路机械', en: 'Machines' },
  layerEnterprises: { zh: '企业', en: 'Enterprises' },
  layerFuel: { zh: '非标油品', en: 'Fuel reports' },
  noLayer: { zh: '请至少勾选一类巡查对象', en: 'Tick at least one kind of place' },
  onlyProblems: { zh: '只选有问题的点位（告警）', en: 'Only places with an open problem (alerts)' },
  onlyArea: { zh: '只选“分析”中绘制的区域内', en: 'Only inside the area drawn under Analysis' },
  manualCount: {
    zh: (n: number) => `手选点位（优先于上面的条件）：${n}`,
    en: (n: number) => `Picked by hand (overrides the selection): ${n}`,
  },
  addSelected: { zh: '加入选中点位', en: 'Add the selected place' },
  clear: { zh: '清空', en: 'Clear' },
  scopeTownships: { zh: (names: string) => `范围：已筛选乡镇 ${names}`, en: (names: string) => `Area: ${names}` },
  scopeOwn: {
    zh: (names: string) => `范围：所辖乡镇 ${names}`,
    en: (names: string) => `Area: your townships ${names}`,
  },
  scopeDistrict: {
    zh: '范围：全区（可在“图层”中选择乡镇）',
    en: 'Area: whole district (pick townships under Layers)',
  },
  listSeparator: { zh: '、', en: ', ' },
  inspectors: { zh: '巡查员', en: 'Inspectors' },
  shift: { zh: '班次', en: 'Shift' },
  shiftStart: { zh: '班次开始', en: 'Shift starts' },
  shiftEnd: { zh: '班次结束', en: 'Shift ends' },
  shiftOrder: { zh: '班次结束须晚于开始', en: 'The shift must end after it starts' },
  plan: { zh: '规划路线', en: 'Plan routes' },
  planning: { zh: '规划中…', en: 'Planning…' },
  summary: {
    zh: (inspectors: number, stops: number, ms: number, date: string) =>
      `${date}：${inspectors} 名巡查员，${stops} 个点位，求解 ${ms} 毫秒`,
    en: (inspectors: number, stops: number, ms: number, date: string) =>
      `${date}: ${inspectors} ${inspectors === 1 ? 'inspector' : 'inspectors'}, ${stops} stops, solved in ${ms} ms`,
  },
  straightLine: { zh: '（无路网，按直线估算）', en: ' (no road network: straight lines)' },
  syntheticRoads: { zh: '（路网为合成示意）', en: ' (synthetic roads)' },
  fewerTooFewStops: {
    zh: (used: number, asked: number, stops: number) =>
      `只安排了 ${used} 名巡查员（要求 ${asked} 名）：只有 ${stops} 个点位。`,
    en: (used: number, asked: number, stops: number) =>
      `${used} of the ${asked} inspectors used: there are only ${stops} stops.`,
  },
  fewerAllFit: {
    zh: (used: number, asked: number) =>
      `只安排了 ${used} 名巡查员（要求 ${asked} 名）：所有点位在 ${used} 人的班次内即可完成，无需更多人员。`,
    en: (used: number, asked: number) =>
      `${used} of the ${asked} inspectors used: every stop fits in ${used === 1 ? 'one shift' : `${used} shifts`}.`,
  },
  fewerRestUnservable: {
    zh: (used: number, asked: number) =>
      `只安排了 ${used} 名巡查员（要求 ${asked} 名）：其余点位即使单独前往也无法在班次内完成（见下方“未能安排”）。`,
    en: (used: number, asked: number) =>
      `${used} of the ${asked} inspectors used: the other stops cannot be done within a shift even alone (see below).`,
  },
  inspector: { zh: (n: number) => `巡查员 ${n}`, en: (n: number) => `Inspector ${n}` },
  routeTimes: {
    zh: (depart: string, end: string, minutes: number, km: number) =>
      `出发 ${depart} · 返回 ${end} · 行驶 ${minutes} 分钟 · ${km} 公里`,
    en: (depart: string, end: string, minutes: number, km: number) =>
      `leave ${depart} · back ${end} · driving ${minutes} min · ${km} km`,
  },
  stopTimes: {
    zh: (arrival: string, start: string, departure: string) => `到达 ${arrival} · 检查 ${start}–${departure}`,
    en: (arrival: string, start: string, departure: string) => `arrive ${arrival} · inspect ${start}–${departure}`,
  },
  gpx: { zh: '导出 GPX', en: 'GPX' },
  keptOrder: { zh: '📌 按手动顺序', en: '📌 kept in your order' },
  overShift: { zh: '（超出班次！）', en: ' (runs past the shift!)' },
  moveUp: { zh: '上移', en: 'Move up' },
  moveDown: { zh: '下移', en: 'Move down' },
  replan: { zh: '按调整重新规划其余点位', en: 'Keep my order, re-plan the rest' },
  unassigned: { zh: (n: number) => `未能安排（${n}）`, en: (n: number) => `Not fitted (${n})` },
  print: { zh: '打印路线单', en: 'Print route sheet' },
  visitChosen: { zh: '按所选巡查对象（无在办告警）', en: 'By the kinds chosen (no open alert)' },
  visitWhy: { zh: '巡查原因', en: 'Why' },
  sheetTitle: {
    zh: (date: string) => `忻府区大气环境巡查路线单 · ${date}`,
    en: (date: string) => `Xinfu district air inspection route sheet · ${date}`,
  },
  sheetDepot: {
    zh: '出发地：忻州市生态环境局忻府分局（位置为近似）',
    en: 'Start: Xinfu branch of the Xinzhou ecology and environment bureau (approximate position)',
  },
  sheetRoute: {
    zh: (n: number, depart: string, end: string, minutes: number, km: number) =>
      `巡查员 ${n}：出发 ${depart}，返回 ${end}，行驶 ${minutes} 分钟 / ${km} 公里`,
    en: (n: number, depart: string, end: string, minutes: number, km: number) =>
      `Inspector ${n}: leave ${depart}, back ${end}, driving ${minutes} min / ${km} km`,
  },
  sheetColumns: {
    zh: ['序号', '点位', '乡镇', '到达', '检查', '离开', '巡查原因', '情况记录'].join('|'),
    en: ['#', 'Place', 'Township', 'Arrive', 'Inspect', 'Leave', 'Why', 'Notes'].join('|'),
  },
  sheetNote: {
    zh: '路网为合成示意数据，时间为估算。',
    en: 'The road network is synthetic; times are estimates.',
  },
  gpxName: {
    zh: (date: string, n: number) => `巡查路线 ${date} · 巡查员 ${n}`,
    en: (date: string, n: number) => `Inspection route ${date} · inspector ${n}`,
  },
  reasonNoVehicles: { zh: '没有可用的巡查员', en: 'no inspector available' },
  reasonOverCapacity: { zh: '超出巡查员的承载量', en: 'more than an inspector can take' },
  reasonWindow: { zh: '无法在要求的时段内到达', en: 'cannot be reached within its time window' },
  reasonShift: {
    zh: '即使单独前往，也无法在班次结束前返回',
    en: 'even alone, the trip does not end before the shift does',
  },
  reasonWorkTime: { zh: '往返加检查超过最长工作时间', en: 'the trip and inspection exceed the maximum work time' },
  reasonDidNotFit: {
    zh: '班次内排不下（优先级最低的先舍去）',
    en: 'did not fit in the shifts (lowest priority dropped first)',
  },
  reasonNoInspectorLeft: {
    zh: '所有巡查员都已按手动顺序安排，没有空余人员',
    en: 'no inspector left: every inspector has a route fixed by hand',
  },
});

export type RoutesMessages = ReturnType<typeof routesMessages>;
