/**
 * Demo road dust (issue 16, tasks 11 and 12): the main municipal roads of the built-up area as segments, the
 * cleaning standard per class, cleanings of the last quarter of the demo year and monthly road-dust loads. All
 * synthetic and deterministic (`ctx.rngFor('road-segments')`).
 *
 * Segments: the trunk and primary lines of the synthetic road network (geodata/xinfu-roads.synthetic.geojson) within
 * the built-up area (the `built_up_areas` rows another generator inserted before this one; without them, the seven
 * subdistrict seats' hull buffered by 1.5 km), cut into pieces of about 0.5–1.5 km and given invented names.
 *
 * Cleanings (2023-10-01 to 2023-12-31 23:00): each class sweeps in fixed daily slots (arterial 05:00, 12:30, 20:00;
 * secondary 06:00, 16:00; +0–20 min), arterials are washed at 00:30 and 12:30, secondaries at 02:00; a
 * maintainer misses a whole day now and then (5–20 % of days by maintainer), a single pass 3 %, and one segment's
 * sweeper breaks down for the last five days: at the demo's as-of roughly one segment in seven is behind.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { buffer, convex, featureCollection, point } from '@turf/turf';
import type { FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { defaultRoadNetworkFile } from '../../server/config.ts';
import type { Db } from '../../server/db/open-database.ts';
import { cutLine, lineMidpoint } from '../../server/dust/cut-line.ts';
import {
  DEFAULT_CLEANING_STANDARD_SOURCE,
  DEFAULT_CLEANING_STANDARDS,
} from '../../server/dust/default-cleaning-standards.ts';
import { lineLengthKm } from '../../server/dust/line-length.ts';
import { localProjection } from '../../server/dust/local-metres.ts';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { addDays, addMinutes, datesBetween } from '../../server/time/cst.ts';
import { roadClasses, type RoadClass } from '../../server/schema/enums/road-segment.ts';
import { insertRows } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';

const SOURCE =
  '演示数据（合成）：合成路网中城市建成区内的干线，' + '按约 0.5–1.5 km 切分为路段；' + '路名、养护单位均为虚构';
const CLEANING_FROM_DAYS_BEFORE_YEAR_END = 91;
/** Steps along a line when clipping it to the built-up area (metres). */
const CLIP_STEP_M = 25;

/** Invented street names (not the real streets of Xinzhou). */
const STREET_NAMES = [
  '文昌大街',
  '云祥路',
  '聚贤街',
  '秀水路',
  '安和大街',
  '景明路',
  '惠民街',
  '宁远路',
  '兴平大街',
  '福源路',
  '长青街',
  '嘉禾路',
];

/** Invented sanitation units, with the share of days each misses its whole round and whether its sweepers log GPS. */
const MAINTAINERS = [
  { name: '城区环卫一所', missDay: 0.06, gps: true },
  { name: '城区环卫二所', missDay: 0.1, gps: true },
  { name: '城区环卫三所', missDay: 0.2, gps: false },
  { name: '市容保洁公司（市场化作业）', missDay: 0.14, gps: false },
] as const;

const SWEEP_SLOTS: Readonly<Record<RoadClass, readonly string[]>> = {
  arterial: ['05:00', '12:30', '20:00'],
  secondary: ['06:00', '16:00'],
  branch: ['07:00'],
  other: ['07:00'],
};

type SegmentRow = {
  id: string;
  name: string;
  road_class: RoadClass;
  township_code: string;
  geometry: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  lon: number;
  lat: number;
  length_km: number;
  maintainer: string;
  provenance: 'synthetic';
  source: string;
};

/** The built-up area held (or the seats' hull buffered 1.5 km while none is). */
function builtUpPolygons(db: Db, ctx: GeneratorContext): (Polygon | MultiPolygon)[] {
  const rows = db.prepare('SELECT geometry FROM built_up_areas ORDER BY id').all() as { geometry: string }[];
  if (rows.length > 0) return rows.map((r) => JSON.parse(r.geometry) as Polygon | MultiPolygon);
  const hull = convex(featureCollection(ctx.subdistricts.map((t) => point(t.seat))));
  const grown = hull && buffer(hull, 1.5, { units: 'kilometers' });
  return grown ? [grown.geometry as Polygon | MultiPolygon] : [];
}

/** The runs of `line` inside the polygons, as sub-lines (each edge sampled about every 25 m). */
function clipLine(line: readonly Position[], areas: readonly (Polygon | MultiPolygon)[]): Position[][] {
  const inside = (p: Position) => areas.some((a) => pointInPolygon(p, a));
  const project = localProjection(line[0] as Position);
  const runs: Position[][] = [];
  let run: Position[] = [];
  let lastInner = false;
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
    lastInner = false;
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const [ax, ay] = project(a);
    const [bx, by] = project(b);
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / CLIP_STEP_M));
    for (let k = i === 1 ? 0 : 1; k <= steps; k++) {
      const t = k / steps;
      const p: Position = [
        Math.round(((a[0] as number) + t * ((b[0] as number) - (a[0] as number))) * 1e7) / 1e7,
        Math.round(((a[1] as number) + t * ((b[1] as number) - (a[1] as number))) * 1e7) / 1e7,
      ];
      if (!inside(p)) {
        close();
        continue;
      }
      // an edge's inner samples collapse into the latest one (the run keeps its entry, the vertices and its exit)
      if (lastInner && run.length >= 2) run[run.length - 1] = p;
      else run.push(p);
      lastInner = k < steps;
    }
  }
  close();
  return runs;
}

