import { industries, industryGroups } from '../../server/schema/enterprise.ts';
import { sixChecks } from '../../server/schema/construction-site.ts';
import { heatingStatuses } from '../../server/schema/village.ts';
import {
  statsLayerIds,
  statsPollutants,
  type AreaStatistics,
  type AreaStatsResponse,
  type TownshipStatsResponse,
} from '../../server/schema/stats.ts';

const record = <K extends string, V>(keys: readonly K[], value: (k: K) => V) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

/** Statistics of an area of `areaKm2` with every count `n` (a test fixture; the values are not consistent). */
export function areaStatistics(areaKm2: number, n: number, dustfall: number | null, pm25: number | null) {
  const cd = { count: n, perKm2: n / areaKm2 };
  const stats: AreaStatistics = {
    areaKm2,
    counts: record(statsLayerIds, () => n),
    densities: record(statsLayerIds, () => n / areaKm2),
    enterprises: { byIndustry: record(industries, () => cd), byGroup: record(industryGroups, () => cd) },
    constructionSites: {
      failing: cd,
      failedChecks: record(sixChecks, () => n),
      uninspected: 0,
      active: n,
      activeFailing: 0,
    },
    villages: { byHeating: record(heatingStatuses, () => cd) },
    machines: { banned: n, bannedInNrmmZones: cd, activity: { positions: 0, machines: 0, bannedMachines: 0 } },
    stations: {
      national: 1,
      micro: n,
      active: n,
      readings: {
        from: '2023-12-01T00:00',
        to: '2023-12-31T23:00',
        stations: n,
        validHours: record(statsPollutants, () => 10),
        means: record(statsPollutants, (p) => (p === 'PM2.5' ? pm25 : 10)),
      },
    },
    fuelPoints: { open: n },
    dustfall: {
      month: '2023-12',
      value: dustfall,
      exceeds: dustfall === null ? null : dustfall > 7,
      limit: 7,
      method: 'point-mean',
      points: 1,
      pointMean: dustfall,
      coverageKm2: dustfall === null ? 0 : areaKm2,
    },
    vehicles: { inUse: n, dieselTrucksIVAndBelow: 1, newEnergy: 2 },
    checkpoints: { from: '2023-12-01T23:00', to: '2023-12-31T23:00', checks: 40, hits: 3, hitRate: 3 / 40 },
    repairShops: { openFinding: 1 },
    muckTrucks: { violating: 1 },
    roads: { segments: 4, km: 12.345, behindSegments: 1, behindKm: 2.5 },
    stockyards: { failing: 1, uninspected: 0, areaM2: 12_500 },
    builtUpArea: { km2: 8.25, provisional: true },
  };
  return stats;
}

/** A drawn area's answer. */
export function areaResponse(areaKm2: number): AreaStatsResponse {
  return {
    ...areaStatistics(areaKm2, 3, 8.379999999999999, 35),
    month: '2023-12',
    asOf: '2023-12-31T23:00',
    perimeterKm: 36.46,
    drawnAreaKm2: areaKm2,
    outsideAreaKm2: 0,
    clipped: false,
    vertices: 65,
    townships: [{ code: '140902001', name: '秀容街道', areaKm2, share: 1, dustfall: 8.38 }],
    warnings: [],
  };
}

/** A township table of three townships, one without PM2.5. */
export function townshipTable(): TownshipStatsResponse {
  return {
    month: '2023-12',
    asOf: '2023-12-31T23:00',
    townships: [
      { ...areaStatistics(7.62, 2, 8.379999999999999, 40), code: '140902001', name: '秀容街道' },
      { ...areaStatistics(3.1, 0, 6, null), code: '140902002', name: '新建路街道' },
      { ...areaStatistics(95.4, 11, 5.25, 36.2), code: '140902201', name: '北义井乡' },
    ],
    district: areaStatistics(105.12, 13, 6.1, 37),
  };
}
