import type { Db } from '../../server/db/open-database.ts';
import { checkFailedItems, type FailedItem } from '../../server/fuel/check-failed-items.ts';
import { fuelProductStandards, type FuelProduct, type SampleSiteKind } from '../../server/schema/enums/fuel-sample.ts';
import { addDays } from '../../server/time/cst.ts';
import { insertRows } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';
import { randomPointNear } from './geo-sampler.ts';
import { personName } from './names.ts';

/** The `source` of every seeded fuel sample. */
export const FUEL_SAMPLE_SOURCE =
  '演示数据（合成）：加油站、油库、用油企业和非法加油点的油品抽检，站点名称、抽检时间、结果和不合格项目均为随机生成' +
  '（约 8% 不合格，非法加油点不合格率较高）；请以市场监管部门的抽检记录替换。';

/** The demo's as-of: traces left open at it fire `fuel-sample-failed`. */
const DEMO_AS_OF = '2023-12-31T23:00';

interface Site {
  kind: SampleSiteKind;
  name: string;
  ref: string | null;
  township: string;
  lon: number;
  lat: number;
}

const brands = ['中国石化', '中国石油', '延长壳牌', '中化石油'];

/** Synthetic stations (near township seats) and depots (near the city), the seeded enterprises and fuel points. */
function sites(db: Db, ctx: GeneratorContext, rng: Rng): Site[] {
  const list: Site[] = [];
  const townships = ctx.ref.townships;
  const stationCount = Math.max(4, Math.round(14 * ctx.scale));
  for (let i = 0; i < stationCount; i++) {
    const t = townships[(i * 7) % townships.length] ?? ctx.subdistricts[0];
    if (!t) break;
    const [lon, lat] = randomPointNear(rng, t.seat, 1500, t.geometry);
    const brand = brands[i % brands.length] ?? '中国石化';
    list.push({
      kind: 'station',
      name: `${brand}忻府${t.name}第${(i % 3) + 1}加油站（演示）`,
      ref: null,
      township: t.code,
      lon,
      lat,
    });
  }
  const city = ctx.subdistricts[0] ?? townships[0];
  for (let i = 0; city && i < 2; i++) {
    const [lon, lat] = randomPointNear(rng, city.seat, 4000, ctx.county);
    list.push({
      kind: 'depot',
      name: `忻府${i === 0 ? '城北' : '城南'}成品油库（演示）`,
      ref: null,
      township: ctx.townshipOf([lon, lat]),
      lon,
      lat,
    });
  }
  const enterprises = db
    .prepare(
      `SELECT id, name, township_code AS township, lon, lat FROM enterprises
       WHERE operating_status = 'operating' AND industry IN ('coking', 'casting', 'concrete-mixing', 'coal-washing')
       ORDER BY id LIMIT 4`,
    )
    .all() as { id: string; name: string; township: string; lon: number; lat: number }[];
  for (const e of enterprises)
    list.push({ kind: 'enterprise', name: e.name, ref: e.id, township: e.township, lon: e.lon, lat: e.lat });
  const points = db
    .prepare('SELECT id, name, township_code AS township, lon, lat FROM fuel_points ORDER BY id')
    .all() as { id: string; name: string; township: string; lon: number; lat: number }[];
  for (const p of points)
    list.push({ kind: 'illegal-point', name: p.name, ref: p.id, township: p.township, lon: p.lon, lat: p.lat });
  return list;
}

const productsOf: Record<SampleSiteKind, readonly FuelProduct[]> = {
  station: ['gasoline-92', 'gasoline-92', 'gasoline-95', 'diesel-0', 'diesel-0', 'diesel-minus10'],
  depot: ['gasoline-92', 'diesel-0', 'diesel-minus20'],
  enterprise: ['diesel-0', 'diesel-0', 'urea'],
  'illegal-point': ['diesel-0'],
};

const failChance: Record<SampleSiteKind, number> = {
  station: 0.04,
  depot: 0.03,
  enterprise: 0.08,
  'illegal-point': 0.3,
};