/** The segment rows: trunk → arterial, primary → secondary; ids RS-001… in the network's order. */
export function roadSegmentRows(db: Db, ctx: GeneratorContext, rng: Rng): SegmentRow[] {
  const network = JSON.parse(readFileSync(defaultRoadNetworkFile, 'utf8')) as FeatureCollection<
    LineString,
    { id: string; class: string }
  >;
  const areas = builtUpPolygons(db, ctx);
  const rows: SegmentRow[] = [];
  let street = 0;
  for (const feature of network.features) {
    const cls = feature.properties.class;
    if (cls !== 'trunk' && cls !== 'primary') continue;
    const roadClass: RoadClass = cls === 'trunk' ? 'arterial' : 'secondary';
    for (const run of clipLine(feature.geometry.coordinates, areas)) {
      const km = lineLengthKm(run);
      if (km < 0.5) continue;
      const name = STREET_NAMES[street++ % STREET_NAMES.length] as string;
      const maintainer = rng.pick(MAINTAINERS).name;
      const pieces = cutLine(run, Math.max(1, Math.round(km)));
      pieces.forEach((piece, k) => {
        const mid = lineMidpoint(piece);
        const township = ctx.locate([mid[0] as number, mid[1] as number]);
        if (!township) return;
        const [minLon, minLat, maxLon, maxLat] = bboxOf({ type: 'LineString', coordinates: piece });
        rows.push({
          id: `RS-${String(rows.length + 1).padStart(3, '0')}`,
          name: `${name}第${k + 1}段`,
          road_class: roadClass,
          township_code: township,
          geometry: JSON.stringify({ type: 'LineString', coordinates: piece }),
          min_lon: minLon,
          min_lat: minLat,
          max_lon: maxLon,
          max_lat: maxLat,
          lon: Math.round((mid[0] as number) * 1e6) / 1e6,
          lat: Math.round((mid[1] as number) * 1e6) / 1e6,
          length_km: Math.round(lineLengthKm(piece) * 1000) / 1000,
          maintainer,
          provenance: 'synthetic',
          source: SOURCE,
        });
      });
    }
  }
  return rows;
}

/**
 * Inserts the demo road dust: segments, the default standards (a console convention, see
 * server/dust/default-cleaning-standards.ts), cleanings of the year's last quarter and monthly dust loads.
 */
export function seedRoadDust(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('road-segments');
  const segments = roadSegmentRows(db, ctx, rng);
  insertRows(db, 'road_segments', segments);
  insertRows(
    db,
    'road_cleaning_standards',
    roadClasses.map((roadClass) => ({
      road_class: roadClass,
      sweep_interval_h: DEFAULT_CLEANING_STANDARDS[roadClass].sweepIntervalH,
      wash_interval_h: DEFAULT_CLEANING_STANDARDS[roadClass].washIntervalH,
      source: DEFAULT_CLEANING_STANDARD_SOURCE,
      provenance: 'approximate',
    })),
  );
  const yearEnd = `${ctx.year}-12-31`;
  const days = datesBetween(addDays(yearEnd, -CLEANING_FROM_DAYS_BEFORE_YEAR_END + 1), yearEnd);
  const present = `${yearEnd}T23:00`;
  const cleanings: Record<string, string | null>[] = [];
  const broken = segments[Math.floor(segments.length / 2)]?.id;
  for (const segment of segments) {
    const unit = MAINTAINERS.find((m) => m.name === segment.maintainer) ?? MAINTAINERS[0];
    const plate = `晋H${unit.gps ? 'D' : 'W'}${String(rng.int(1000, 9999))}`;
    const origin = unit.gps ? 'gps' : 'log';
    const washSlots = segment.road_class === 'arterial' ? ['00:30', '12:30'] : ['02:00'];
    // secondaries are washed daily: more than their standard asks (every 48 h), so one missed night is no breach
    for (const day of days) {
      if (rng.chance(unit.missDay)) continue;
      if (segment.id === broken && day > addDays(yearEnd, -5)) continue;
      const pass = (slot: string, kind: string) => {
        if (rng.chance(0.03)) return;
        const doneAt = addMinutes(`${day}T${slot}`, rng.int(0, 20));
        if (doneAt > present) return;
        cleanings.push({
          segment_id: segment.id,
          done_at: doneAt,
          kind,
          vehicle_plate: plate,
          origin,
          provenance: 'synthetic',
        });
      };
      for (const slot of SWEEP_SLOTS[segment.road_class]) pass(slot, 'wet-sweep');
      for (const slot of washSlots) pass(slot, 'wash');
    }
  }
  insertRows(db, 'road_cleanings', cleanings);
  const loads: Record<string, string | number>[] = [];
  for (const segment of segments) {
    const unit = MAINTAINERS.find((m) => m.name === segment.maintainer) ?? MAINTAINERS[0];
    for (let month = 1; month <= 12; month++) {
      const base = 0.35 + unit.missDay * 2 + (month <= 3 || month >= 11 ? 0.15 : 0);
      const load = Math.max(0.05, base * Math.exp(rng.normal(0, 0.35)));
      loads.push({
        segment_id: segment.id,
        measured_on: `${ctx.year}-${String(month).padStart(2, '0')}-${String(rng.int(8, 20)).padStart(2, '0')}`,
        load_g_m2: Math.round(load * 100) / 100,
        method: '演示数据（合成）：按 HJ/T 393 道路积尘采样方法的模拟值',
        provenance: 'synthetic',
      });
    }
  }
  insertRows(db, 'road_dust_loads', loads);
}
