/**
 * The counting and shaping steps of the statistics repository (stats-repository.ts): what lies
 * inside one area (entities through the flatbush index, machines at their latest position at as-of,
 * the month's position reports up to as-of), and the response shape of a tally.
 *
 * @module
 */
import type { Bbox } from '../../schema/common.ts';
import { sixChecks } from '../../schema/construction-site.ts';
import { DUSTFALL_LIMIT } from '../../schema/dustfall-point.ts';
import { industries, industryGroups, industryInfo } from '../../schema/enterprise.ts';
import { statsLayerIds, statsPollutants, type AreaStatistics, type StatsLayerId } from '../../schema/stats.ts';
import { heatingStatuses } from '../../schema/village.ts';
import type { DustSnapshot } from './dust-snapshot.ts';
import { forEachPositionIn } from './month-positions.ts';
import { entityLayers, type AsOfSnapshot, type MonthPositions, type StatsData, type StatsIndex } from './stats-data.ts';
import { tallyDust, type AreaShape, type DustTally } from './tally-dust.ts';

/** An area to count in: its box and an exact containment test, `[lon, lat]` degrees. */
export interface PointTest {
  bbox: Bbox;
  contains(lon: number, lat: number): boolean;
}

/** Raw counts of one area. */
export interface Tally {
  layers: Int32Array;
  industry: Int32Array;
  sitesFailing: number;
  sitesUninspected: number;
  sitesActive: number;
  sitesActiveFailing: number;
  failedChecks: Int32Array;
  heating: Int32Array;
  stationsNational: number;
  stationsActive: number;
  stations: number[];
  dustfallPoints: number[];
  fuelOpen: number;
  machinesBanned: number;
  machinesBannedInZones: number;
  activityPositions: number;
  activityMachines: number;
  activityBanned: number;
  /** The issue-16 layers (tally-dust.ts). */
  dust: DustTally;
}

/** Everything a query at one as-of and month needs. */
export interface QueryContext {
  index: StatsIndex;
  data: StatsData;
  asOf: string;
  month: string;
  snapshot: AsOfSnapshot;
  positions: MonthPositions;
  limitMinute: number;
  window: { from: string; to: string };
  /** Per township (by index): the month's dustfall, plain mean of its points' readings. */
  townshipDustfall: Array<{ value: number | null; points: number }>;
  dustfall: Float64Array;
  /** The issue-16 layers at as-of. */
  dust: DustSnapshot;
  /** Muck trucks with a muck-rule alert raised in the month up to as-of (the alert ledger). */
  muckViolators: ReadonlySet<string>;
}

const statsIndexOfEntityLayer = entityLayers.map((layer) => statsLayerIds.indexOf(layer));
const MACHINES = statsLayerIds.indexOf('machines');

/** Counts everything inside `area`; `shape` is its polygon (road km, built-up km²). */
export function tallyArea(ctx: QueryContext, area: PointTest, shape: AreaShape): Tally {
  const { data, snapshot } = ctx;
  const dust = tallyDust(ctx.dust, ctx.muckViolators, area, shape);
  const t: Tally = {
    layers: new Int32Array(statsLayerIds.length),
    industry: new Int32Array(industries.length),
    sitesFailing: 0,
    sitesUninspected: 0,
    sitesActive: 0,
    sitesActiveFailing: 0,
    failedChecks: new Int32Array(sixChecks.length),
    heating: new Int32Array(heatingStatuses.length),
    stationsNational: 0,
    stationsActive: 0,
    stations: [],
    dustfallPoints: [],
    fuelOpen: 0,
    machinesBanned: 0,
    machinesBannedInZones: 0,
    activityPositions: 0,
    activityMachines: 0,
    activityBanned: 0,
    dust,
  };
  for (const [id, n] of Object.entries(dust.counts)) t.layers[statsLayerIds.indexOf(id as StatsLayerId)] = n;
  const { layer, local } = data.entities;
  data.entities.index.forEachInPolygon(area, (i) => {
    const l = layer[i] as number;
    const j = local[i] as number;
    (t.layers[statsIndexOfEntityLayer[l] as number] as number)++;
    switch (entityLayers[l]) {
      case 'enterprises':
        (t.industry[data.enterprises.industry[j] as number] as number)++;
        break;
      case 'construction-sites': {
        const compliant = snapshot.siteCompliant[j];
        const active = snapshot.siteActive[j] === 1;
        if (active) t.sitesActive++;
        if (compliant === 255) t.sitesUninspected++;
        if (compliant === 0) {
          t.sitesFailing++;
          if (active) t.sitesActiveFailing++;
          const mask = snapshot.siteFailed[j] as number;
          for (let c = 0; c < sixChecks.length; c++) if (mask & (1 << c)) (t.failedChecks[c] as number)++;
        }
        break;
      }
      case 'villages':
        (t.heating[snapshot.villageStatus[j] as number] as number)++;
        break;
      case 'stations':
        t.stations.push(j);
        if (data.stations.national[j] === 1) t.stationsNational++;
        if (data.stations.active[j] === 1) t.stationsActive++;
        break;
      case 'dustfall-points':
        t.dustfallPoints.push(j);
        break;
      case 'fuel-points':
        if (data.fuelPoints.open[j] === 1) t.fuelOpen++;
        break;
      default:
        break;
    }
  });

  // Machines at their latest position at as-of (a few thousand: a box check and the exact test).
  const { machines } = data;
  const [minX, minY, maxX, maxY] = area.bbox;
  for (let m = 0; m < machines.ids.length; m++) {
    const x = snapshot.machineLon[m] as number;
    const y = snapshot.machineLat[m] as number;
    if (Number.isNaN(x)) continue;
    if (x < minX || x > maxX || y < minY || y > maxY || !area.contains(x, y)) continue;
    (t.layers[MACHINES] as number)++;
    if (snapshot.machineBanned[m] === 1) {
      t.machinesBanned++;
      if (snapshot.machineInZone[m] === 1 && machines.exempt[m] === 0) t.machinesBannedInZones++;
    }
  }

  // Position reports of the month up to as-of, through the month's flatbush index.
  const seen = new Uint8Array(machines.ids.length);
  forEachPositionIn(ctx.positions, area, (m, minute) => {
    if (minute > ctx.limitMinute) return;
    t.activityPositions++;
    if (seen[m] === 1) return;
    seen[m] = 1;
    t.activityMachines++;
    if (snapshot.machineBanned[m] === 1) t.activityBanned++;
  });
  return t;
}

