/**
 * The demo vehicle register (issue 16; tasks 9 and 10) and the gate-system trips of the ≥ 1.5 Mt enterprises in the
 * last week of the demo year. Deterministic from `ctx.rngFor('vehicles…')`, marked synthetic.
 *
 * - trucks of the key vehicle-using enterprises (重点用车单位) at the enterprise, and of invented haulage companies
 *   at township seats; stages follow the registration year (国三 before 2013, 国四 to mid-2017, 国五 to mid-2021,
 *   国六 after), compulsory scrapping 15 years after registration;
 * - old trucks (国四 and below, lean-burn gas) leaving use before and through 2023 so the phase-out curve moves, a few
 *   still in use past their scrapping date;
 * - sanitation, postal and express fleets at their depots in the city, the ones added since the plan's start mostly
 *   electric, a few not;
 * - gate trips (in and out) of the ≥ 1.5 Mt enterprises from 25 to 31 December, one enterprise letting 国五 trucks in.
 *
 * @module
 */
import type { Db } from '../../server/db/open-database.ts';
import { addDays, addMinutes } from '../../server/time/cst.ts';
import { PLAN_START } from '../../server/vehicles/plan-start.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';
import type { EnterpriseRow } from './row-types.ts';

/** What the vehicle rows say of where they come from. */
export const VEHICLE_SOURCE =
  '演示数据（合成）：按忻府区规模虚构的机动车登记台账，货车位于重点用车单位或运输公司所在乡镇驻地（位置近似），' +
  '排放阶段随注册年份，强制报废期止为注册后15年（危险货物运输车10年）';

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const HAULIERS = ['通达物流', '晋北运输', '忻运货运', '顺程物流', '恒通运输', '鑫源物流', '五台山货运', '云中运输'];
const MUNICIPAL_UNITS = [
  { category: 'sanitation', owner: '忻府区环境卫生服务中心', count: 80 },
  { category: 'postal', owner: '中国邮政集团有限公司忻州市分公司', count: 30 },
  { category: 'express', owner: '忻州市某快递公司（示意）', count: 50 },
  { category: 'express', owner: '忻州市某物流配送公司（示意）', count: 40 },
] as const;

type Stage = 'II' | 'III' | 'IV' | 'V' | 'VI' | 'new-energy';

interface Row {
  id: string;
  plate: string;
  category: string;
  fuel: string;
  emission_stage: Stage;
  lean_burn: number;
  owner_unit: string;
  key_user_enterprise_id: string | null;
  registered_on: string;
  status: string;
  status_on: string | null;
  scrap_due_on: string | null;
  register: string;
  township_code: string;
  lon: number;
  lat: number;
  provenance: 'synthetic';
  source: string;
}

const day = (rng: Rng, from: string, to: string): string => {
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return addDays(from, rng.int(0, span));
};

/** A registration date matching a stage (the national dates the stage applied to new heavy-duty diesel trucks). */
function registeredFor(rng: Rng, stage: Stage, yearEnd: string): string {
  if (stage === 'II') return day(rng, '2004-01-01', '2008-06-30');
  if (stage === 'III') return day(rng, '2008-07-01', '2013-06-30');
  if (stage === 'IV') return day(rng, '2013-07-01', '2017-06-30');
  if (stage === 'V') return day(rng, '2017-07-01', '2021-06-30');
  return day(rng, '2021-07-01', yearEnd);
}

/**
 * Inserts the demo vehicles and the bulk-freight enterprises' gate trips; returns the number of vehicles.
 *
 * @example
 * seedVehicles(db, ctx, enterprises.enterprises); // ≈ 2,900 at scale 1
 */
