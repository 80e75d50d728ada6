/**
 * The issue-16 layers in the statistics (vehicles, roadside checkpoints, repair shops, muck trucks, road
 * segments, stockyards, the built-up area), read at one as-of exactly as `/api/layers/:id` serves them
 * (no filters), into typed arrays for counting. Cached per as-of by the statistics index and dropped when
 * one of these layers changes (their `layer:*` topics, `muck-positions`); the other layers' data are
 * not touched by them.
 *
 * @module
 */
import type { LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Db } from '../../db/open-database.ts';
import type { StatsReads } from '../../db/stats-reads.ts';
import { layerDefinitions } from '../../db/layers/registry.ts';
import { CHECKPOINT_WINDOW_DAYS, type CheckpointProperties } from '../../schema/checkpoint.ts';
import type { Bbox } from '../../schema/common.ts';
import { truckCategories, type VehicleCategory } from '../../schema/enums/vehicle.ts';
import type { MuckTruckProperties } from '../../schema/muck-truck.ts';
import type { RepairShopProperties } from '../../schema/repair-shop.ts';
import type { StockyardProperties } from '../../schema/stockyard.ts';
import { addMinutes } from '../../time/cst.ts';
import { bboxOf } from '../../spatial/bbox-of.ts';
import { geodesicAreaKm2 } from '../../spatial/geodesic-area.ts';
import { segmentKm } from './line-length-inside.ts';

/** Points of one layer, `[lon, lat]` degrees, in the layer's feature order. */
export interface PointSet {
  lon: Float64Array;
  lat: Float64Array;
}

/** Vehicle flags (bits of {@link DustSnapshot.vehicles}.flags). */
export const VEHICLE_IN_USE = 1;
/** In use, a diesel truck of 国四 or below (the phase-out's subject, tasks 9 and 16). */
export const VEHICLE_DIRTY_DIESEL_TRUCK = 2;
/** In use, new energy (emission stage `new-energy`). */
export const VEHICLE_NEW_ENERGY = 4;

/** A road segment: its line, box, geodesic km per segment and whether it is behind at as-of. */
export interface RoadLine {
  id: string;
  line: Position[];
  bbox: Bbox;
  segmentKms: Float64Array;
  /** Geodesic length of the whole line, km. */
  km: number;
  behind: boolean;
}

/** The issue-16 layers at one as-of. */
export interface DustSnapshot {
  asOf: string;
  /** Registered by as-of (any status), as the vehicles layer serves them (read without the layer's last check). */
  vehicles: PointSet & { flags: Uint8Array };
  /** The checkpoints' window: checks after `from`, up to and including `to` (the layer's 30 days). */
  checkWindow: { from: string; to: string };
  checkpoints: PointSet & { checks: Int32Array; hits: Int32Array };
  repairShops: PointSet & { open: Uint8Array };
  /** At their latest position in the 24 hours up to as-of, else at their base (as the layer). */
  muckTrucks: PointSet & { ids: string[] };
  /** Per stockyard: 1 compliant, 0 failing, 255 never inspected; and its area, m². */
  stockyards: PointSet & { compliant: Uint8Array; areaM2: Float64Array };
  roads: RoadLine[];
  /** The built-up area's polygons in force at as-of. */
  builtUp: Array<{ id: string; geometry: Polygon | MultiPolygon; bbox: Bbox; areaKm2: number; provisional: boolean }>;
}

const IV_AND_BELOW = new Set<string>(['I', 'II', 'III', 'IV']);
const TRUCKS = new Set<VehicleCategory>(truckCategories);

function points<P>(features: Array<{ geometry: unknown; properties: unknown }>): PointSet & { props: P[] } {
  const lon = new Float64Array(features.length);
  const lat = new Float64Array(features.length);
  features.forEach((f, i) => {
    const [x, y] = (f.geometry as Point).coordinates as [number, number];
    lon[i] = x;
    lat[i] = y;
  });
  return { lon, lat, props: features.map((f) => f.properties as P) };
}

/**
 * Reads the issue-16 layers at `asOf` (`YYYY-MM-DDTHH:mm` CST).
 *
 * @example
 * const dust = dustSnapshotAt(db, createStatsReads(db), '2023-12-31T23:00');
 * dust.roads.filter((r) => r.behind).length; // segments behind schedule
 */
export function dustSnapshotAt(db: Db, reads: StatsReads, asOf: string): DustSnapshot {
  // the vehicles layer's own rows without its latest roadside check per plate (the costly part of the layer)
  const vehicleRows = reads.vehiclesOn(asOf.slice(0, 10));
  const checkpoints = points<CheckpointProperties>(layerDefinitions.checkpoints.features(db, {}, asOf));
  const shops = points<RepairShopProperties>(layerDefinitions['repair-shops'].features(db, {}, asOf));
  const trucks = points<MuckTruckProperties>(layerDefinitions['muck-trucks'].features(db, {}, asOf));
  const yards = points<StockyardProperties>(layerDefinitions.stockyards.features(db, {}, asOf));
  const roads = layerDefinitions['road-segments'].features(db, {}, asOf).map((f): RoadLine => {
    const line = (f.geometry as LineString).coordinates;
    const segmentKms = new Float64Array(Math.max(0, line.length - 1));
    let km = 0;
    for (let i = 0; i + 1 < line.length; i++) {
      segmentKms[i] = segmentKm(line[i] as Position, line[i + 1] as Position);
      km += segmentKms[i] as number;
    }
    return {
      id: String(f.id),
      line,
      bbox: bboxOf(f.geometry as LineString),
      segmentKms,
      km,
      behind: f.properties.behind === true,
    };
  });
  const builtUp = layerDefinitions['built-up-area'].features(db, {}, asOf).map((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon;
    return {
      id: String(f.id),
      geometry,
      bbox: bboxOf(geometry),
      areaKm2: geodesicAreaKm2(geometry),
      provisional: f.properties.provisional === true,
    };
  });
  return {
    asOf,
    vehicles: {
      lon: Float64Array.from(vehicleRows, (v) => v.lon),
      lat: Float64Array.from(vehicleRows, (v) => v.lat),
      flags: Uint8Array.from(vehicleRows, (v) => {
        if (v.in_use !== 1) return 0;
        const truck = TRUCKS.has(v.category as VehicleCategory);
        const dirty = v.fuel === 'diesel' && IV_AND_BELOW.has(v.emission_stage) && truck;
        return (
          VEHICLE_IN_USE |
          (dirty ? VEHICLE_DIRTY_DIESEL_TRUCK : 0) |
          (v.emission_stage === 'new-energy' ? VEHICLE_NEW_ENERGY : 0)
        );
      }),
    },
    checkWindow: { from: addMinutes(asOf, -CHECKPOINT_WINDOW_DAYS * 24 * 60), to: asOf },
    checkpoints: {
      lon: checkpoints.lon,
      lat: checkpoints.lat,
      checks: Int32Array.from(checkpoints.props, (p) => p.checks),
      hits: Int32Array.from(checkpoints.props, (p) => p.hits),
    },
    repairShops: { lon: shops.lon, lat: shops.lat, open: Uint8Array.from(shops.props, (p) => (p.openFinding ? 1 : 0)) },
    muckTrucks: { lon: trucks.lon, lat: trucks.lat, ids: trucks.props.map((p) => p.id) },
    stockyards: {
      lon: yards.lon,
      lat: yards.lat,
      compliant: Uint8Array.from(yards.props, (p) => (p.compliant === null ? 255 : p.compliant ? 1 : 0)),
      areaM2: Float64Array.from(yards.props, (p) => p.areaM2),
    },
    roads,
    builtUp,
  };
}
