import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { planSchema, type Plan } from '../schema/plan.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A township of the provisional partition (geodata/xinfu-townships.approx.geojson). */
export interface ReferenceTownship {
  code: string;
  code12: string;
  name: string;
  nameEn: string;
  kind: 'subdistrict' | 'town' | 'township';
  seat: [number, number];
  areaKm2: number;
  provenance: 'official' | 'approximate' | 'synthetic';
  method: string;
  geometry: Polygon | MultiPolygon;
}

/** A village-level unit of the NBS 2021 register (no coordinates). */
export interface ReferenceVillage {
  code: string;
  name: string;
  townshipCode: string;
  kind: 'village' | 'community';
}

/** A national monitoring station (geodata/xinzhou-aq-stations.geojson). */
export interface ReferenceStation {
  code: string;
  name: string;
  status: 'active' | 'stopped';
  stoppedOn: string | null;
  lon: number;
  lat: number;
}

/** The reference data in geodata/ and seeds/plan/ (read by the bootstrap and the demo generator). */
export interface ReferenceData {
  county: Polygon | MultiPolygon;
  townships: ReferenceTownship[];
  villages: ReferenceVillage[];
  stations: ReferenceStation[];
  plan: Plan;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
}

/** Parses a simple CSV (no quoted commas, as our reference files are) into records. */
export function parseSimpleCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  if (!header) return [];
  const columns = header.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

/**
 * Loads the reference data shipped in the repository: the county and township geometry, the
 * village register and the national stations from geodata/, the plan from seeds/plan/plan.json
 * (data files only; the demo generator's code is never imported by the server).
 *
 * @example
 * loadReferenceData().townships.length; // 18
 */
export function loadReferenceData(): ReferenceData {
  const county = readJson('geodata/xinfu-county.wgs84.geojson') as FeatureCollection<Polygon | MultiPolygon>;
  const townships = readJson('geodata/xinfu-townships.approx.geojson') as FeatureCollection<Polygon | MultiPolygon>;
  const stations = readJson('geodata/xinzhou-aq-stations.geojson') as FeatureCollection<Point>;
  const villages = parseSimpleCsv(readFileSync(`${root}geodata/xinfu-villages-2021.csv`, 'utf8'));
  const countyFeature = county.features[0];
  if (!countyFeature) throw new Error('geodata/xinfu-county.wgs84.geojson has no feature');
  return {
    county: countyFeature.geometry,
    townships: townships.features.map((f: Feature<Polygon | MultiPolygon>) => ({
      ...(f.properties as Omit<ReferenceTownship, 'geometry'>),
      geometry: f.geometry,
    })),
    villages: villages.map((row) => ({
      code: row.code12 ?? '',
      name: row.name ?? '',
      townshipCode: row.township_code9 ?? '',
      kind: (row.kind ?? '').startsWith('community') ? 'community' : 'village',
    })),
    stations: stations.features.map((f) => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as Omit<ReferenceStation, 'lon' | 'lat'>;
      return { code: props.code, name: props.name, status: props.status, stoppedOn: props.stoppedOn, lon, lat };
    }),
    plan: planSchema.parse(readJson('seeds/plan/plan.json')),
  };
}