export function seedVehicles(db: Db, ctx: GeneratorContext, enterprises: readonly EnterpriseRow[]): number {
  const rng = ctx.rngFor('vehicles');
  const yearEnd = `${ctx.year}-12-31`;
  const plates = new Set<string>();
  const rows: Row[] = [];
  const plate = (clean: boolean): string => {
    for (;;) {
      const body = clean
        ? `${rng.pick(['D', 'F'])}${String(rng.int(10000, 99999))}`
        : `${PLATE_LETTERS[rng.int(0, PLATE_LETTERS.length - 1)]}${String(rng.int(1000, 9999))}`;
      const p = `晋H${body}`;
      if (!plates.has(p)) {
        plates.add(p);
        return p;
      }
    }
  };
  const seats = ctx.ref.townships;
  const push = (fields: Omit<Row, 'id' | 'plate' | 'provenance' | 'source' | 'lean_burn'> & { lean_burn?: number }) => {
    const clean = fields.emission_stage === 'new-energy';
    rows.push({
      id: `V${String(rows.length + 1).padStart(6, '0')}`,
      plate: plate(clean),
      lean_burn: 0,
      ...fields,
      provenance: 'synthetic',
      source: VEHICLE_SOURCE,
    });
  };

  /** When an old truck leaves use (or null), given its scrapping date. */
  const fate = (old: boolean, due: string): { status: string; status_on: string | null } => {
    if (due <= yearEnd) {
      // most are handed to dismantlers around their due date; a few are still on the road past it
      if (rng.chance(0.1)) return { status: 'in-use', status_on: null };
      const on = addDays(due, -rng.int(0, 150));
      return { status: 'scrapped', status_on: on > yearEnd ? yearEnd : on };
    }
    const r = rng.next();
    const why = rng.weighted([
      ['scrapped', 70],
      ['deregistered', 10],
      ['transferred-out', 20],
    ] as const);
    if (old && r < 0.14) return { status: why, status_on: day(rng, PLAN_START, yearEnd) };
    if (old && r < 0.22) return { status: why, status_on: day(rng, `${ctx.year - 2}-01-01`, addDays(PLAN_START, -1)) };
    if (!old && r < 0.015) return { status: 'transferred-out', status_on: day(rng, `${ctx.year - 1}-01-01`, yearEnd) };
    return { status: 'in-use', status_on: null };
  };

  const truck = (
    owner: string,
    enterpriseId: string | null,
    place: { township: string; lon: number; lat: number },
    bulk: boolean,
  ) => {
    const category = rng.weighted([
      ['heavy-truck', 45],
      ['tractor-unit', 25],
      ['medium-truck', 10],
      ['light-truck', 20],
    ] as const);
    const gas = category !== 'light-truck' && rng.chance(bulk ? 0.12 : 0.07);
    const electric = !gas && rng.chance(bulk ? 0.1 : 0.03);
    const stage: Stage = electric
      ? 'new-energy'
      : bulk
        ? rng.weighted<Stage>([
            ['VI', 88],
            ['V', 10],
            ['IV', 2],
          ])
        : rng.weighted<Stage>([
            ['II', 1],
            ['III', 6],
            ['IV', 20],
            ['V', 33],
            ['VI', 40],
          ]);
    const registered = registeredFor(rng, stage === 'new-energy' ? 'VI' : stage, yearEnd);
    const leanBurn =
      gas && (stage === 'III' || stage === 'IV' || stage === 'V' || (stage === 'VI' && rng.chance(0.1))) ? 1 : 0;
    const old = (!gas && !electric && ['II', 'III', 'IV'].includes(stage)) || leanBurn === 1;
    // 机动车强制报废标准规定 (2012) art. 5: 15 years for trucks, 10 for dangerous-goods trucks (LNG, fuel tankers)
    const hazmat = (category === 'tractor-unit' || category === 'heavy-truck') && rng.chance(gas ? 0.3 : 0.05);
    const due = addDays(registered, (hazmat ? 10 : 15) * 365 + 3);
    push({
      category,
      fuel: electric ? 'electric' : gas ? 'gas' : 'diesel',
      emission_stage: stage,
      lean_burn: leanBurn,
      owner_unit: owner,
      key_user_enterprise_id: enterpriseId,
      registered_on: registered,
      ...fate(old, due),
      scrap_due_on: due,
      register: 'transport',
      township_code: place.township,
      lon: place.lon,
      lat: place.lat,
    });
  };

  // the key vehicle-using enterprises' own fleets
  for (const e of enterprises) {
    if (e.key_vehicle_unit !== 1) continue;
    const bulk = e.annual_freight_t >= 1_500_000 && e.rail_spur !== 'operating';
    const size = Math.round(Math.min(60, Math.max(3, e.annual_freight_t / 60_000)) * ctx.scale);
    const place = { township: e.township_code, lon: e.lon, lat: e.lat };
    for (let i = 0; i < size; i++) truck(e.name, e.id, place, bulk);
  }
  // haulage companies at township seats
  const haulierCount = Math.round(1500 * ctx.scale);
  for (let i = 0; i < haulierCount; i++) {
    const seat = rng.pick(seats);
    const owner = `忻州市${rng.pick(HAULIERS)}有限公司（示意）`;
    truck(owner, null, { township: seat.code, lon: seat.seat[0], lat: seat.seat[1] }, false);
  }
  // municipal fleets at depots in the city
  for (const unit of MUNICIPAL_UNITS) {
    const depot = rng.pick(ctx.subdistricts);
    for (let i = 0; i < Math.round(unit.count * ctx.scale); i++) {
      const registered = day(rng, '2015-01-01', yearEnd);
      const added = registered >= PLAN_START;
      const fuel = added
        ? rng.weighted([
            ['electric', 80],
            ['hydrogen', 3],
            ['methanol', 5],
            [unit.category === 'sanitation' ? 'diesel' : 'gasoline', 12],
          ] as const)
        : rng.weighted([
            [unit.category === 'sanitation' ? 'diesel' : 'gasoline', 70],
            ['gas', 10],
            ['electric', 20],
          ] as const);
      const stage: Stage =
        fuel === 'electric' || fuel === 'hydrogen' ? 'new-energy' : registered >= '2021-07-01' ? 'VI' : 'V';
      push({
        category: unit.category,
        fuel,
        emission_stage: stage,
        owner_unit: unit.owner,
        key_user_enterprise_id: null,
        registered_on: registered,
        status: 'in-use',
        status_on: null,
        scrap_due_on: null,
        register: 'public-security',
        township_code: depot.code,
        lon: depot.seat[0],
        lat: depot.seat[1],
      });
    }
  }
  const insert = db.prepare(
    `INSERT INTO vehicles (${Object.keys(rows[0] ?? {}).join(', ')})
     VALUES (${Object.keys(rows[0] ?? {})
       .map((k) => `@${k}`)
       .join(', ')})`,
  );
  for (const row of rows) insert.run(row);
  seedGateTrips(db, ctx, enterprises, rows);
  return rows.length;
}

