/**
 * The as-of snapshot of the statistics index: village and site statuses (through their layers, as
 * `/api/layers/:id` serves them at as-of) and each machine's latest position at as-of (binary search
 * in its track), with whether it lies in an NRMM zone in force then.
 *
 * @module
 */
import type { Db } from '../../db/open-database.ts';
import { layerDefinitions } from '../../db/layers/registry.ts';
import { sixChecks, type SixCheck } from '../../schema/construction-site.ts';
import { heatingStatuses, type HeatingStatus } from '../../schema/village.ts';
import { cstMinute } from '../../time/cst.ts';
import { latestAt } from './machine-tracks.ts';
import type { AsOfSnapshot, StatsData } from './stats-data.ts';

/**
 * Builds the snapshot of `data` at `asOf` (`YYYY-MM-DDTHH:mm` CST).
 *
 * @example
 * const snapshot = snapshotAt(db, index.data(), '2023-12-31T23:00');
 * snapshot.machineLon.length === index.data().machines.ids.length; // true
 */
export function snapshotAt(db: Db, data: StatsData, asOf: string): AsOfSnapshot {
  const statusIndex = new Map<HeatingStatus, number>(heatingStatuses.map((s, i) => [s, i]));
  const villageLocal = new Map(data.villages.codes.map((code, i) => [code, i]));
  const villageStatus = new Uint8Array(data.villages.codes.length);
  for (const f of layerDefinitions.villages.features(db, {}, asOf)) {
    const i = villageLocal.get(String(f.properties.code));
    if (i !== undefined) villageStatus[i] = statusIndex.get(f.properties.heatingStatus as HeatingStatus) ?? 0;
  }
  const siteLocal = new Map(data.sites.ids.map((id, i) => [id, i]));
  const siteCompliant = new Uint8Array(data.sites.ids.length).fill(255);
  const siteFailed = new Uint8Array(data.sites.ids.length);
  const siteActive = new Uint8Array(data.sites.ids.length);
  for (const f of layerDefinitions['construction-sites'].features(db, {}, asOf)) {
    const i = siteLocal.get(String(f.properties.id));
    if (i === undefined) continue;
    const compliant = f.properties.compliant as boolean | null;
    siteCompliant[i] = compliant === null ? 255 : compliant ? 1 : 0;
    siteActive[i] = f.properties.active === true ? 1 : 0;
    let mask = 0;
    for (const check of f.properties.failedChecks as SixCheck[]) mask |= 1 << sixChecks.indexOf(check);
    siteFailed[i] = mask;
  }
  const count = data.machines.ids.length;
  const snapshot: AsOfSnapshot = {
    asOf,
    limitMinute: cstMinute(asOf),
    villageStatus,
    siteCompliant,
    siteFailed,
    siteActive,
    machineLon: new Float64Array(count),
    machineLat: new Float64Array(count),
    machineInZone: new Uint8Array(count),
    machineBanned: new Uint8Array(count),
  };
  for (let m = 0; m < count; m++) updateMachine(snapshot, data, m);
  return snapshot;
}

/**
 * Recomputes machine `m`'s latest position at the snapshot's as-of from its track (after the track changed).
 *
 * @example
 * setPosition(track, t, [lon, lat]);
 * if (t <= snapshot.limitMinute) updateMachine(snapshot, data, m);
 */
export function updateMachine(snapshot: AsOfSnapshot, data: StatsData, m: number): void {
  const track = data.machines.tracks[m];
  const p = track ? latestAt(track, snapshot.limitMinute) : -1;
  if (!track || p < 0) {
    snapshot.machineLon[m] = Number.NaN;
    snapshot.machineLat[m] = Number.NaN;
    snapshot.machineInZone[m] = 0;
    snapshot.machineBanned[m] = data.machines.bannedAnywhere[m] as number;
    return;
  }
  const x = track.lon[p] as number;
  const y = track.lat[p] as number;
  const asOfDate = snapshot.asOf.slice(0, 10);
  snapshot.machineLon[m] = x;
  snapshot.machineLat[m] = y;
  let minRank = -1;
  for (const z of data.zones)
    if (z.effectiveFrom <= asOfDate && z.prepared.contains(x, y)) minRank = Math.max(minRank, z.minStageRank);
  snapshot.machineInZone[m] = minRank >= 0 ? 1 : 0;
  const belowStage = minRank >= 0 && (data.machines.stageRank[m] as number) < minRank;
  snapshot.machineBanned[m] = belowStage || data.machines.bannedAnywhere[m] === 1 ? 1 : 0;
}
