import { defineMessages } from './define-messages.ts';

/**
 * The words of issue 16 in the statistics table (分析), the route planner's stop kinds (巡查) and the alerts
 * view's plan-route button: vehicles, roadside checks, repair shops, muck trucks, roads, stockyards, the
 * built-up area.
 */
export const dustStatsMessages = defineMessages({
  layerVehicles: { zh: '机动车（登记）', en: 'Vehicles (registered)' },
  layerCheckpoints: { zh: '路检路查点', en: 'Roadside checkpoints' },
  layerRepairShops: { zh: '机动车维修机构', en: 'Vehicle repair shops' },
  layerMuckTrucks: { zh: '渣土车', en: 'Muck trucks' },
  layerStockyards: { zh: '堆场', en: 'Stockyards' },
  statVehiclesInUse: { zh: '在用', en: 'In use' },
  statDirtyDieselTrucks: { zh: '在用国四及以下柴油货车', en: 'Diesel trucks of China IV or below in use' },
  statNewEnergy: { zh: '在用新能源车辆', en: 'New-energy vehicles in use' },
  statChecks: { zh: '近30天检查次数 / 发现问题', en: 'Checks in 30 days / finding a problem' },
  statHitRate: { zh: '问题检出率', en: 'Hit rate' },
  statOpenFinding: { zh: '有未整改问题（尾气后处理、OBD）', en: 'Open finding (after-treatment, OBD)' },
  statMuckViolating: { zh: '本月有违规告警', en: 'With a violation alert this month' },
  statStockyardsFailing: { zh: '防尘措施不到位', en: 'Failing a control' },
  statStockyardsUninspected: { zh: '从未检查', en: 'Never inspected' },
  statStockyardsArea: { zh: '面积合计', en: 'Total area' },
  statRoads: { zh: '主要道路长度', en: 'Main roads' },
  statRoadsBehind: { zh: '保洁滞后', en: 'Behind their cleaning schedule' },
  statBuiltUp: { zh: '城市建成区面积', en: 'Urban built-up area' },
  provisionalMark: { zh: '（含示意范围）', en: ' (incl. provisional outline)' },
  segments: { zh: (n: string) => `${n} 段`, en: (n: string) => `${n} segments` },
  stopCheckpoints: { zh: '路检路查点', en: 'Roadside checkpoints' },
  stopRepairShops: { zh: '机动车维修机构', en: 'Repair shops' },
  stopStockyards: { zh: '堆场', en: 'Stockyards' },
});

/** The messages of issue 16's statistics and stops in one language. */
export type DustStatsMessages = ReturnType<typeof dustStatsMessages>;
