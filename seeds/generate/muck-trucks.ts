/**
 * Demo muck trucks (渣土车, issue 16, task 11): 30 trucks of 5 companies, 3 disposal sites, one permit per truck
 * whose approved route follows the synthetic roads (company base → construction site → disposal site, routed with
 * the road router), GPS fixes every 30–60 s on the nights of 29/30 and 30/31 December, and the scenarios of the
 * issue's "done when": a truck that leaves its route at 2023-12-30T23:40 and returns, one driving in the afternoon
 * outside its hours, one stopping 20 min in a field (dumping), and two spill reports (one open). Marked synthetic.
 *
 * @module
 */
import type { Db } from '../../server/db/open-database.ts';
import { geodesicDistanceM } from '../../server/roads/geodesic-distance.ts';
import { nearestOnRoute } from '../../server/muck/route-distance.ts';
import { roadRouter } from '../../server/services/road-router.ts';
import { addMinutes, cstInstant } from '../../server/time/cst.ts';
import { insertRows } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';
import { M_PER_DEG_LAT, M_PER_DEG_LON, round6 } from './geo-sampler.ts';

type Pos = [number, number];
type Row = Record<string, string | number | null>;

const SOURCE = '演示数据（合成）：按合成路网为虚构渣土车生成的准运证、核准路线与GPS定位，非真实车辆';
const COMPANIES = [
  '忻州市鑫达渣土运输有限公司',
  '忻府区顺通土方工程有限公司',
  '忻州宏远运输有限公司',
  '忻府区城建渣土清运有限公司',
  '忻州市路通物流有限公司',
];
/** Company bases and disposal sites, offsets in metres east/north of the city centre. */
const CENTRE: Pos = [112.7335, 38.4167];
const BASE_OFFSETS: Pos[] = [
  [-3500, -2500],
  [3000, -3000],
  [-2500, 3000],
  [3500, 2500],
  [0, -4500],
];
const DISPOSAL: { id: string; name: string; kind: string; offset: Pos }[] = [
  { id: 'XN-DS-01', name: '城东建筑垃圾消纳场', kind: 'disposal', offset: [7000, 1500] },
  { id: 'XN-DS-02', name: '城西建筑垃圾资源化利用厂', kind: 'recycling', offset: [-7000, -1000] },
  { id: 'XN-DS-03', name: '城北渣土中转调配场', kind: 'transfer', offset: [500, 7000] },
];
const DISPOSAL_RADIUS_M = 250;
const BUFFER_M = 200;
const SPEED_KMH = 30;

const offset = (o: Pos): Pos => [round6(CENTRE[0] + o[0] / M_PER_DEG_LON), round6(CENTRE[1] + o[1] / M_PER_DEG_LAT)];

interface Fix {
  s: number; // seconds after the trip's start
  lon: number;
  lat: number;
  speed: number;
}

/** Fixes along `path` every 30–60 s at about SPEED_KMH, from second `s0`; returns the fixes and the end second. */
function drive(rng: Rng, path: readonly Pos[], s0: number): { fixes: Fix[]; end: number } {
  const cum = [0];
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1] as Pos, path[i] as Pos];
    cum.push((cum[i - 1] as number) + geodesicDistanceM(a[0], a[1], b[0], b[1]));
  }
  const total = cum.at(-1) as number;
  const fixes: Fix[] = [];
  let s = s0;
  let along = 0;
  let k = 1;
  while (along < total) {
    const step = rng.int(30, 60);
    const speed = SPEED_KMH * rng.range(0.75, 1.25);
    s += step;
    along = Math.min(total, along + (speed / 3.6) * step);
    while (k < path.length - 1 && (cum[k] as number) < along) k++;
    const [a, b] = [path[k - 1] as Pos, path[k] as Pos];
    const seg = (cum[k] as number) - (cum[k - 1] as number);
    const t = seg > 0 ? (along - (cum[k - 1] as number)) / seg : 1;
    fixes.push({ s, lon: a[0] + (b[0] - a[0]) * t, lat: a[1] + (b[1] - a[1]) * t, speed: Math.round(speed * 10) / 10 });
  }
  return { fixes, end: s };
}

/** Fixes every 60 s standing at `at` (a few metres of GPS jitter) for `minutes`. */
function stand(rng: Rng, at: Pos, s0: number, minutes: number): { fixes: Fix[]; end: number } {
  const fixes: Fix[] = [];
  for (let m = 1; m <= minutes; m++) {
    fixes.push({
      s: s0 + m * 60,
      lon: at[0] + rng.range(-3, 3) / M_PER_DEG_LON,
      lat: at[1] + rng.range(-3, 3) / M_PER_DEG_LAT,
      speed: 0,
    });
  }
  return { fixes, end: s0 + minutes * 60 };
}

const reversed = (path: readonly Pos[]) => [...path].reverse();

