import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { partitionBySeeds } from '../../server/spatial/partition-by-seeds.ts';
import { COORDINATE_DECIMALS, formatFeatureCollection } from './canonical-geojson.ts';
import { parseCsv } from './parse-csv.ts';
import { adminCollectionSchema, parseSource } from './source-schemas.ts';
import { townshipNamesEn } from './township-names.ts';

/** Properties of a township of the provisional partition (xinfu-townships.approx.geojson), in file order. */
export interface TownshipProperties {
  /** 9-digit 统计用区划代码, e.g. `140902101`. */
  code: string;
  /** The 12-digit form: code + `000`. */
  code12: string;
  /** Chinese name, e.g. `奇村镇`. */
  name: string;
  /** Pinyin name, e.g. `Qicun Town`. */
  nameEn: string;
  kind: 'subdistrict' | 'town' | 'township';
  /** Approximate seat, `[lon, lat]` WGS84 degrees (±3 km for 街道, ±8 km for 镇/乡). */
  seat: [number, number];
  /** Geodesic area of the cell on the WGS84 ellipsoid, km², 3 decimals. */
  areaKm2: number;
  provenance: 'approximate';
  method: string;
}

/** Inputs of {@link buildTownships}: source file texts. */
export interface TownshipSources {
  /** xinfu-county.wgs84.geojson */
  countyWgs84: string;
  /** xinfu-townships.csv */
  townshipsCsv: string;
  /** xinfu-township-seats.approx.csv */
  seatsCsv: string;
}

/** How the cells were made, stored in every feature. */
export const TOWNSHIP_METHOD =
  'Voronoi cell of the approximate township seat, clipped to the county boundary; ' +
  'not a surveyed boundary, to be replaced by importing the surveyed township boundaries.';

const KINDS: Readonly<Record<string, TownshipProperties['kind']>> = {
  'subdistrict(街道)': 'subdistrict',
  'town(镇)': 'town',
  'township(乡)': 'township',
};

/**
 * Derives the provisional township partition of 忻府区: the Voronoi cells of the approximate seats,
 * clipped to the WGS84 county boundary (see `partitionBySeeds`), one feature per township of the
 * NBS list. The cells tile the county exactly; they are NOT the real township boundaries.
 *
 * @param sources - the county boundary, the township list and the approximate seats, as text
 * @returns the features, in the order of the township list
 * @throws Error if the lists disagree (codes, names, kinds) or a seat lies outside the county
 * @example
 * const features = buildTownshipFeatures({ countyWgs84, townshipsCsv, seatsCsv }); // 18 features
 */
export function buildTownshipFeatures(
  sources: TownshipSources,
): Array<Feature<Polygon | MultiPolygon, TownshipProperties>> {
  const county = parseSource(adminCollectionSchema, sources.countyWgs84, 'xinfu-county.wgs84.geojson').features[0];
  if (!county) throw new Error('xinfu-county.wgs84.geojson: no feature');
  const townships = parseCsv(sources.townshipsCsv, 'xinfu-townships.csv', ['code9', 'code12', 'name', 'type']);
  const seats = new Map(
    parseCsv(sources.seatsCsv, 'xinfu-township-seats.approx.csv', ['code9', 'name', 'lon', 'lat']).map((row) => [
      row.code9,
      row,
    ]),
  );
  if (seats.size !== townships.length) throw new Error(`${seats.size} seats for ${townships.length} townships`);

  const rows = townships.map((row) => {
    const code = row.code9 ?? '';
    const seat = seats.get(code);
    const kind = KINDS[row.type ?? ''];
    const nameEn = townshipNamesEn[code];
    if (!/^\d{9}$/.test(code) || row.code12 !== `${code}000`)
      throw new Error(`xinfu-townships.csv: bad codes ${code} / ${row.code12}`);
    if (!seat || seat.name !== row.name)
      throw new Error(`township ${code} ${row.name}: no seat with that code and name`);
    if (!kind) throw new Error(`township ${code}: unknown type '${row.type}'`);
    if (!nameEn) throw new Error(`township ${code}: no English name in township-names.ts`);
    const position: [number, number] = [Number(seat.lon), Number(seat.lat)];
    return { code, code12: row.code12, name: row.name ?? '', nameEn, kind, position };
  });

  const cells = partitionBySeeds(
    county.geometry,
    rows.map((row) => ({ id: `${row.code} ${row.name}`, position: row.position })),
    { decimals: COORDINATE_DECIMALS },
  );
  return rows.map((row, i) => {
    const geometry = cells[i] as Polygon | MultiPolygon;
    return {
      type: 'Feature',
      properties: {
        code: row.code,
        code12: row.code12,
        name: row.name,
        nameEn: row.nameEn,
        kind: row.kind,
        seat: row.position,
        areaKm2: Math.round(geodesicAreaKm2(geometry) * 1000) / 1000,
        provenance: 'approximate',
        method: TOWNSHIP_METHOD,
      },
      geometry,
    };
  });
}

/**
 * The canonical text of xinfu-townships.approx.geojson (see {@link buildTownshipFeatures}), sorted by code.
 *
 * @example
 * writeFileSync('geodata/xinfu-townships.approx.geojson', buildTownships({ countyWgs84, townshipsCsv, seatsCsv }));
 */
export function buildTownships(sources: TownshipSources): string {
  return formatFeatureCollection(buildTownshipFeatures(sources), (f) => f.properties.code);
}
