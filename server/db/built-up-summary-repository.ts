import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { BuiltUpInputs } from '../built-up/summarize-built-up-area.ts';
import type { BuiltUpAreaProperties } from '../schema/built-up-area.ts';
import type { ConstructionSiteProperties } from '../schema/construction-site.ts';
import type { EnterpriseProperties } from '../schema/enterprise.ts';
import type { MuckTruckFuel } from '../schema/enums/muck-truck.ts';
import type { MachineProperties } from '../schema/machine.ts';
import { listVersionInForce, readListVersion } from './emergency-list-repository.ts';
import { builtUpAreaLayer } from './layers/built-up-area.ts';
import { constructionSitesLayer } from './layers/construction-sites.ts';
import { enterprisesLayer } from './layers/enterprises.ts';
import { readMachineFeatures } from './layers/machines.ts';
import type { Db } from './open-database.ts';

/** The built-up area's polygons in force at as-of, as the layer serves them (provisional only while none imported). */
export function readBuiltUpAreas(db: Db, asOf: string) {
  return builtUpAreaLayer.features(db, {}, asOf).map((f) => ({
    geometry: f.geometry as Polygon | MultiPolygon,
    properties: f.properties as BuiltUpAreaProperties,
  }));
}

/**
 * Everything GET /api/built-up-area/summary places at as-of: enterprises, sites and machines as their layers serve
 * them, the emergency list in force on as-of's day, each muck truck at its latest position up to as-of (else at its
 * company's base), the road segments and the stockyards.
 */
export function readBuiltUpInputs(db: Db, asOf: string): BuiltUpInputs {
  const listId = listVersionInForce(db, asOf.slice(0, 10));
  const list = listId === null ? null : readListVersion(db, listId);
  const trucks = db
    .prepare(
      `SELECT t.fuel, coalesce(p.lon, t.lon) AS lon, coalesce(p.lat, t.lat) AS lat FROM muck_trucks t
       LEFT JOIN muck_positions p ON p.truck_id = t.id
        AND p.ts = (SELECT max(ts) FROM muck_positions q WHERE q.truck_id = t.id AND q.ts <= ?)
       ORDER BY t.id`,
    )
    .all(`${asOf}:59`) as { fuel: MuckTruckFuel; lon: number; lat: number }[];
  const roads = db.prepare('SELECT geometry FROM road_segments ORDER BY id').all() as { geometry: string }[];
  const yards = db.prepare('SELECT lon, lat FROM stockyards ORDER BY id').all() as { lon: number; lat: number }[];
  return {
    enterprises: enterprisesLayer.features(db, {}, asOf).map((f) => {
      const p = f.properties as EnterpriseProperties;
      return {
        id: p.id,
        name: p.name,
        operating: p.operatingStatus === 'operating',
        position: (f.geometry as Point).coordinates,
      };
    }),
    list: list && {
      version: list.summary.version,
      entries: list.entries.map((e) => ({
        enterpriseId: e.enterpriseId,
        enterpriseName: e.enterpriseName,
        builtUpArea: e.builtUpArea,
        heavyPolluter: e.heavyPolluter,
      })),
    },
    sites: constructionSitesLayer.features(db, {}, asOf).map((f) => ({
      active: (f.properties as ConstructionSiteProperties).active,
      position: (f.geometry as Point).coordinates,
    })),
    machines: readMachineFeatures(db, {}, asOf).map((f) => ({
      electric: (f.properties as MachineProperties).emissionStage === 'electric',
      position: (f.geometry as Point).coordinates,
    })),
    muckTrucks: trucks.map((t) => ({ fuel: t.fuel, position: [t.lon, t.lat] })),
    roadSegments: roads.map((r) => ({ geometry: JSON.parse(r.geometry) as LineString })),
    stockyards: yards.map((y) => ({ position: [y.lon, y.lat] })),
  };
}
