import type { machineTypes } from '../../server/schema/machine.ts';
import { addDays, daysInYear, formatDate } from '../../server/time/cst.ts';
import type { GeneratorContext } from './context.ts';
import { M_PER_DEG_LAT, M_PER_DEG_LON, round6 } from './geo-sampler.ts';
import { sourceNotes } from '../../server/schema/source-notes.ts';

type MachineType = (typeof machineTypes)[number];

/** Where machines work: construction sites, enterprise yards, villages (tractors). */
export interface WorkPlaces {
  sites: { lon: number; lat: number; start_date: string; end_date: string; contractor: string }[];
  enterprises: { lon: number; lat: number; name: string }[];
  villages: { lon: number; lat: number; name: string }[];
}

/** A position row as stored in machine_positions. */
export interface PositionRow {
  machine_id: string;
  ts: string;
  lon: number;
  lat: number;
  township_code: string;
}

/** Reporting times of day (China Standard Time): trackers report twice a working day. */
const REPORT_TIMES = ['09:00', '15:00'] as const;

/**
 * Non-road machines (400 at scale 1) and, through `emitPosition`, their positions twice a day
 * through the demo year (730 per machine). Machines work a stint of 15–60 days at one place,
 * then move; construction machines go to sites active that day.
 */
export function generateMachines(ctx: GeneratorContext, places: WorkPlaces, emitPosition: (row: PositionRow) => void) {
  const rng = ctx.rngFor('machines');
  const machines = [];
  const count = Math.round(400 * ctx.scale);
  const days = daysInYear(ctx.year);
  const yearStart = formatDate(ctx.year, 1, 1);
  const activeSitesByDay = Array.from({ length: days }, (_, d) => {
    const day = addDays(yearStart, d);
    return places.sites.filter((s) => s.start_date <= day && day <= s.end_date);
  });

  for (let i = 0; i < count; i++) {
    const id = `M${String(i + 1).padStart(5, '0')}`;
    const type = rng.weighted<MachineType>([
      ['excavator', 30],
      ['loader', 18],
      ['bulldozer', 6],
      ['roller', 7],
      ['crane', 8],
      ['forklift', 10],
      ['paver', 3],
      ['grader', 3],
      ['concrete-pump', 5],
      ['drilling-rig', 4],
      ['tractor', 6],
    ]);
    const stage = rng.weighted([
      ['pre-I', 2],
      ['I', 6],
      ['II', 13],
      ['III', 46],
      ['IV', 29],
      ['electric', type === 'forklift' ? 30 : 3],
    ]);
    const smoke =
      stage === 'electric'
        ? 'untested'
        : rng.weighted([
            ['pass', 68],
            ['fail', 6],
            ['untested', 26],
          ]);
    const worksAt =
      type === 'tractor'
        ? 'village'
        : type === 'forklift'
          ? 'enterprise'
          : type === 'loader' && rng.chance(0.4)
            ? 'enterprise'
            : 'site';
    machines.push({
      id,
      type,
      emission_stage: stage,
      registration_code: rng.chance(0.92)
        ? `140902-${rng.int(2019, 2023)}-${String(rng.int(1, 99999)).padStart(5, '0')}`
        : null,
      smoke_test: smoke,
      smoke_tested_on: smoke === 'untested' ? null : addDays(yearStart, rng.int(0, days - 1)),
      owner:
        worksAt === 'site'
          ? rng.pick(places.sites).contractor
          : worksAt === 'enterprise'
            ? rng.pick(places.enterprises).name
            : '个人（农机户）',
      exempt_use: rng.chance(0.03) ? rng.pick(['livelihood', 'emergency']) : null,
      provenance: 'synthetic',
      source: sourceNotes.machine.en,
    });

    let place: { lon: number; lat: number } = places.sites[0] ?? { lon: ctx.subdistricts[0]?.seat[0] ?? 0, lat: 0 };
    let stintLeft = 0;
    for (let d = 0; d < days; d++) {
      if (stintLeft-- <= 0) {
        stintLeft = rng.int(15, 60);
        const active = activeSitesByDay[d] ?? [];
        place =
          worksAt === 'village'
            ? rng.pick(places.villages)
            : worksAt === 'enterprise' || active.length === 0
              ? rng.pick(places.enterprises)
              : rng.pick(active);
      }
      const day = addDays(yearStart, d);
      for (const time of REPORT_TIMES) {
        let point: [number, number] = [
          round6(place.lon + rng.normal(0, 80) / M_PER_DEG_LON),
          round6(place.lat + rng.normal(0, 80) / M_PER_DEG_LAT),
        ];
        let township = ctx.locate(point);
        if (township === null) {
          point = [place.lon, place.lat];
          township = ctx.townshipOf(point);
        }
        emitPosition({ machine_id: id, ts: `${day}T${time}`, lon: point[0], lat: point[1], township_code: township });
      }
    }
  }
  return machines;
}