const gateStage = (row: Row): string =>
  row.emission_stage === 'new-energy' ? 'electric' : row.fuel === 'gas' ? 'gas' : row.emission_stage;

/** Trips of the ≥ 1.5 Mt enterprises with a gate system, 25–31 December; INSERT OR IGNORE keeps issue 15's rows. */
function seedGateTrips(db: Db, ctx: GeneratorContext, enterprises: readonly EnterpriseRow[], vehicles: readonly Row[]) {
  const bound = enterprises.filter(
    (e) => e.annual_freight_t >= 1_500_000 && e.gate_system !== null && e.gate_system !== 'none',
  );
  const violator = bound.find((e) => e.rail_spur !== 'operating')?.id;
  const insert = db.prepare(
    `INSERT OR IGNORE INTO gate_truck_records (enterprise_id, at, plate, direction, emission_stage, fuel, cargo,
       provenance) VALUES (?, ?, ?, ?, ?, ?, ?, 'synthetic')`,
  );
  for (const e of bound) {
    const rng = ctx.rngFor(`vehicles/gate/${e.id}`);
    const fleet = vehicles.filter((v) => v.key_user_enterprise_id === e.id && v.status === 'in-use');
    const pool =
      e.id === violator ? fleet : fleet.filter((v) => v.emission_stage === 'VI' || v.emission_stage === 'new-energy');
    for (let d = 25; d <= 31; d++) {
      const date = `${ctx.year}-12-${d}`;
      for (let k = rng.int(12, 30); k > 0; k--) {
        const at = `${date}T${String(rng.int(6, 20)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
        const own = pool.length > 0 && rng.chance(0.7) ? rng.pick(pool) : null;
        const stage = own
          ? gateStage(own)
          : rng.weighted([
              ['VI', 85],
              ['gas', 8],
              ['electric', 5],
              ['unknown', 2],
            ]);
        const plateText =
          own?.plate ?? `晋H${PLATE_LETTERS[rng.int(0, PLATE_LETTERS.length - 1)]}${rng.int(1000, 9999)}`;
        const fuel =
          stage === 'electric' ? 'electric' : stage === 'gas' ? 'gas' : stage === 'unknown' ? 'other' : 'diesel';
        const cargo = rng.pick(['原料', '产品', '燃料煤', '辅料']);
        insert.run(e.id, at, plateText, 'in', stage, fuel, cargo);
        insert.run(e.id, addMinutes(at, rng.int(40, 180)), plateText, 'out', stage, fuel, cargo);
      }
    }
  }
}
