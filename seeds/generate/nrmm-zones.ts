import { featureCollection, intersect, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import type { GeneratorContext } from './context.ts';
import { round6 } from './geo-sampler.ts';
import { sourceNotes } from '../../server/schema/source-notes.ts';

/**
 * NRMM control zones (task 10). No surveyed zone polygon is published for Xinfu, so the zones
 * are drawn by hand: the urban zone approximates the area the 2019 Xinzhou notice describes
 * (between G108 and G208, south of 旭来街, north of the 城晏线 start), roads not being
 * available to us; the second is an illustrative zone around the 奇村 hot-spring resort.
 */
const zones = [
  {
    id: 'Z01',
    name: '忻州市城区高排放非道路移动机械禁用区',
    ring: [
      [112.668, 38.372],
      [112.79, 38.372],
      [112.805, 38.428],
      [112.778, 38.47],
      [112.69, 38.472],
      [112.66, 38.43],
      [112.668, 38.372],
    ],
    provenance: 'approximate',
    source: sourceNotes.zoneUrban.en,
    effectiveFrom: '2019-10-01',
  },
  {
    id: 'Z02',
    name: '奇村温泉度假区非道路移动机械低排放控制区',
    ring: [
      [112.615, 38.54],
      [112.675, 38.54],
      [112.68, 38.578],
      [112.625, 38.584],
      [112.615, 38.54],
    ],
    provenance: 'synthetic',
    source: sourceNotes.zoneSynthetic.en,
    effectiveFrom: '2023-01-01',
  },
] as const;

export function generateNrmmZones(ctx: GeneratorContext) {
  return zones.map((zone) => {
    const clipped = intersect(
      featureCollection<Polygon | MultiPolygon>([
        polygon([zone.ring.map(([lon, lat]) => [lon, lat])]),
        { type: 'Feature', properties: {}, geometry: ctx.county },
      ]),
    );
    if (!clipped) throw new Error(`NRMM zone ${zone.id} lies outside the county`);
    const geometry = roundGeometry(clipped.geometry);
    const [minLon, minLat, maxLon, maxLat] = bboxOf(geometry);
    const label: [number, number] = [round6((minLon + maxLon) / 2), round6((minLat + maxLat) / 2)];
    return {
      id: zone.id,
      name: zone.name,
      township_code: ctx.townshipOf(label),
      geometry: JSON.stringify(geometry),
      min_lon: minLon,
      min_lat: minLat,
      max_lon: maxLon,
      max_lat: maxLat,
      lon: label[0],
      lat: label[1],
      area_km2: Math.round(geodesicAreaKm2(geometry) * 1000) / 1000,
      min_stage: 'III',
      effective_from: zone.effectiveFrom,
      provenance: zone.provenance,
      source: zone.source,
    };
  });
}

function roundGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (r: number[][]) => r.map(([lon, lat]) => [round6(lon ?? 0), round6(lat ?? 0)]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}