/** Turns a tally into the response shape; `dust` is the area's dustfall value and how it was obtained. */
export function statistics(
  ctx: QueryContext,
  t: Tally,
  areaKm2: number,
  dust: { value: number | null; coverageKm2: number; method: 'point-mean' | 'area-weighted' },
): AreaStatistics {
  const density = (n: number): number | null => (areaKm2 > 0 ? n / areaKm2 : null);
  const countDensity = (n: number) => ({ count: n, perKm2: density(n) });
  const record = <K extends string, V>(keys: readonly K[], value: (key: K, i: number) => V) =>
    Object.fromEntries(keys.map((key, i) => [key, value(key, i)])) as Record<K, V>;

  let pointSum = 0;
  let pointsWithReading = 0;
  for (const j of t.dustfallPoints) {
    const v = ctx.dustfall[j] as number;
    if (Number.isNaN(v)) continue;
    pointSum += v;
    pointsWithReading++;
  }

  const groups = record(industryGroups, () => 0);
  industries.forEach((industry, i) => (groups[industryInfo[industry].group] += t.industry[i] as number));

  const validHours = record(statsPollutants, () => 0);
  const sums = record(statsPollutants, () => 0);
  let stationsWithData = 0;
  for (const j of t.stations) {
    const s = ctx.index.readingSums(j, ctx.window.from, ctx.window.to);
    let hasData = false;
    statsPollutants.forEach((pollutant, p) => {
      validHours[pollutant] += s.count[p] as number;
      sums[pollutant] += s.sum[p] as number;
      if ((s.count[p] as number) > 0) hasData = true;
    });
    if (hasData) stationsWithData++;
  }

  return {
    areaKm2,
    counts: record(statsLayerIds, (_, i) => t.layers[i] as number),
    densities: record(statsLayerIds, (_, i) => density(t.layers[i] as number)),
    enterprises: {
      byIndustry: record(industries, (_, i) => countDensity(t.industry[i] as number)),
      byGroup: record(industryGroups, (group) => countDensity(groups[group])),
    },
    constructionSites: {
      failing: countDensity(t.sitesFailing),
      failedChecks: record(sixChecks, (_, i) => t.failedChecks[i] as number),
      uninspected: t.sitesUninspected,
      active: t.sitesActive,
      activeFailing: t.sitesActiveFailing,
    },
    villages: { byHeating: record(heatingStatuses, (_, i) => countDensity(t.heating[i] as number)) },
    machines: {
      banned: t.machinesBanned,
      bannedInNrmmZones: countDensity(t.machinesBannedInZones),
      activity: { positions: t.activityPositions, machines: t.activityMachines, bannedMachines: t.activityBanned },
    },
    stations: {
      national: t.stationsNational,
      micro: t.stations.length - t.stationsNational,
      active: t.stationsActive,
      readings: {
        from: ctx.window.from,
        to: ctx.window.to,
        stations: stationsWithData,
        validHours,
        means: record(statsPollutants, (pollutant) =>
          validHours[pollutant] > 0 ? sums[pollutant] / validHours[pollutant] : null,
        ),
      },
    },
    fuelPoints: { open: t.fuelOpen },
    dustfall: {
      month: ctx.month,
      value: dust.value,
      exceeds: dust.value === null ? null : dust.value > DUSTFALL_LIMIT,
      limit: DUSTFALL_LIMIT,
      method: dust.method,
      points: pointsWithReading,
      pointMean: pointsWithReading > 0 ? pointSum / pointsWithReading : null,
      coverageKm2: dust.coverageKm2,
    },
    ...t.dust.fields,
  };
}
