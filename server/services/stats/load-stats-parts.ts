/**
 * Builds the parts of the statistics index from the database: the townships (with their union)
 * and the entities (points exactly as their layers serve them, machine attributes, NRMM zones).
 *
 * @module
 */
import { feature, featureCollection, union as turfUnion } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../../db/open-database.ts';
import { layerDefinitions } from '../../db/layers/registry.ts';
import type { StatsReads } from '../../db/stats-reads.ts';
import { bannedAnywhere, stageRank } from '../../rules/nrmm-ban.ts';
import type { Bbox } from '../../schema/common.ts';
import { industries, type Industry } from '../../schema/enterprise.ts';
import { bboxOf } from '../../spatial/bbox-of.ts';
import { geodesicAreaKm2 } from '../../spatial/geodesic-area.ts';
import { createPointIndex } from '../../spatial/point-index.ts';
import { preparePolygon } from '../../spatial/prepared-polygon.ts';
import { emptyTrack, type Track } from './machine-tracks.ts';
import {
  entityLayers,
  type EntityLayer,
  type EntityPart,
  type TownshipEntry,
  type TownshipPart,
} from './stats-data.ts';

/**
 * The townships prepared for point tests, and the district as their union (about 0.1 s: the union).
 *
 * @example
 * loadTownshipPart(createStatsReads(db)).townships.length; // 18
 */
export function loadTownshipPart(reads: StatsReads): TownshipPart {
  const townships = reads.townships().map((row): TownshipEntry => {
    const geometry = JSON.parse(row.geometry) as Polygon | MultiPolygon;
    return {
      code: row.code,
      name: row.name,
      geometry,
      bbox: bboxOf(geometry),
      areaKm2: geodesicAreaKm2(geometry),
      prepared: preparePolygon(geometry),
    };
  });
  const union = townships.length > 0 ? turfUnion(featureCollection(townships.map((t) => feature(t.geometry)))) : null;
  const geometry: Polygon | MultiPolygon = union?.geometry ?? { type: 'MultiPolygon', coordinates: [] };
  return {
    townships,
    district: {
      geometry,
      bbox: union ? bboxOf(geometry) : ([0, 0, 0, 0] as Bbox),
      areaKm2: union ? geodesicAreaKm2(geometry) : 0,
    },
  };
}

/**
 * The entity points of the six point layers at `asOf` (as `/api/layers/:id` serves them, no filters),
 * the machines with their tracks from `tracks` (a machine without positions gets an empty track,
 * added to `tracks`), and the NRMM zones.
 *
 * @example
 * const part = loadEntityPart(db, reads, '2023-12-31T23:00', tracks);
 * part.machines.ids.length === part.machines.tracks.length; // true
 */
export function loadEntityPart(db: Db, reads: StatsReads, asOf: string, tracks: Map<string, Track>): EntityPart {
  const lons: number[] = [];
  const lats: number[] = [];
  const layerOf: number[] = [];
  const localOf: number[] = [];
  const perLayer = entityLayers.map((layer: EntityLayer, l) => {
    const features = layerDefinitions[layer].features(db, {}, asOf);
    features.forEach((f, i) => {
      if (f.geometry.type !== 'Point') throw new Error(`layer ${layer}: feature ${String(f.id)} is not a Point`);
      lons.push(f.geometry.coordinates[0] as number);
      lats.push(f.geometry.coordinates[1] as number);
      layerOf.push(l);
      localOf.push(i);
    });
    return features.map((f) => f.properties);
  });
  type Props = Record<string, unknown>[];
  const [enterprises, sites, villages, stations, dustfallPoints, fuelPoints] = perLayer as [
    Props,
    Props,
    Props,
    Props,
    Props,
    Props,
  ];
  const industryIndex = new Map<Industry, number>(industries.map((industry, i) => [industry, i]));
  const dustfallLayer = entityLayers.indexOf('dustfall-points');
  const machineRows = reads.machines();

  return {
    entities: { index: createPointIndex(lons, lats), layer: Uint8Array.from(layerOf), local: Int32Array.from(localOf) },
    enterprises: { industry: Uint8Array.from(enterprises, (p) => industryIndex.get(p.industry as Industry) ?? 0) },
    sites: { ids: sites.map((p) => String(p.id)) },
    villages: { codes: villages.map((p) => String(p.code)) },
    stations: {
      codes: stations.map((p) => String(p.code)),
      national: Uint8Array.from(stations, (p) => (p.kind === 'national' ? 1 : 0)),
      active: Uint8Array.from(stations, (p) => (p.status === 'stopped' ? 0 : 1)),
    },
    dustfallPoints: {
      ids: dustfallPoints.map((p) => String(p.id)),
      lon: Float64Array.from(lons.filter((_, i) => layerOf[i] === dustfallLayer)),
      lat: Float64Array.from(lats.filter((_, i) => layerOf[i] === dustfallLayer)),
    },
    fuelPoints: { open: Uint8Array.from(fuelPoints, (p) => (p.status === 'closed' ? 0 : 1)) },
    machines: {
      ids: machineRows.map((m) => m.id),
      bannedAnywhere: Uint8Array.from(machineRows, (m) => {
        const facts = {
          emissionStage: m.emission_stage,
          registrationCode: m.registration_code,
          smokeTest: m.smoke_test,
        };
        return bannedAnywhere(facts) ? 1 : 0;
      }),
      stageRank: Uint8Array.from(machineRows, (m) => Math.min(255, stageRank[m.emission_stage])),
      exempt: Uint8Array.from(machineRows, (m) => (m.exempt_use === null ? 0 : 1)),
      tracks: machineRows.map((m) => {
        let track = tracks.get(m.id);
        if (!track) {
          track = emptyTrack();
          tracks.set(m.id, track);
        }
        return track;
      }),
    },
    zones: reads.zones().map((z) => ({
      id: z.id,
      prepared: preparePolygon(JSON.parse(z.geometry) as Polygon | MultiPolygon),
      effectiveFrom: z.effective_from,
      minStageRank: stageRank[z.min_stage],
    })),
  };
}
