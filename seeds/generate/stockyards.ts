import type { Db } from '../../server/db/open-database.ts';
import { DUSTFALL_LIMIT } from '../../server/schema/plan-targets.ts';
import type { StockyardKind, StockyardMaterial } from '../../server/schema/enums/stockyard.ts';
import { addDays, formatDate } from '../../server/time/cst.ts';
import { insertRows } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';
import { M_PER_DEG_LAT, M_PER_DEG_LON, randomPointNear, round6 } from './geo-sampler.ts';
import { personName, uniqueName } from './names.ts';

/** The `source` of every seeded stockyard. */
export const STOCKYARD_SOURCE =
  '演示数据（合成）：焦化、洗煤、石灰企业旁的煤炭、焦炭、石灰堆场，城区周边的砂石和建筑垃圾堆场，' +
  '位置和属性均为随机生成；' +
  '请以导入的堆场台账替换。';

/** The "done when" stockyard: no cover at its latest inspection, 1–3 km from a point over the limit in December. */
export const SCENARIO_STOCKYARD_ID = 'Y0900';

interface EnterpriseRow {
  id: string;
  name: string;
  industry: string;
  lon: number;
  lat: number;
}

const materialName: Record<StockyardMaterial, string> = {
  coal: '原煤',
  coke: '焦炭',
  ore: '矿石',
  sand: '砂石料',
  lime: '石灰',
  'construction-waste': '建筑垃圾',
  other: '物料',
};

/**
 * Stockyards (~40 at scale 1) and their 2023 inspections: coal and coke yards beside the coking and coal-washing
 * enterprises, lime yards beside the lime kilns, sand and construction-waste yards around the city, and one in ten
 * beside another enterprise (ore, other). Inspections every 3–8 weeks from the first half of the year; each yard's
 * diligence sets how often a control is in place, so about one in six fails at its latest inspection. A few yards
 * are never inspected. The scenario yard {@link SCENARIO_STOCKYARD_ID} lies 2 km from the December dustfall point
 * highest over the limit (the highest point when none is over) and lacked cover at its inspection of 2023-12-18.
 * Reads the enterprises and the dustfall readings already seeded; inserts `stockyards`, `stockyard_inspections`.
 */
export function seedStockyards(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('stockyards');
  const enterprises = db
    .prepare('SELECT id, name, industry, lon, lat FROM enterprises ORDER BY id')
    .all() as EnterpriseRow[];
  const byIndustry = (...industries: string[]) => enterprises.filter((e) => industries.includes(e.industry));
  const coalCoke = byIndustry('coking', 'coal-washing', 'coal-gasification');
  const limeKilns = byIndustry('lime');
  const others = byIndustry('casting', 'refractory', 'cement-grinding', 'brick-tile', 'concrete-mixing');
  const count = Math.max(6, Math.round(40 * ctx.scale));
  const names = new Set<string>();
  const yards = [];
  const inspections = [];
  for (let i = 0; i < count; i++) {
    const id = `Y${String(i + 1).padStart(4, '0')}`;
    const pickKind = rng.weighted<'coal-coke' | 'lime' | 'city' | 'other'>([
      ['coal-coke', coalCoke.length > 0 ? 30 : 0],
      ['lime', limeKilns.length > 0 ? 15 : 0],
      ['city', 45],
      ['other', others.length > 0 ? 10 : 0],
    ]);
    let kind: StockyardKind = 'industrial';
    let material: StockyardMaterial;
    let enterprise: EnterpriseRow | null = null;
    let point: [number, number];
    if (pickKind === 'city') {
      kind = 'commercial';
      material = rng.weighted<StockyardMaterial>([
        ['sand', 5],
        ['construction-waste', 4],
      ]);
      const township = rng.pick(ctx.subdistricts);
      point = randomPointNear(rng, township.seat, 2200, ctx.county);
    } else {
      const pool = pickKind === 'coal-coke' ? coalCoke : pickKind === 'lime' ? limeKilns : others;
      enterprise = rng.pick(pool);
      material =
        pickKind === 'coal-coke'
          ? rng.weighted<StockyardMaterial>([
              ['coal', enterprise.industry === 'coking' ? 1 : 3],
              ['coke', enterprise.industry === 'coking' ? 2 : 0],
            ])
          : pickKind === 'lime'
            ? 'lime'
            : rng.weighted<StockyardMaterial>([
                ['ore', 3],
                ['other', 2],
              ]);
      point = randomPointNear(rng, [enterprise.lon, enterprise.lat], 250, ctx.county);
    }
    const owner = enterprise?.name.replace(/(有限责任公司|有限公司|公司)$/, '') ?? '';
    const stuff = materialName[material];
    yards.push({
      id,
      name: enterprise
        ? `${owner}${owner.endsWith(stuff) ? '' : stuff}堆场`
        : uniqueName(rng, names, (trade) => `忻州市${trade}${stuff}经营堆场`),
      kind,
      material,
      enterprise_id: enterprise?.id ?? null,
      area_m2: Math.round(kind === 'commercial' ? rng.range(2_000, 25_000) : rng.range(1_500, 40_000)),
      township_code: ctx.townshipOf(point),
      lon: point[0],
      lat: point[1],
      provenance: 'synthetic',
      source: STOCKYARD_SOURCE,
    });
    if (i % 13 === 5) continue; // never inspected (rule stockyard-never-inspected)
    inspections.push(...inspectionsOf(rng, id, ctx.year));
  }
  const scenario = scenarioStockyard(db, ctx, rng);
  if (scenario) {
    yards.push(scenario.yard);
    inspections.push(...scenario.inspections);
  }
  insertRows(db, 'stockyards', yards);
  insertRows(db, 'stockyard_inspections', inspections);
}