/** A point `metres` to the left of the route at its middle. */
function besideMiddle(route: readonly Pos[], metres: number): { index: number; point: Pos } {
  const index = Math.floor(route.length / 2);
  const a = route[Math.max(0, index - 1)] as Pos;
  const b = route[Math.min(route.length - 1, index + 1)] as Pos;
  const dx = (b[0] - a[0]) * M_PER_DEG_LON;
  const dy = (b[1] - a[1]) * M_PER_DEG_LAT;
  const len = Math.hypot(dx, dy) || 1;
  const m = route[index] as Pos;
  return {
    index,
    point: [m[0] + ((-dy / len) * metres) / M_PER_DEG_LON, m[1] + ((dx / len) * metres) / M_PER_DEG_LAT],
  };
}

/** CST `YYYY-MM-DDTHH:mm:ss` of the instant `startMs` (epoch ms) plus `s` seconds. */
function at(startMs: number, s: number): string {
  return new Date(startMs + s * 1000 + 8 * 3600_000).toISOString().slice(0, 19);
}

/**
 * Inserts the demo muck trucks, disposal sites, permits, positions and spill reports (the construction sites must be
 * in `db` already).
 */
export function seedMuckTrucks(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('muck-trucks');
  const router = roadRouter();
  const year = ctx.year;
  const route = (from: Pos, to: Pos): Pos[] =>
    ((router.route(from, to).geometry?.coordinates as Pos[] | undefined) ?? [from, to]).map(([lon, lat]) => [
      round6(lon),
      round6(lat),
    ]);

  const disposal = DISPOSAL.map((d) => {
    const [lon, lat] = offset(d.offset);
    return { ...d, lon, lat, township: ctx.townshipOf([lon, lat]) };
  });
  insertRows(
    db,
    'disposal_sites',
    disposal.map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      township_code: d.township,
      lon: d.lon,
      lat: d.lat,
      radius_m: DISPOSAL_RADIUS_M,
      valid_from: `${year}-01-01`,
      valid_to: null,
      provenance: 'synthetic',
      source: SOURCE,
    })),
  );

  const day = `${year}-12-30`;
  const subdistricts = new Set(ctx.subdistricts.map((t) => t.code));
  const sites = (
    db
      .prepare(
        `SELECT id, lon, lat, township_code FROM construction_sites
         WHERE start_date <= ? AND end_date >= ? ORDER BY id`,
      )
      .all(day, `${year}-12-31`) as { id: string; lon: number; lat: number; township_code: string }[]
  )
    .filter((s) => subdistricts.has(s.township_code) && geodesicDistanceM(s.lon, s.lat, CENTRE[0], CENTRE[1]) < 6000)
    .slice(0, 12);
  if (!sites.length) return;

  const trucks: Row[] = [];
  const permits: Row[] = [];
  const positions: Row[] = [];
  const TRUCKS = 30;
  const special = { offRoute: 'ZTC-007', outOfHours: 'ZTC-013', dumping: 'ZTC-021' };
  const letters = 'ABCDEFGHJK';
  for (let i = 1; i <= TRUCKS; i++) {
    const id = `ZTC-${String(i).padStart(3, '0')}`;
    const c = (i - 1) % COMPANIES.length;
    const base = offset(BASE_OFFSETS[c] as Pos);
    const stage = rng.weighted([
      ['VI', 6],
      ['V', 3],
      ['new-energy', 1],
    ] as const);
    trucks.push({
      id,
      // the last two digits are the truck's number: plates stay unique
      plate: `晋H${letters[rng.int(0, letters.length - 1)]}${rng.int(10, 99) * 100 + i}`,
      company: COMPANIES[c] as string,
      fuel: stage === 'new-energy' ? 'electric' : 'diesel',
      emission_stage: stage,
      sealed: rng.chance(0.9) ? 1 : 0,
      gps_device: `GPS${String(880000 + i)}`,
      township_code: ctx.townshipOf(base),
      lon: base[0],
      lat: base[1],
      provenance: 'synthetic',
      source: SOURCE,
    });
    const site = sites[(i - 1) % sites.length] as { id: string; lon: number; lat: number };
    const sitePos: Pos = [site.lon, site.lat];
    const dump = [...disposal].sort(
      (a, b) =>
        geodesicDistanceM(a.lon, a.lat, site.lon, site.lat) - geodesicDistanceM(b.lon, b.lat, site.lon, site.lat),
    )[0] as (typeof disposal)[number];
    const toSite = route(base, sitePos);
    const toDump = route(sitePos, [dump.lon, dump.lat]);
    const approved = [...toSite, ...toDump.slice(1)];
    const hours: [string, string] = i % 6 === 0 ? ['21:00', '06:00'] : ['22:00', '05:00'];
    permits.push({
      id: `ZYZ-${year}-${String(i).padStart(3, '0')}`,
      truck_id: id,
      site_id: site.id,
      disposal_site_id: dump.id,
      route: JSON.stringify({ type: 'LineString', coordinates: approved }),
      buffer_m: BUFFER_M,
      valid_from: `${year}-12-01`,
      valid_to: `${year + 1}-01-31`,
      hours_from: hours[0],
      hours_to: hours[1],
      provenance: 'synthetic',
      source: SOURCE,
    });

    /** One night (or afternoon): base → site, `trips` round trips site ⇄ disposal, back to base. */
    const shift = (start: string, trips: number, variant: 'normal' | 'detour' | 'dump') => {
      let fixes: Fix[] = [];
      let s = 0;
      const push = (part: { fixes: Fix[]; end: number }) => {
        fixes = fixes.concat(part.fixes);
        s = part.end;
      };
      push(drive(rng, toSite, s));
      // the moment (seconds into the shift) pinned to a clock time: the detour's first fix off the route, the stop
      let pinned: number | null = null;
      for (let t = 0; t < trips; t++) {
        push(stand(rng, sitePos, s, rng.int(8, 12)));
        if (t === 0 && variant === 'detour') {
          for (const metres of [1500, -1500, 2500, -2500, 800, -800]) {
            const side = besideMiddle(toDump, metres);
            const detour = [...route(sitePos, side.point), ...route(side.point, [dump.lon, dump.lat]).slice(1)];
            const leg = drive(rng, detour, s);
            const distances = leg.fixes.map((f) => nearestOnRoute([f.lon, f.lat], approved).distanceM);
            if (!distances.some((d) => d > BUFFER_M * 2)) continue;
            pinned = (leg.fixes[distances.findIndex((d) => d > BUFFER_M)] as Fix).s;
            push(leg);
            break;
          }
          if (pinned === null) push(drive(rng, toDump, s));
        } else if (t === 0 && variant === 'dump') {
          const side = besideMiddle(toDump, 80);
          push(drive(rng, [...toDump.slice(0, side.index + 1), side.point], s));
          pinned = s;
          push(stand(rng, side.point, s, 20));
          push(drive(rng, [side.point, ...toDump.slice(side.index)], s));
        } else {
          push(drive(rng, toDump, s));
        }
        push(stand(rng, [dump.lon, dump.lat], s, rng.int(5, 8)));
        push(drive(rng, reversed(toDump), s));
      }
      push(drive(rng, reversed(toSite), s));
      // the detour leaves the route at 23:40 on 30 December, the dumping stop begins at 01:30 on 31 December
      const pinAt = variant === 'detour' ? `${year}-12-30T23:40` : `${year}-12-31T01:30`;
      const startMs = pinned === null ? cstInstant(start).getTime() : cstInstant(pinAt).getTime() - pinned * 1000;
      for (const f of fixes) {
        positions.push({
          truck_id: id,
          ts: at(startMs, f.s),
          lon: round6(f.lon),
          lat: round6(f.lat),
          speed_kmh: f.speed,
        });
      }
    };
    const nightStart = (d: string) => addMinutes(`${d}T${hours[0]}`, rng.int(5, 60));
    shift(nightStart(`${year}-12-29`), 3, 'normal');
    shift(
      nightStart(`${year}-12-30`),
      3,
      id === special.offRoute ? 'detour' : id === special.dumping ? 'dump' : 'normal',
    );
    if (id === special.outOfHours) shift(`${year}-12-31T14:10`, 1, 'normal');
  }
  insertRows(db, 'muck_trucks', trucks);
  insertRows(db, 'muck_permits', permits);
  insertRows(db, 'muck_positions', positions);

  // two spill reports along routes: one cleaned (30 Dec), one still open (31 Dec)
  const spillAt = (truckIndex: number): Pos => {
    const p = JSON.parse((permits[truckIndex] as { route: string }).route).coordinates as Pos[];
    return besideMiddle(p, 5).point.map(round6) as Pos;
  };
  const spills = [
    {
      truck: 2,
      at: `${year}-12-30T07:20`,
      reporter: 'public',
      text: '群众反映道路上有渣土洒落，长约30米',
      status: 'cleaned',
      closed: `${year}-12-30T10:05`,
    },
    {
      truck: 11,
      at: `${year}-12-31T06:45`,
      reporter: 'inspector',
      text: '巡查发现渣土车沿途抛洒，路面有泥土带',
      status: 'open',
      closed: null,
    },
  ];
  insertRows(
    db,
    'spill_reports',
    spills.map((s) => {
      const [lon, lat] = spillAt(s.truck);
      return {
        reported_at: s.at,
        lon,
        lat,
        township_code: ctx.townshipOf([lon, lat]),
        truck_id: trucks[s.truck]?.id ?? null,
        plate: trucks[s.truck]?.plate ?? null,
        reporter: s.reporter,
        description: s.text,
        status: s.status,
        closed_at: s.closed,
        provenance: 'synthetic',
        recorded_by: '演示数据（合成）',
        recorded_at: `${year}-12-31T00:00:00.000Z`,
      };
    }),
  );
}
