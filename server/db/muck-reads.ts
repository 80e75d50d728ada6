/**
 * The reads behind GET /api/muck/trucks/:id/track and /violations: a truck's fixes, permit and disposal sites with
 * the violations found on them (server/muck/muck-violations.ts), and every episode of every truck in a window.
 *
 * @module
 */
import type { MultiPolygon, Polygon } from 'geojson';
import {
  readDisposalSites,
  readFixes,
  readMuckTruck,
  readMuckTrucks,
  readPermitsOverlapping,
  readSpills,
  spillFacts,
} from './muck-repository.ts';
import type { Db } from './open-database.ts';
import { muckViolations } from '../muck/muck-violations.ts';
import type { MuckTrackResponse } from '../schema/muck-track.ts';
import type { ViolationEntry, ViolationsResponse } from '../schema/muck.ts';
import { createPolygonLocator } from '../spatial/polygon-locator.ts';

/** Most spill reports one window reads. */
const SPILL_LIMIT = 5000;

/**
 * A truck's track over `(from, to]` (CST minutes): its fixes, the permit in force at `to` (else the latest one
 * overlapping the window) with its route, the disposal sites (the permit's own, else every valid one) and every
 * violation found in the window (spill reports of any status naming it). Null for an unknown truck.
 */
export function readMuckTrack(db: Db, truckId: string, from: string, to: string): MuckTrackResponse | null {
  const truck = readMuckTruck(db, truckId);
  if (!truck) return null;
  const permits = readPermitsOverlapping(db, from.slice(0, 10), to.slice(0, 10), truckId);
  const toDay = to.slice(0, 10);
  const shown = permits.filter((p) => p.validFrom <= toDay && toDay <= p.validTo).at(-1) ?? permits.at(-1) ?? null;
  const fixes = readFixes(db, from, to, truckId).get(truckId) ?? [];
  const sites = readDisposalSites(db, toDay);
  const spills = spillFacts(readSpills(db, { from, to, truckId, limit: SPILL_LIMIT }));
  const own = shown ? sites.filter((s) => s.id === shown.disposalSiteId) : sites;
  return {
    truckId,
    plate: truck.plate,
    from,
    to,
    positions: fixes.map((f) => ({ ts: f.ts, lon: f.lon, lat: f.lat, speedKmh: f.speedKmh })),
    permit: shown && {
      id: shown.id,
      siteId: shown.siteId,
      disposalSiteId: shown.disposalSiteId,
      validFrom: shown.validFrom,
      validTo: shown.validTo,
      hoursFrom: shown.hoursFrom,
      hoursTo: shown.hoursTo,
      bufferM: shown.bufferM,
      route: shown.route.map(([lon, lat]) => [lon, lat] as [number, number]),
    },
    disposalSites: own.map((s) => ({ id: s.id, name: s.name, lon: s.lon, lat: s.lat, radiusM: s.radiusM })),
    violations: muckViolations({ ...truck, permits, fixes }, sites, spills),
  };
}

/**
 * Every violation episode of every truck over `(from, to]`, newest first, optionally only those that happened in
 * `township` (located by the township boundaries).
 */
export function readMuckViolations(db: Db, from: string, to: string, township?: string): ViolationsResponse {
  const fixes = readFixes(db, from, to);
  const permits = readPermitsOverlapping(db, from.slice(0, 10), to.slice(0, 10));
  const sites = readDisposalSites(db, to.slice(0, 10));
  const spills = spillFacts(readSpills(db, { from, to, limit: SPILL_LIMIT }));
  const locate = createPolygonLocator(
    (
      db.prepare('SELECT code, geometry FROM townships ORDER BY code').all() as { code: string; geometry: string }[]
    ).map((t) => ({ id: t.code, geometry: JSON.parse(t.geometry) as Polygon | MultiPolygon })),
  );
  const violations: ViolationEntry[] = readMuckTrucks(db).flatMap((truck) =>
    muckViolations(
      { ...truck, permits: permits.filter((p) => p.truckId === truck.id), fixes: fixes.get(truck.id) ?? [] },
      sites,
      spills.filter((s) => s.truckId === truck.id),
    ).map((v) => ({
      truckId: truck.id,
      plate: truck.plate,
      company: truck.company,
      township: locate(v.lon, v.lat),
      ...v,
    })),
  );
  return {
    from,
    to,
    violations: violations
      .filter((v) => township === undefined || v.township === township)
      .sort((a, b) => (a.from > b.from ? -1 : a.from < b.from ? 1 : a.truckId < b.truckId ? -1 : 1)),
  };
}
