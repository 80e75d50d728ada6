/**
 * The reads behind GET /api/dust/sources-near (issue 16, task 12): the dustfall points over the limit in a month,
 * and the sources around them as their layers serve them at a moment.
 *
 * @module
 */
import type { LineString, Point } from 'geojson';
import type { DustSourceInputs, InspectedStatus, OverLimitPoint } from '../dust/sources-near-dustfall.ts';
import type { ConstructionSiteProperties } from '../schema/construction-site.ts';
import type { EnterpriseProperties } from '../schema/enterprise.ts';
import { DUSTFALL_LIMIT } from '../schema/plan-targets.ts';
import type { RoadSegmentProperties } from '../schema/road-segment.ts';
import type { StockyardProperties } from '../schema/stockyard.ts';
import { constructionSitesLayer } from './layers/construction-sites.ts';
import { enterprisesLayer } from './layers/enterprises.ts';
import { roadSegmentsLayer } from './layers/road-segments.ts';
import type { Db } from './open-database.ts';
import { stockyardsLayer } from './layers/stockyards.ts';

/** The latest month with a dustfall reading, at or before `upTo` (`YYYY-MM`); null when none. */
export function latestDustfallMonth(db: Db, upTo: string): string | null {
  const row = db.prepare('SELECT max(month) AS month FROM dustfall_readings WHERE month <= ?').get(upTo) as {
    month: string | null;
  };
  return row.month;
}

/**
 * The points with a reading in `month` (in `township` when given): how many, and those strictly above
 * {@link DUSTFALL_LIMIT} (exactly 7 is not over), highest first.
 */
export function readOverLimitPoints(
  db: Db,
  month: string,
  township: string | undefined,
): { withReading: number; over: OverLimitPoint[] } {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.township_code AS township, t.name AS townshipName, p.lon, p.lat, r.value
       FROM dustfall_points p JOIN townships t ON t.code = p.township_code
       JOIN dustfall_readings r ON r.point_id = p.id AND r.month = ?
       WHERE (? IS NULL OR p.township_code = ?) ORDER BY r.value DESC, p.id`,
    )
    .all(month, township ?? null, township ?? null) as {
    id: string;
    name: string;
    township: string;
    townshipName: string;
    lon: number;
    lat: number;
    value: number;
  }[];
  return {
    withReading: rows.length,
    over: rows
      .filter((r) => r.value > DUSTFALL_LIMIT)
      .map((r) => ({
        id: r.id,
        name: r.name,
        township: r.township,
        townshipName: r.townshipName,
        position: [r.lon, r.lat],
        value: r.value,
      })),
  };
}

const inspected = (compliant: boolean | null): InspectedStatus =>
  compliant === null ? 'never-inspected' : compliant ? 'compliant' : 'failing';

/**
 * The sources at `asOf` as their layers serve them: every stockyard, the active construction sites, the operating
 * enterprises and the road segments (behind or not at as-of).
 */
export function readDustSourceInputs(db: Db, asOf: string): DustSourceInputs {
  const position = (f: { geometry: unknown }) => (f.geometry as Point).coordinates;
  return {
    stockyards: stockyardsLayer.features(db, {}, asOf).map((f) => {
      const p = f.properties as StockyardProperties;
      return { id: p.id, name: p.name, position: position(f), status: inspected(p.compliant) };
    }),
    sites: constructionSitesLayer
      .features(db, { active: true }, asOf)
      .map((f) => {
        const p = f.properties as ConstructionSiteProperties;
        return { id: p.id, name: p.name, position: position(f), status: inspected(p.compliant), active: p.active };
      })
      .filter((s) => s.active),
    enterprises: enterprisesLayer
      .features(db, {}, asOf)
      .map((f) => ({ ...(f.properties as EnterpriseProperties), position: position(f) }))
      .filter((e) => e.operatingStatus === 'operating')
      .map((e) => ({ id: e.id, name: e.name, position: e.position, group: e.industryGroup })),
    roads: roadSegmentsLayer.features(db, {}, asOf).map((f) => {
      const p = f.properties as RoadSegmentProperties;
      return { id: p.id, name: p.name, line: (f.geometry as LineString).coordinates, behind: p.behind };
    }),
  };
}
