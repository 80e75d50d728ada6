import type { siteKinds } from '../../server/schema/construction-site.ts';
import { addDays, formatDate } from '../../server/time/cst.ts';
import type { GeneratorContext } from './context.ts';
import { randomPointNear } from './geo-sampler.ts';
import { personName, uniqueName } from './names.ts';
import { sourceNotes } from '../../server/schema/source-notes.ts';

type SiteKind = (typeof siteKinds)[number];

const nameFor: Record<SiteKind, (trade: string) => string> = {
  housing: (t) => `${t}小区住宅项目`,
  'public-building': (t) => `忻府区${t}学校综合楼工程`,
  road: (t) => `${t}路道路改造工程`,
  municipal: (t) => `${t}片区雨污分流管网工程`,
  industrial: (t) => `${t}产业园标准化厂房项目`,
  demolition: (t) => `${t}棚户区拆除工程`,
  landscape: (t) => `${t}公园绿化提升工程`,
};
const activitiesFor: Record<SiteKind, string[]> = {
  housing: ['earthwork', 'structure', 'painting'],
  'public-building': ['earthwork', 'structure', 'painting'],
  road: ['earthwork', 'asphalt', 'road-marking'],
  municipal: ['earthwork', 'asphalt'],
  industrial: ['earthwork', 'structure', 'painting'],
  demolition: ['earthwork'],
  landscape: ['earthwork'],
};

/** Construction sites (~120 at scale 1, two thirds in the urban subdistricts) and their six-100% inspections. */
export function generateConstructionSites(ctx: GeneratorContext) {
  const rng = ctx.rngFor('construction-sites');
  const names = new Set<string>();
  const sites = [];
  const inspections = [];
  const count = Math.round(120 * ctx.scale);
  const yearStart = formatDate(ctx.year, 1, 1);
  const yearEnd = formatDate(ctx.year, 12, 31);
  for (let i = 0; i < count; i++) {
    const id = `C${String(i + 1).padStart(4, '0')}`;
    const urban = rng.chance(0.65);
    const township = urban ? rng.pick(ctx.subdistricts) : rng.pick(ctx.ref.townships);
    const point =
      urban || township.kind === 'subdistrict'
        ? randomPointNear(rng, township.seat, 1800, ctx.county)
        : randomPointNear(rng, township.seat, 2500, township.geometry);
    const kind = rng.weighted<SiteKind>([
      ['housing', 40],
      ['public-building', 12],
      ['road', 18],
      ['municipal', 12],
      ['industrial', 10],
      ['demolition', 4],
      ['landscape', 4],
    ]);
    const start = addDays(yearStart, rng.int(-300, 280));
    const end = addDays(start, rng.int(120, 720));
    const activities = activitiesFor[kind].filter((a) => a === 'earthwork' || rng.chance(0.8));
    sites.push({
      id,
      name: uniqueName(rng, names, nameFor[kind]),
      kind,
      township_code: ctx.townshipOf(point),
      lon: point[0],
      lat: point[1],
      area_m2: Math.round(
        kind === 'road' || kind === 'municipal' ? rng.range(8_000, 60_000) : rng.range(3_000, 120_000),
      ),
      start_date: start,
      end_date: end,
      contractor: uniqueName(rng, names, (t) => `山西${t}建设工程有限公司`),
      activities: JSON.stringify(activities),
      provenance: 'synthetic',
      source: sourceNotes.site.en,
    });
    // Inspections while active in the demo year; a site's diligence sets how often a check is met. One in ten
    // sites started in the demo year is never inspected (the backlog rule `site-never-inspected` finds): its
    // inspections are drawn but not recorded, so the other sites come out as before.
    const neverInspected = start > yearStart && i % 10 === 3;
    // The records start with the demo year: a site started before it carries its first inspection from three
    // weeks earlier (late the year before, never before its start), so it does not read as never inspected.
    const carried = (date: string, k: number) =>
      k === 1 && start < yearStart ? maxDate(start, addDays(date, -21)) : date;
    const diligence = rng.weighted([
      [0.99, 5],
      [0.95, 3],
      [0.85, 2],
    ]);
    let day = start > yearStart ? start : yearStart;
    day = addDays(day, rng.int(3, 20));
    let n = 0;
    while (day <= end && day <= yearEnd) {
      const check = () => (rng.chance(diligence) ? 1 : 0);
      const inspection = {
        id: `${id}-I${String(++n).padStart(2, '0')}`,
        site_id: id,
        inspected_on: carried(day, n),
        enclosure: check(),
        cover: check(),
        washing: check(),
        hardening: check(),
        wet_work: check(),
        sealed_transport: check(),
        inspector: personName(rng),
        provenance: 'synthetic',
      };
      if (!neverInspected) inspections.push(inspection);
      day = addDays(day, rng.int(14, 45));
    }
  }
  return { sites, inspections };
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
