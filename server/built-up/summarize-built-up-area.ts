/**
 * What lies inside the urban built-up area (城市建成区): pure counting over plain values, no db, no http.
 *
 * @module
 */
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxOf } from '../spatial/bbox-of.ts';
import { insideBuiltUpArea, type BuiltUpPolygon } from '../spatial/inside-built-up-area.ts';
import { pointInPolygon } from '../spatial/point-in-polygon.ts';
import { edgeSet, lineKmInside, segmentKm } from '../services/stats/line-length-inside.ts';
import { muckTruckFuels, type MuckTruckFuel } from '../schema/enums/muck-truck.ts';
import { MAX_NAMED_DISAGREEMENTS, type BuiltUpSummary } from '../schema/built-up-summary.ts';

/** The fuels T10.2 encourages for muck trucks (电动汽车、氢能汽车或甲醇汽车). */
export const NEW_ENERGY_FUELS: ReadonlySet<MuckTruckFuel> = new Set(['electric', 'hydrogen', 'methanol']);

/** The register items the summary places, each with its position `[lon, lat]` (WGS84). */
export interface BuiltUpInputs {
  enterprises: readonly { id: string; name: string; position: Position; operating: boolean }[];
  /** The emergency list in force, null when none is held. */
  list: { version: string; entries: readonly ListFlags[] } | null;
  sites: readonly { position: Position; active: boolean }[];
  machines: readonly { position: Position; electric: boolean }[];
  muckTrucks: readonly { position: Position; fuel: MuckTruckFuel }[];
  roadSegments: readonly { geometry: LineString }[];
  stockyards: readonly { position: Position }[];
}

/** An entry of the emergency list as the summary reads it. */
export interface ListFlags {
  enterpriseId: string;
  enterpriseName: string;
  builtUpArea: boolean;
  heavyPolluter: boolean;
}

/** The counts of the summary (the caller adds as-of and the areas). */
export type BuiltUpCounts = Omit<BuiltUpSummary, 'asOf' | 'provisional' | 'areaKm2' | 'areas'>;

const shareOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * Counts what lies inside `areas` (a point on an edge counts as inside): enterprises (operating; heavy polluters
 * on the list; entries whose 建成区 flag disagrees with the polygon), construction sites, machines (electric share),
 * muck trucks by fuel (new-energy share), road length inside (km, geodesic, lines clipped at the edges) and
 * stockyards. With no polygon nothing is inside and no disagreement is counted.
 *
 * @example
 * summarizeBuiltUpArea(areas, inputs).enterprises.heavyPolluters; // 3
 */
export function summarizeBuiltUpArea(areas: readonly BuiltUpPolygon[], inputs: BuiltUpInputs): BuiltUpCounts {
  const inside = (position: Position) => insideBuiltUpArea(position, areas);
  const enterprisesInside = inputs.enterprises.filter((e) => inside(e.position));
  const insideIds = new Set(enterprisesInside.map((e) => e.id));
  const operatingIds = new Set(enterprisesInside.filter((e) => e.operating).map((e) => e.id));
  const entries = inputs.list?.entries ?? [];
  const disagreements =
    areas.length === 0
      ? []
      : entries
          .filter((e) => e.builtUpArea !== insideIds.has(e.enterpriseId))
          .map((e) => ({
            enterpriseId: e.enterpriseId,
            name: e.enterpriseName,
            heavyPolluter: e.heavyPolluter,
            listMarksBuiltUp: e.builtUpArea,
            insidePolygon: insideIds.has(e.enterpriseId),
          }))
          .sort(
            (a, b) => Number(b.heavyPolluter) - Number(a.heavyPolluter) || a.enterpriseId.localeCompare(b.enterpriseId),
          );
  const sitesInside = inputs.sites.filter((s) => inside(s.position));
  const machinesInside = inputs.machines.filter((m) => inside(m.position));
  const electric = machinesInside.filter((m) => m.electric).length;
  const trucksInside = inputs.muckTrucks.filter((t) => inside(t.position));
  const newEnergy = trucksInside.filter((t) => NEW_ENERGY_FUELS.has(t.fuel)).length;
  const roads = roadLengthInside(areas, inputs.roadSegments);
  return {
    enterprises: {
      total: enterprisesInside.length,
      operating: operatingIds.size,
      heavyPolluters: entries.filter((e) => e.heavyPolluter && operatingIds.has(e.enterpriseId)).length,
      listVersion: inputs.list?.version ?? null,
      disagreementsTotal: disagreements.length,
      disagreements: disagreements.slice(0, MAX_NAMED_DISAGREEMENTS),
    },
    constructionSites: { total: sitesInside.length, active: sitesInside.filter((s) => s.active).length },
    machines: { seen: machinesInside.length, electric, electricShare: shareOf(electric, machinesInside.length) },
    muckTrucks: {
      total: trucksInside.length,
      byFuel: muckTruckFuels
        .map((fuel) => ({ fuel, count: trucksInside.filter((t) => t.fuel === fuel).length }))
        .filter((f) => f.count > 0),
      newEnergy,
      newEnergyShare: shareOf(newEnergy, trucksInside.length),
    },
    roadSegments: roads,
    stockyards: { total: inputs.stockyards.filter((s) => inside(s.position)).length },
  };
}

/** Road segments with length inside any polygon and that length (km; polygons assumed not to overlap). */
function roadLengthInside(
  areas: readonly BuiltUpPolygon[],
  segments: readonly { geometry: LineString }[],
): { count: number; lengthKm: number } {
  const sets = areas.map((area) => {
    const geometry: Polygon | MultiPolygon = area.geometry;
    return edgeSet(geometry, (lon, lat) => pointInPolygon([lon, lat], geometry), bboxOf(geometry));
  });
  let count = 0;
  let lengthKm = 0;
  for (const { geometry } of segments) {
    const line = geometry.coordinates;
    const kms = line.slice(1).map((b, i) => segmentKm(line[i] as Position, b));
    const km = sets.reduce((sum, set) => sum + lineKmInside(line, kms, set), 0);
    if (km > 0) {
      count++;
      lengthKm += km;
    }
  }
  return { count, lengthKm: Math.round(lengthKm * 1000) / 1000 };
}
