import type { Db } from '../../server/db/open-database.ts';
import { type Industry, industryInfo } from '../../server/schema/enums/industry.ts';
import { insertRows } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';

/** The `source` of every seeded energy row, coal project and 两高 project. */
export const ENERGY_SOURCE =
  '演示数据（合成）：按企业行业和炉窑、锅炉的燃料与规模随机生成的 2021–2023 年能源消费、耗煤项目和“两高”项目，' +
  '不是任何部门的统计或审批数据；请以导入的能源台账和项目台账替换。';

/** Industries whose process burns coal or consumes it as feedstock (coal mostly in these). */
const coalHeavy: readonly Industry[] = [
  'coking',
  'coal-gasification',
  'heat-power',
  'lime',
  'brick-tile',
  'refractory',
];
/** Industries with a ledger even without a registered kiln or boiler (grinding and machining: electricity). */
const electricOnly: readonly Industry[] = ['cement-grinding', 'casting', 'machinery', 'industrial-coating'];

interface EnterpriseRow {
  id: string;
  name: string;
  industry: Industry;
}
interface KilnRow {
  id: string;
  enterprise_id: string;
  kind: 'kiln' | 'boiler';
  purpose: string;
  fuel: string;
  capacity: number;
  capacity_unit: 't/h' | 'MW' | 't/d';
}

/** Yearly fuel of one unit at full use, in its ledger unit (t coal, 10⁴ m³ gas, t biomass) per unit of capacity. */
const perCapacity: Readonly<Record<KilnRow['capacity_unit'], number>> = { 't/h': 650, MW: 900, 't/d': 45 };
const gasPerCoalT = 0.055; // 10⁴ m³ of gas giving about the heat of 1 t of raw coal (0.7143 / 12.143 ≈ 0.059)

/** The items in a random order (Fisher–Yates on `rng`). */
function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The 2023 energy of an enterprise from its industry and its kilns and boilers. */
function energy2023(rng: Rng, industry: Industry, kilns: readonly KilnRow[]) {
  let coalT = 0;
  let gas10kM3 = 0;
  let biomassT = 0;
  for (const k of kilns) {
    const fullUse = k.capacity * perCapacity[k.capacity_unit] * rng.range(0.5, 0.9);
    if (k.fuel === 'coal') coalT += fullUse;
    else if (k.fuel === 'natural-gas' || k.fuel === 'coke-oven-gas') gas10kM3 += fullUse * gasPerCoalT;
    else if (k.fuel === 'biomass') biomassT += fullUse * 1.4;
  }
  if (industry === 'coking') coalT += rng.range(150_000, 400_000);
  if (industry === 'coal-gasification') coalT += rng.range(80_000, 200_000);
  const electricityMwh = (coalHeavy.includes(industry) ? rng.range(3000, 30_000) : rng.range(300, 6000)) * 1;
  const nonFossilMwh = rng.chance(0.3) ? electricityMwh * rng.range(0.05, 0.35) : 0;
  return {
    coalT: round(coalT),
    gas10kM3: round(gas10kM3, 1),
    electricityMwh: round(electricityMwh),
    biomassT: round(biomassT),
    nonFossilMwh: round(nonFossilMwh),
  };
}

