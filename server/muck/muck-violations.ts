/**
 * The violations of one muck truck's track (task 11): off the approved route, outside the approved hours,
 * stops outside every place a truck may stop (suspected illegal dumping), and spill reports naming it.
 *
 * @module
 */
import type { Localized } from '../schema/localized.ts';
import { spillStatusLabels, type MuckViolationKind } from '../schema/enums/muck-truck.ts';
import { geodesicDistanceM } from '../roads/geodesic-distance.ts';
import { findStops } from './find-stops.ts';
import { mergeEpisodes } from './merge-episodes.ts';
import { MOVING_MIN_KMH, PLACE_RADIUS_M, STOP_RADIUS_M } from './muck-conventions.ts';
import type { MuckFix } from './muck-fix.ts';
import { withinPermittedHours } from './permitted-hours.ts';
import { nearestOnRoute, offRoute } from './route-distance.ts';

/** A permit (准运证) as the analysis needs it; positions `[lon, lat]` WGS84 degrees. */
export interface MuckPermitFacts {
  id: string;
  siteId: string;
  disposalSiteId: string;
  /** `YYYY-MM-DD`, both included. */
  validFrom: string;
  validTo: string;
  /** `HH:mm`; `hoursTo` before `hoursFrom` = overnight. */
  hoursFrom: string;
  hoursTo: string;
  bufferM: number;
  route: readonly [number, number][];
  /** The construction site's position; null when the site is not in the register. */
  site: [number, number] | null;
}

/** A place a truck may stop at: a disposal site with its radius in metres. */
export interface MuckPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  radiusM: number;
}

/** One truck with its permits and its fixes (time order). */
export interface MuckTruckTrack {
  id: string;
  plate: string;
  /** The company's base, `[lon, lat]`. */
  base: [number, number];
  permits: readonly MuckPermitFacts[];
  fixes: readonly MuckFix[];
}

/** A spill report (沿途抛洒) naming a truck. */
export interface MuckSpillFacts {
  id: number;
  truckId: string;
  reportedAt: string;
  lon: number;
  lat: number;
  description: string;
  status: 'open' | 'cleaned' | 'penalized';
}

/** A violation episode: kind, first and last moment (CST), the worst point and a localized detail. */
export interface MuckViolationFinding {
  kind: MuckViolationKind;
  from: string;
  to: string;
  lon: number;
  lat: number;
  detail: Localized;
}

const hm = (ts: string) => ts.slice(11, 16);

function permitsOn(permits: readonly MuckPermitFacts[], ts: string): MuckPermitFacts[] {
  const day = ts.slice(0, 10);
  return permits.filter((p) => p.validFrom <= day && day <= p.validTo);
}

/**
 * Whether two positions are within `radiusM` metres (geodesic), with a cheap planar test first: the local
 * equirectangular distance is within 1 % of the geodesic one at district scale, so only near-ties are measured.
 */
function within(lon1: number, lat1: number, lon2: number, lat2: number, radiusM: number): boolean {
  const kx = Math.cos((lat1 * Math.PI) / 180) * 111_320;
  const approx = Math.hypot((lon2 - lon1) * kx, (lat2 - lat1) * 110_950);
  if (approx > radiusM * 1.02 + 1) return false;
  if (approx < radiusM * 0.98 - 1) return true;
  return geodesicDistanceM(lon1, lat1, lon2, lat2) <= radiusM;
}

/** Whether a position is at the base, a permit's construction site (within PLACE_RADIUS_M) or a disposal site. */
function atAllowedPlace(
  lon: number,
  lat: number,
  truck: MuckTruckTrack,
  permits: readonly MuckPermitFacts[],
  disposalSites: readonly MuckPlace[],
): boolean {
  if (within(lon, lat, truck.base[0], truck.base[1], PLACE_RADIUS_M)) return true;
  for (const p of permits) {
    if (p.site && within(lon, lat, p.site[0], p.site[1], PLACE_RADIUS_M)) return true;
  }
  return disposalSites.some((d) => within(lon, lat, d.lon, d.lat, d.radiusM));
}

/**
 * Whether the fix at `index` is moving: its speed is at least MOVING_MIN_KMH, or (without speed) it lies at least
 * STOP_RADIUS_M from the previous fix.
 */
function isMoving(fixes: readonly MuckFix[], index: number): boolean {
  const fix = fixes[index] as MuckFix;
  if (fix.speedKmh !== null) return fix.speedKmh >= MOVING_MIN_KMH;
  const prev = fixes[index - 1];
  return prev !== undefined && !within(prev.lon, prev.lat, fix.lon, fix.lat, STOP_RADIUS_M - 1e-9);
}

/**
 * Off-route episodes. A fix offends when it is not at an allowed place and either no permit is in force on its day
 * while the truck moves (无有效准运证), or it lies farther than the buffer from the route of every permit in force
 * (exactly at the buffer is on the route). The worst point is the farthest from the route.
 */