/** A yard's inspections through the demo year, each control in place with the yard's diligence. */
function inspectionsOf(rng: Rng, id: string, year: number, last?: string) {
  const diligence = rng.weighted([
    [0.995, 6],
    [0.96, 3],
    [0.9, 1],
  ]);
  const yearEnd = last ?? formatDate(year, 12, 31);
  const rows = [];
  let day = addDays(formatDate(year, 1, 1), rng.int(5, 170));
  while (day <= yearEnd) {
    const check = () => (rng.chance(diligence) ? 1 : 0);
    rows.push({
      stockyard_id: id,
      inspected_on: day,
      enclosure: check(),
      cover: check(),
      spraying: check(),
      wheel_washing: check(),
      hard_surface: check(),
      inspector: personName(rng),
      note: null as string | null,
      provenance: 'synthetic',
      recorded_at: `${day}T09:00:00.000Z`,
    });
    day = addDays(day, rng.int(21, 56));
  }
  return rows;
}

/** The December point most over the limit (or the highest), and a yard 2 km from it without cover. */
function scenarioStockyard(db: Db, ctx: GeneratorContext, rng: Rng) {
  const december = `${ctx.year}-12`;
  const point = db
    .prepare(
      `SELECT p.id, p.lon, p.lat, r.value FROM dustfall_points p JOIN dustfall_readings r ON r.point_id = p.id
       WHERE r.month = ? ORDER BY r.value DESC, p.id LIMIT 1`,
    )
    .get(december) as { id: string; lon: number; lat: number; value: number } | undefined;
  if (!point) return null;
  if (point.value <= DUSTFALL_LIMIT) {
    console.warn(`seedStockyards: no dustfall point over ${DUSTFALL_LIMIT} in ${december}; scenario near ${point.id}`);
  }
  let position: [number, number] | null = null;
  for (let k = 0; k < 16 && !position; k++) {
    const bearing = (k * Math.PI) / 8;
    const candidate: [number, number] = [
      round6(point.lon + (2000 * Math.sin(bearing)) / M_PER_DEG_LON),
      round6(point.lat + (2000 * Math.cos(bearing)) / M_PER_DEG_LAT),
    ];
    if (ctx.locate(candidate)) position = candidate;
  }
  if (!position) return null;
  const township = ctx.townshipOf(position);
  const inspections = inspectionsOf(rng, SCENARIO_STOCKYARD_ID, ctx.year, formatDate(ctx.year, 11, 30));
  inspections.push({
    stockyard_id: SCENARIO_STOCKYARD_ID,
    inspected_on: formatDate(ctx.year, 12, 18),
    enclosure: 1,
    cover: 0,
    spraying: 1,
    wheel_washing: 1,
    hard_surface: 1,
    inspector: personName(rng),
    note: '建筑垃圾堆体裸露，未苫盖',
    provenance: 'synthetic',
    recorded_at: `${formatDate(ctx.year, 12, 18)}T09:00:00.000Z`,
  });
  return {
    yard: {
      id: SCENARIO_STOCKYARD_ID,
      name: `${ctx.township(township).name}建筑垃圾临时堆场`,
      kind: 'commercial',
      material: 'construction-waste',
      enterprise_id: null,
      area_m2: 8600,
      township_code: township,
      lon: position[0],
      lat: position[1],
      provenance: 'synthetic',
      source: STOCKYARD_SOURCE,
    },
    inspections,
  };
}