const plus = (date: string, rng: Rng) =>
  `${date.slice(0, 4)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

/**
 * The energy ledger (2021–2023) of every enterprise that burns fuel (a kiln or boiler on record, or a coal-heavy or
 * machining industry), coal falling 2–15 % a year on average and rising in about one in twelve; ~10 coal-consuming
 * projects (two with substitution below 1:1, one covering a rise); ~6 两高 projects (two binding ones with a
 * pending check); and the build kind of some kilns: a few furnaces added as new, rebuilt or expanded (one heating
 * furnace on coal, T8.1's hit). Updates only `build_kind`/`built_on` of the kilns the enterprise generator made, so
 * its random stream stays the same. Inserts `energy_ledger`, `coal_projects`, `high_energy_projects`, kilns.
 */
export function seedEnergy(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('energy');
  const year = ctx.year;
  const enterprises = db
    .prepare("SELECT id, name, industry FROM enterprises WHERE operating_status <> 'closed' ORDER BY id")
    .all() as EnterpriseRow[];
  const kilns = db
    .prepare('SELECT id, enterprise_id, kind, purpose, fuel, capacity, capacity_unit FROM kilns_boilers ORDER BY id')
    .all() as KilnRow[];
  const kilnsOf = new Map<string, KilnRow[]>();
  for (const k of kilns) kilnsOf.set(k.enterprise_id, [...(kilnsOf.get(k.enterprise_id) ?? []), k]);

  const ledger: Record<string, string | number>[] = [];
  const coal2023 = new Map<string, { e: EnterpriseRow; coalT: number; rise: number }>();
  for (const e of enterprises) {
    const own = kilnsOf.get(e.id) ?? [];
    if (!own.length && !coalHeavy.includes(e.industry) && !electricOnly.includes(e.industry)) continue;
    const latest = energy2023(rng, e.industry, own);
    const rising = latest.coalT > 0 && rng.chance(1 / 12);
    const rows = [latest];
    for (let y = 1; y <= 2; y++) {
      const after = rows[y - 1] as typeof latest;
      const coalStep = rising && y === 1 ? rng.range(0.8, 0.93) : rng.range(1.02, 1.15);
      rows.push({
        coalT: round(after.coalT * coalStep),
        gas10kM3: round(after.gas10kM3 * rng.range(0.85, 1.0), 1),
        electricityMwh: round(after.electricityMwh * rng.range(0.92, 1.02)),
        biomassT: round(after.biomassT * rng.range(0.9, 1.05)),
        nonFossilMwh: round(after.nonFossilMwh * rng.range(0.6, 0.95)),
      });
    }
    rows.forEach((r, i) =>
      ledger.push({
        enterprise_id: e.id,
        year: year - i,
        coal_t: r.coalT,
        gas_10k_m3: r.gas10kM3,
        electricity_mwh: r.electricityMwh,
        biomass_t: r.biomassT,
        non_fossil_mwh: Math.min(r.nonFossilMwh, r.electricityMwh),
        provenance: 'synthetic',
        source: ENERGY_SOURCE,
      }),
    );
    if (latest.coalT > 0)
      coal2023.set(e.id, { e, coalT: latest.coalT, rise: latest.coalT - (rows[1] as typeof latest).coalT });
  }
  insertRows(db, 'energy_ledger', ledger);

  insertRows(db, 'coal_projects', coalProjects(rng, year, [...coal2023.values()], ctx.scale));
  insertRows(db, 'high_energy_projects', highEnergyProjects(rng, year, enterprises, ctx.scale));
  markFurnaces(db, rng, year, enterprises, kilns);
}

/** ~10 coal projects on coal-using enterprises: 2 short of 1:1, one covering a rise, the rest substituted fully. */
function coalProjects(
  rng: Rng,
  year: number,
  users: readonly { e: EnterpriseRow; coalT: number; rise: number }[],
  scale: number,
) {
  const count = Math.min(users.length, Math.max(4, Math.round(10 * scale)));
  const rising = users.filter((u) => u.rise > 0);
  const picked = [
    ...(rising[0] ? [rising[0]] : []),
    ...shuffle(
      rng,
      users.filter((u) => u !== rising[0]),
    ),
  ].slice(0, count);
  const statuses = ['approved', 'built', 'approved', 'built', 'approved', 'applied', 'rejected', 'withdrawn'] as const;
  const projectName: Partial<Record<Industry, string>> = {
    'heat-power': '供热锅炉扩容项目',
    lime: '石灰窑技改项目',
    'brick-tile': '隧道窑技改项目',
    refractory: '隧道窑节能改造项目',
    coking: '焦炉煤气综合利用项目',
    'coal-gasification': '气化炉技改项目',
  };
  return picked.map((u, i) => {
    const covering = i === 0 && u.rise > 0;
    const status = covering ? 'approved' : (statuses[i - 1] ?? rng.pick(['approved', 'built'] as const));
    const newCoalT = covering ? round(u.rise * 1.1) : round(u.coalT * rng.range(0.05, 0.2), -1) + 10;
    const short = i === 1 || i === 2; // an approved and a built project below 1:1
    const substitutionT = short ? round(newCoalT * rng.range(0.55, 0.9), -1) : round(newCoalT * rng.range(1, 1.4));
    const decided = status === 'applied' ? null : plus(String(year - (i % 2)), rng);
    return {
      id: `CP-${year}-${String(i + 1).padStart(3, '0')}`,
      name: `${u.e.name}${projectName[u.e.industry] ?? '耗煤项目'}`,
      enterprise_id: u.e.id,
      procedure: rng.pick(['approval', 'verification', 'filing'] as const),
      status,
      decided_on: decided,
      new_coal_t: newCoalT,
      substitution_t: substitutionT,
      substitution_source: rng.pick(['淘汰燃煤锅炉', '散煤治理（清洁取暖）', '关停落后产能', '余热利用替代']),
      provenance: 'synthetic',
      source: ENERGY_SOURCE,
    };
  });
}

/** ~6 两高 projects in the coal-heavy industries; two binding ones (approved or later) with a pending check. */
function highEnergyProjects(rng: Rng, year: number, enterprises: readonly EnterpriseRow[], scale: number) {
  const candidates = shuffle(
    rng,
    enterprises.filter((e) =>
      ['coking', 'coal-gasification', 'lime', 'refractory', 'cement-grinding'].includes(e.industry),
    ),
  );
  const statuses = ['in-operation', 'under-construction', 'approved', 'under-review', 'proposed', 'in-operation'];
  const count = Math.min(candidates.length, Math.max(3, Math.round(6 * scale)));
  return candidates.slice(0, count).map((e, i) => {
    const status = statuses[i % statuses.length] as string;
    const binding = ['approved', 'under-construction', 'in-operation'].includes(status);
    const check = () => (binding ? 'passed' : rng.pick(['passed', 'pending', 'pending'] as const));
    const row = {
      id: `HE-${year}-${String(i + 1).padStart(3, '0')}`,
      name: `${e.name}${rng.pick(['升级改造项目', '扩能项目', '技改项目'])}`,
      enterprise_id: e.id,
      industry: industryInfo[e.industry].zh,
      build_kind: rng.pick(['new', 'rebuilt', 'expanded'] as const),
      status,
      status_on: plus(String(year - (i % 2)), rng),
      industrial_policy: check(),
      three_lines: check(),
      planning_eia: check(),
      energy_dual_control: check(),
      capacity_replacement: e.industry === 'coking' || e.industry === 'cement-grinding' ? check() : 'not-applicable',
      coal_substitution: check(),
      emission_double_cut: check(),
      provenance: 'synthetic',
      source: ENERGY_SOURCE,
    };
    if (i === 1) row.energy_dual_control = 'pending'; // under construction, 能耗双控 not settled
    if (i === 2) row.emission_double_cut = 'pending'; // approved without the 倍量削减 plan
    return row;
  });
}

/**
 * Marks some kilns new, rebuilt or expanded (2021–2023) and adds three furnaces T8.1 names to casting and machinery
 * enterprises: a heat-treatment furnace on electricity (new), a drying furnace on gas (expanded) and a heating
 * furnace on coal (rebuilt: the T8.1 hit).
 */
function markFurnaces(
  db: Db,
  rng: Rng,
  year: number,
  enterprises: readonly EnterpriseRow[],
  kilns: readonly KilnRow[],
) {
  const update = db.prepare('UPDATE kilns_boilers SET build_kind = ?, built_on = ? WHERE id = ?');
  const cleanKilns = kilns.filter((k) => k.fuel !== 'coal' && k.fuel !== 'fuel-oil');
  for (const k of shuffle(rng, cleanKilns).slice(0, Math.max(2, Math.round(cleanKilns.length / 10))))
    update.run(rng.pick(['new', 'rebuilt', 'expanded'] as const), plus(String(rng.int(year - 2, year)), rng), k.id);
  const metal = enterprises.filter((e) => e.industry === 'casting' || e.industry === 'machinery');
  const hosts = shuffle(rng, metal).slice(0, 3);
  const added = [
    { purpose: '热处理炉', fuel: 'electricity', build: 'new', unit: 't/d', treatment: '袋式除尘' },
    { purpose: '干燥炉', fuel: 'natural-gas', build: 'expanded', unit: 't/d', treatment: '低氮燃烧' },
    { purpose: '加热炉', fuel: 'coal', build: 'rebuilt', unit: 't/d', treatment: '袋式除尘+湿法脱硫' },
  ];
  const rows = hosts.map((e, i) => {
    const spec = added[i] as (typeof added)[number];
    const taken = kilns.filter((k) => k.enterprise_id === e.id).length;
    return {
      id: `${e.id}-K${taken + 1}`,
      enterprise_id: e.id,
      kind: 'kiln',
      purpose: spec.purpose,
      fuel: spec.fuel,
      capacity: rng.int(5, 30),
      capacity_unit: spec.unit,
      treatment_process: spec.treatment,
      low_efficiency: 0,
      surveyed_on: null,
      compliant: null,
      provenance: 'synthetic',
      build_kind: spec.build,
      built_on: plus(String(year - 1 + (i % 2)), rng),
    };
  });
  insertRows(db, 'kilns_boilers', rows);
}