function offRouteEpisodes(truck: MuckTruckTrack, disposalSites: readonly MuckPlace[]): MuckViolationFinding[] {
  const facts = truck.fixes.map((fix, index) => {
    const permits = permitsOn(truck.permits, fix.ts);
    if (atAllowedPlace(fix.lon, fix.lat, truck, permits, disposalSites)) return null;
    if (!permits.length) return isMoving(truck.fixes, index) ? { distanceM: -1, bufferM: 0 } : null;
    let nearest = { distanceM: Number.POSITIVE_INFINITY, bufferM: 0 };
    for (const p of permits) {
      const d = nearestOnRoute([fix.lon, fix.lat], p.route).distanceM;
      if (!offRoute(d, p.bufferM)) return null;
      if (d < nearest.distanceM) nearest = { distanceM: d, bufferM: p.bufferM };
    }
    return nearest;
  });
  return mergeEpisodes(truck.fixes, (_, i) => facts[i]?.distanceM ?? null).map((e) => {
    const worst = facts[truck.fixes.indexOf(e.worst)] as { distanceM: number; bufferM: number };
    const span = `${hm(e.from)}–${hm(e.to)}`;
    const detail: Localized =
      worst.distanceM < 0
        ? { zh: `${span} 无有效准运证行驶`, en: `${span} driving without a valid transport permit` }
        : {
            zh: `${span} 偏离核准路线，最远 ${Math.round(worst.distanceM)} 米（允许 ${worst.bufferM} 米）`,
            en: `${span} off the approved route, up to ${Math.round(worst.distanceM)} m (buffer ${worst.bufferM} m)`,
          };
    return { kind: 'off-route', from: e.from, to: e.to, lon: e.worst.lon, lat: e.worst.lat, detail };
  });
}

/**
 * Out-of-hours episodes: a moving fix, not at the base, on a day with a permit in force, outside the hours of every
 * permit in force (the end minute is inside: withinPermittedHours). Without a permit the off-route rule speaks.
 */
function outOfHoursEpisodes(truck: MuckTruckTrack): MuckViolationFinding[] {
  const offends = truck.fixes.map((fix, index) => {
    const permits = permitsOn(truck.permits, fix.ts);
    if (!permits.length || !isMoving(truck.fixes, index)) return false;
    if (within(fix.lon, fix.lat, truck.base[0], truck.base[1], PLACE_RADIUS_M)) return false;
    return permits.every((p) => !withinPermittedHours(fix.ts, p.hoursFrom, p.hoursTo));
  });
  return mergeEpisodes(truck.fixes, (_, i) => (offends[i] ? 0 : null)).map((e) => {
    const hours = permitsOn(truck.permits, e.from)
      .map((p) => `${p.hoursFrom}–${p.hoursTo}`)
      .join('、');
    const span = `${hm(e.from)}–${hm(e.to)}`;
    return {
      kind: 'out-of-hours',
      from: e.from,
      to: e.to,
      lon: e.worst.lon,
      lat: e.worst.lat,
      detail: {
        zh: `${span} 在核准时段（${hours}）外行驶`,
        en: `${span} driving outside the approved hours (${hours})`,
      },
    };
  });
}

/** Stops (find-stops.ts) not at the base, a permit's construction site or any valid disposal site. */
function dumpingEpisodes(truck: MuckTruckTrack, disposalSites: readonly MuckPlace[]): MuckViolationFinding[] {
  return findStops(truck.fixes)
    .filter((s) => !atAllowedPlace(s.lon, s.lat, truck, truck.permits, disposalSites))
    .map((s) => ({
      kind: 'illegal-dumping',
      from: s.from,
      to: s.to,
      lon: s.lon,
      lat: s.lat,
      detail: {
        zh: `${hm(s.from)}–${hm(s.to)} 在消纳场、工地和停车场以外停留 ${Math.round(s.minutes)} 分钟`,
        en:
          `${hm(s.from)}–${hm(s.to)} stopped ${Math.round(s.minutes)} min away from every disposal site, ` +
          'its construction site and its base',
      },
    }));
}

/** Spill reports naming the truck, as violations at their moment and place. */
function spillViolations(spills: readonly MuckSpillFacts[]): MuckViolationFinding[] {
  return spills.map((s) => ({
    kind: 'spill',
    from: s.reportedAt,
    to: s.reportedAt,
    lon: s.lon,
    lat: s.lat,
    detail: {
      zh: `第 ${s.id} 号抛洒报告（${spillStatusLabels[s.status].zh}）：${s.description}`,
      en: `spill report ${s.id} (${spillStatusLabels[s.status].en}): ${s.description}`,
    },
  }));
}

/**
 * Every violation of a truck's track, oldest first: off-route, out-of-hours and illegal-dumping episodes found on
 * `truck.fixes` (the caller picks the window) and the spill reports `spills` naming it. Disposal sites are the valid
 * ones: a stop at any of them is no dumping.
 *
 * @example
 * muckViolations(truck, disposalSites, []).map((v) => v.kind); // ['off-route']
 */
export function muckViolations(
  truck: MuckTruckTrack,
  disposalSites: readonly MuckPlace[],
  spills: readonly MuckSpillFacts[],
): MuckViolationFinding[] {
  return [
    ...offRouteEpisodes(truck, disposalSites),
    ...outOfHoursEpisodes(truck),
    ...dumpingEpisodes(truck, disposalSites),
    ...spillViolations(spills),
  ].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