/** A plausible failure of `product`, checked against the console's limits table. */
function failure(rng: Rng, product: FuelProduct): FailedItem[] {
  const inputs =
    product === 'urea'
      ? [{ item: '尿素含量', value: Math.round(rng.range(27, 31.5) * 10) / 10 }]
      : product.startsWith('gasoline')
        ? [
            rng.chance(0.6)
              ? { item: '硫含量', value: Math.round(rng.range(12, 45)) }
              : { item: '烯烃含量', value: Math.round(rng.range(16, 24) * 10) / 10 },
          ]
        : [
            { item: '硫含量', value: Math.round(rng.range(15, 350)) },
            ...(rng.chance(0.4) ? [{ item: '十六烷值', value: Math.round(rng.range(42, 48)) }] : []),
          ];
  const checked = checkFailedItems(product, inputs);
  if (!checked.ok) throw new Error(`seeded fuel failure invalid: ${checked.problem.en}`);
  return checked.items;
}

/**
 * Fuel samples (~60 at scale 1) taken through 2023 at synthetic stations and depots, a few operating enterprises and
 * every seeded illegal fuel point (`fuel_points`), with lab results 4–12 days later (those due after the demo's end
 * still pending). About 8 % fail (illegal points far more often); the trace of each failed sample is closed 10–40
 * days after its result except the two latest failures, still open (one traced) at the demo's as-of. Reads the
 * enterprises and fuel points already seeded; inserts `fuel_samples`, `fuel_traces`.
 */
export function seedFuelSamples(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('fuel-samples');
  const all = sites(db, ctx, rng);
  const count = Math.max(12, Math.round(60 * ctx.scale));
  const byKind = (kind: SampleSiteKind) => all.filter((s) => s.kind === kind);
  const samples = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    const kind: SampleSiteKind =
      roll < 0.68 ? 'station' : roll < 0.78 ? 'depot' : roll < 0.86 ? 'enterprise' : 'illegal-point';
    const pool = byKind(kind).length > 0 ? byKind(kind) : byKind('station');
    const site = rng.pick(pool);
    const day = addDays(`${ctx.year}-01-03`, Math.min(360, Math.floor((i * 360) / count) + rng.int(0, 4)));
    const hour = String(rng.int(9, 16)).padStart(2, '0');
    const sampledAt = `${day}T${hour}:${String(rng.int(0, 5) * 10).padStart(2, '0')}`;
    const product = rng.pick(productsOf[site.kind]);
    const resultOn = addDays(day, rng.int(4, 12));
    const known = resultOn <= DEMO_AS_OF.slice(0, 10);
    const failed = known && (rng.chance(failChance[site.kind]) || (site.kind === 'illegal-point' && i % 7 === 0));
    samples.push({
      id: i + 1,
      sample_no: `YP-${ctx.year}-${String(i + 1).padStart(3, '0')}`,
      sampled_at: sampledAt,
      site_kind: site.kind,
      site_name: site.name,
      site_ref: site.ref,
      township_code: site.township,
      lon: site.lon,
      lat: site.lat,
      product,
      standard: fuelProductStandards[product],
      result: known ? (failed ? 'fail' : 'pass') : 'pending',
      failed_items: JSON.stringify(failed ? failure(rng, product) : []),
      lab: known ? '油品检验机构（演示）' : null,
      sampler: personName(rng),
      result_on: known ? resultOn : null,
      provenance: 'synthetic',
      source: FUEL_SAMPLE_SOURCE,
    });
  }
  const failures = samples.filter((s) => s.result === 'fail');
  const lastTwo = failures.slice(-2).map((s) => s.id);
  const traces = failures.map((s, index) => {
    const openedAt = `${s.result_on}T17:00`;
    const open = lastTwo.includes(s.id);
    const closedDay = addDays(s.result_on as string, rng.int(10, 40));
    const capped = closedDay < '2023-12-30' ? closedDay : '2023-12-30';
    const closedOn = capped < (s.result_on as string) ? (s.result_on as string) : capped;
    const traced = !open || index === failures.length - 1;
    return {
      sample_id: s.id,
      supplier: traced ? `${rng.pick(['晋北', '忻东', '云中', '滹沱'])}能源贸易有限公司（演示）` : null,
      transporter: traced ? `${rng.pick(['顺达', '宏运', '恒通'])}危险货物运输有限公司（演示）` : null,
      origin: traced ? rng.pick(['外省地炼企业（演示）', '来源不明的调和油（演示）', '非法储油点（演示）']) : null,
      status: open ? (traced ? 'traced' : 'open') : 'closed',
      case_id: null,
      note: open ? '' : '已查明来源并移交执法，演示数据（合成）',
      opened_at: openedAt,
      closed_at: open ? null : `${closedOn}T20:00`,
      updated_at: open ? openedAt : `${closedOn}T20:00`,
    };
  });
  insertRows(db, 'fuel_samples', samples);
  insertRows(db, 'fuel_traces', traces);
}
