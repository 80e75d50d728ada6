/**
 * Roadside and OBD checks (路检路查) and vehicle repair shops (机动车维修机构), issue 16, task 16: 8 checkpoints (the
 * district's four entrances on the trunk roads of geodata/xinfu-roads.synthetic.geojson, two fixed on trunk roads
 * out of the city, one mobile, one remote-sensing site), checks through the demo year (a few per checkpoint per
 * week; hits around 10 %, more for old diesel trucks; most plates from the vehicle register, seeded before), a
 * passing re-check for most registered vehicles found at fault, ~25 repair shops in the towns with their
 * inspections, two of them with an open finding at the year's end. Deterministic from `ctx.rngFor`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString } from 'geojson';
import { defaultRoadNetworkFile } from '../../server/config.ts';
import type { Db } from '../../server/db/open-database.ts';
import type { CheckOutcome, CheckpointKind, DeviceCheck, ObdCheck } from '../../server/schema/enums/roadside-check.ts';
import type { RepairShopCategory } from '../../server/schema/enums/repair-shop.ts';
import type { VehicleEmissionStage, VehicleFuel } from '../../server/schema/enums/vehicle.ts';
import { addDays, addMinutes, cstInstant, formatDate } from '../../server/time/cst.ts';
import { insertRows } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';
import { randomPointNear, round6 } from './geo-sampler.ts';
import { personName } from './names.ts';

/** The `source` of every seeded checkpoint. */
export const CHECKPOINT_SOURCE =
  '演示数据（合成）：入城口检查站位于合成路网的出区干线上，固定、流动和遥感' +
  '监测点位于城区外围干线上，均为示意位置；请以导入的路检路查点位替换。';

/** The `source` of every seeded repair shop. */
export const REPAIR_SHOP_SOURCE =
  '演示数据（合成）：维修机构名称、类别、许可证号和位置（乡镇驻地附近）均为随机生成；请以交通运输部门的机动车维修' +
  '经营备案台账替换。';

/** The demo's last moment of checks (its default as-of). */
const LAST_CHECK = (year: number) => `${year}-12-31T23:00`;

interface VehicleRow {
  id: string;
  plate: string;
  category: string;
  fuel: VehicleFuel;
  emission_stage: VehicleEmissionStage;
  registered_on: string;
  status: string;
  status_on: string | null;
}

interface CheckpointSeed {
  id: string;
  name: string;
  kind: CheckpointKind;
  point: [number, number];
  perWeek: number;
  agencies: string;
}

const entranceNames: Record<string, string> = {
  'X-dingxiang': '往定襄方向',
  'X-jingle': '往静乐方向',
  'X-yangqu': '往阳曲方向',
  'X-yuanping': '往原平方向',
};

/** The point `t` of the way along a line's first-to-last vertex (0 = start, 1 = end). */
function alongLine(line: LineString, t: number): [number, number] {
  const first = line.coordinates[0] ?? [0, 0];
  const last = line.coordinates[line.coordinates.length - 1] ?? first;
  return [
    round6((first[0] ?? 0) + ((last[0] ?? 0) - (first[0] ?? 0)) * t),
    round6((first[1] ?? 0) + ((last[1] ?? 0) - (first[1] ?? 0)) * t),
  ];
}

function checkpointSeeds(ctx: GeneratorContext): CheckpointSeed[] {
  const roads = JSON.parse(readFileSync(defaultRoadNetworkFile, 'utf8')) as FeatureCollection<LineString>;
  const line = (id: string) => roads.features.find((f) => f.properties?.id === id)?.geometry;
  /** The point nearest `t` on the road that lies in the county (entrances sit just inside the boundary). */
  const onRoad = (id: string, t: number): [number, number] | null => {
    const road = line(id);
    if (!road) return null;
    for (let k = 0; k <= 8; k++) {
      const point = alongLine(road, t - k * 0.1);
      if (ctx.locate(point)) return point;
    }
    return null;
  };
  const seeds: CheckpointSeed[] = [];
  const add = (
    kind: CheckpointKind,
    name: string,
    point: [number, number] | null,
    perWeek: number,
    agencies: string,
  ) => {
    if (point)
      seeds.push({ id: `CP${String(seeds.length + 1).padStart(2, '0')}`, name, kind, point, perWeek, agencies });
  };
  const joint = 'ecology-environment,traffic-police,transport';
  for (const [road, direction] of Object.entries(entranceNames)) {
    add('entrance', `忻府区${direction}入城口检查站`, onRoad(road, 0.85), 3, joint);
  }
  add(
    'fixed',
    '云中路—奇村干线固定检查点',
    onRoad('T-140902004-140902101', 0.35),
    3,
    'ecology-environment,traffic-police',
  );
  add(
    'fixed',
    '九原街—董村干线固定检查点',
    onRoad('T-140902005-140902105', 0.5),
    3,
    'ecology-environment,traffic-police',
  );
  add(
    'remote-sensing',
    '新建路—旭来街机动车尾气遥感监测点',
    onRoad('T-140902003-140902006', 0.5),
    6,
    'ecology-environment',
  );
  const seat = ctx.subdistricts[0]?.seat;
  const mobile = seat ? randomPointNear(ctx.rngFor('checkpoints'), seat, 1500, ctx.county) : null;
  add('mobile', '城区流动检查组（柴油货车夜查）', mobile, 2, 'ecology-environment,traffic-police');
  return seeds;
}

/** Hit probability of a check by fuel and stage: old diesel trucks fail far more often. */
function hitProbability(fuel: VehicleFuel, stage: VehicleEmissionStage | null): number {
  if (fuel === 'electric' || fuel === 'hydrogen' || stage === 'new-energy') return 0;
  if (fuel === 'diesel') return { I: 0.4, II: 0.4, III: 0.3, IV: 0.2, V: 0.09, VI: 0.04 }[stage ?? 'IV'] ?? 0.1;
  return 0.05;
}

const outsidePrefixes = ['晋A', '晋M', '晋K', '冀F', '蒙B', '晋H'];
const SERIAL = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

function outsideVehicle(rng: Rng): { plate: string; fuel: VehicleFuel; stage: VehicleEmissionStage } {
  let serial = '';
  for (let i = 0; i < 5; i++) serial += i < 1 ? rng.pick([...SERIAL]) : String(rng.int(0, 9));
  const fuel = rng.weighted<VehicleFuel>([
    ['diesel', 0.8],
    ['gas', 0.12],
    ['gasoline', 0.08],
  ]);
  const stage = rng.weighted<VehicleEmissionStage>([
    ['III', 0.05],
    ['IV', 0.2],
    ['V', 0.35],
    ['VI', 0.4],
  ]);
  return { plate: rng.pick(outsidePrefixes) + serial, fuel, stage };
}

interface CheckRow {
  checkpoint_id: string;
  checked_at: string;
  plate: string;
  vehicle_id: string | null;
  fuel: VehicleFuel;
  emission_stage: VehicleEmissionStage | null;
  devices: DeviceCheck;
  obd: ObdCheck;
  emission_test: 'pass' | 'fail' | 'not-tested';
  test_method: 'free-acceleration' | 'lug-down' | 'remote-sensing' | null;
  test_value: number | null;
  outcome: CheckOutcome;
  agencies: string;
  inspector: string;
  note: string | null;
  provenance: 'synthetic';
  recorded_at: string;
}

/** One check's results: a hit with probability `p` (remote sensing sees only the exhaust plume). */
function checkResults(rng: Rng, point: CheckpointSeed, fuel: VehicleFuel, hit: boolean) {
  const remote = point.kind === 'remote-sensing';
  const electric = fuel === 'electric' || fuel === 'hydrogen';
  let devices: DeviceCheck = remote || electric ? 'not-checked' : 'ok';
  let obd: ObdCheck = remote ? 'not-checked' : electric ? 'not-equipped' : 'ok';
  let test: CheckRow['emission_test'] = electric || (!remote && rng.chance(0.2)) ? 'not-tested' : 'pass';
  if (hit) {
    const problem = remote
      ? 'emission'
      : rng.weighted([
          ['emission', 0.45],
          ['obd-fault', 0.3],
          ['devices', 0.15],
          ['obd-tampered', 0.1],
        ] as const);
    if (problem === 'emission') test = 'fail';
    else if (problem === 'obd-fault') obd = 'fault';
    else if (problem === 'obd-tampered') obd = 'tampered';
    else devices = rng.chance(0.5) ? 'tampered' : 'missing';
  }
  const method: CheckRow['test_method'] =
    test === 'not-tested' ? null : remote ? 'remote-sensing' : rng.chance(0.8) ? 'free-acceleration' : 'lug-down';
  const value =
    test === 'not-tested'
      ? null
      : Math.round((test === 'fail' ? rng.range(1.3, 3.4) : rng.range(0.1, 0.9)) * 100) / 100;
  const tampering = devices === 'tampered' || devices === 'missing' || obd === 'tampered';
  const outcome: CheckOutcome = !hit ? 'pass' : tampering ? 'fined' : rng.chance(0.7) ? 'repair-order' : 'warning';
  return { devices, obd, emission_test: test, test_method: method, test_value: value, outcome };
}

function inUseOn(v: VehicleRow, day: string): boolean {
  return v.registered_on <= day && (v.status === 'in-use' || (v.status_on !== null && v.status_on > day));
}

/** A vehicle of `pool` in use on `day` (a few random draws; null when none of them is). */
function pickInUse(rng: Rng, pool: readonly VehicleRow[], day: string): VehicleRow | null {
  for (let attempt = 0; attempt < 8 && pool.length > 0; attempt++) {
    const vehicle = rng.pick(pool);
    if (inUseOn(vehicle, day)) return vehicle;
  }
  return null;
}

/** Seeds checkpoints, checks, repair shops and their inspections (after the vehicle register). */
export function seedRoadsideChecks(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('roadside-checks');
  const points = checkpointSeeds(ctx);
  insertRows(
    db,
    'checkpoints',
    points.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      township_code: ctx.townshipOf(p.point),
      lon: p.point[0],
      lat: p.point[1],
      provenance: 'synthetic',
      source: CHECKPOINT_SOURCE,
    })),
  );
  const vehicles = db
    .prepare(
      `SELECT id, plate, category, fuel, emission_stage, registered_on, status, status_on FROM vehicles
       WHERE category IN ('heavy-truck', 'medium-truck', 'light-truck', 'tractor-unit', 'muck-truck', 'bus',
         'sanitation', 'postal', 'express', 'other') ORDER BY id`,
    )
    .all() as VehicleRow[];
  const trucks = vehicles.filter((v) => v.category.endsWith('truck') || v.category === 'tractor-unit');
  const inspectors = Array.from({ length: 6 }, () => personName(rng));
  const end = LAST_CHECK(ctx.year);
  const rows: CheckRow[] = [];
  const push = (point: CheckpointSeed, at: string, vehicle: VehicleRow | null, hitChance: number | 'pass') => {
    const outside = vehicle ? null : outsideVehicle(rng);
    const fuel = vehicle?.fuel ?? outside?.fuel ?? 'diesel';
    const stage = vehicle ? vehicle.emission_stage : (outside?.stage ?? null);
    const hit = hitChance !== 'pass' && rng.chance(hitChance * hitProbability(fuel, stage));
    const results = checkResults(rng, point, fuel, hit);
    rows.push({
      checkpoint_id: point.id,
      checked_at: at,
      plate: vehicle?.plate ?? outside?.plate ?? '',
      vehicle_id: vehicle?.id ?? null,
      fuel,
      emission_stage: point.kind === 'remote-sensing' && !vehicle ? null : stage,
      ...results,
      agencies: point.agencies,
      inspector: rng.pick(inspectors),
      note: hitChance === 'pass' ? '复检合格' : null,
      provenance: 'synthetic',
      recorded_at: cstInstant(addMinutes(at, 60)).toISOString(),
    });
    return results.outcome !== 'pass';
  };
  const recheckPoints = points.filter((p) => p.kind !== 'remote-sensing');
  const weeks = 52;
  for (const point of points) {
    const perWeek = Math.max(1, Math.round(point.perWeek * ctx.scale));
    for (let week = 0; week < weeks; week++) {
      for (let k = 0; k < perWeek; k++) {
        const day = addDays(formatDate(ctx.year, 1, 2), week * 7 + rng.int(0, 6));
        const night = point.kind === 'mobile' || (point.kind === 'entrance' && rng.chance(0.25));
        const hour = night ? rng.pick([20, 21, 22, 23]) : rng.int(8, 17);
        const at = `${day}T${String(hour).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
        if (at > end) continue;
        const vehicle = rng.chance(0.8) ? pickInUse(rng, rng.chance(0.7) ? trucks : vehicles, day) : null;
        const hit = push(point, at, vehicle, 1);
        // most vehicles found at fault come back for a passing re-check within the period
        if (hit && vehicle && rng.chance(0.85)) {
          const again = addMinutes(at, rng.int(2, 13) * 24 * 60 + rng.int(-120, 120));
          if (again <= end && inUseOn(vehicle, again.slice(0, 10)))
            push(rng.pick(recheckPoints), again, vehicle, 'pass');
        }
      }
    }
  }
  rows.sort((a, b) => (a.checked_at < b.checked_at ? -1 : a.checked_at > b.checked_at ? 1 : 0));
  insertRows(
    db,
    'roadside_checks',
    rows.map((row) => ({ ...row })),
  );
  seedRepairShops(db, ctx);
}

const shopWords = [
  '顺达',
  '通达',
  '安顺',
  '鑫源',
  '宏运',
  '恒通',
  '金轮',
  '永盛',
  '华运',
  '路通',
  '昌盛',
  '利民',
  '众诚',
];
const categorySuffix: Record<RepairShopCategory, string> = {
  'class-1': '汽车维修有限公司',
  'class-2': '汽车修理厂',
  'class-3': '汽修服务部',
};

/** ~25 repair shops near the towns' seats (more in the city) and 0–3 inspections each in the year. */
function seedRepairShops(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('repair-shops');
  const count = Math.max(4, Math.round(25 * ctx.scale));
  const shops = [];
  const inspections = [];
  const used = new Set<string>();
  const inspectors = Array.from({ length: 4 }, () => personName(rng));
  const openShops = new Set([2, 11].filter((i) => i < count));
  for (let i = 0; i < count; i++) {
    const township = i % 2 === 0 ? rng.pick(ctx.subdistricts) : rng.pick(ctx.ref.townships);
    const point = randomPointNear(rng, township.seat, 1200, township.geometry);
    const category = rng.weighted<RepairShopCategory>([
      ['class-1', 0.2],
      ['class-2', 0.5],
      ['class-3', 0.3],
    ]);
    let name = '';
    for (let n = 0; name === '' || used.has(name); n++) {
      const place = township.name.replace(/(街道|镇|乡)$/, '');
      name = `忻州市${place}${rng.pick(shopWords)}${n > 2 ? n : ''}${categorySuffix[category]}`;
    }
    used.add(name);
    const id = `RS${String(i + 1).padStart(3, '0')}`;
    shops.push({
      id,
      name,
      category,
      emissions_repair: category !== 'class-3' && rng.chance(0.3) ? 1 : 0,
      licence: category === 'class-3' && rng.chance(0.4) ? null : `晋交运管许可忻字${140902000 + i * 7}号`,
      township_code: ctx.townshipOf(point),
      lon: point[0],
      lat: point[1],
      provenance: 'synthetic',
      source: REPAIR_SHOP_SOURCE,
    });
    const visits = rng.weighted([
      [0, 0.12],
      [1, 0.4],
      [2, 0.33],
      [3, 0.15],
    ] as const);
    const days = Array.from({ length: visits }, () => addDays(formatDate(ctx.year, 1, 10), rng.int(0, 320))).sort();
    for (const day of days) {
      const removal = rng.chance(0.06);
      const tampering = rng.chance(0.05);
      const ledger = !rng.chance(0.15);
      const finding = removal || tampering;
      inspections.push({
        shop_id: id,
        inspected_on: day,
        aftertreatment_removal: removal ? 1 : 0,
        obd_tampering: tampering ? 1 : 0,
        ledger_complete: ledger ? 1 : 0,
        outcome: finding ? (rng.chance(0.5) ? 'fined' : 'rectify') : ledger ? 'compliant' : 'rectify',
        rectified_on: finding || !ledger ? addDays(day, rng.int(5, 25)) : null,
        inspector: rng.pick(inspectors),
        note: null,
        provenance: 'synthetic',
        recorded_at: cstInstant(`${day}T18:00`).toISOString(),
      });
    }
    if (openShops.has(i)) {
      const day = formatDate(ctx.year, 12, rng.int(5, 20));
      const removal = i === 2;
      inspections.push({
        shop_id: id,
        inspected_on: day,
        aftertreatment_removal: removal ? 1 : 0,
        obd_tampering: removal ? 0 : 1,
        ledger_complete: 0,
        outcome: 'rectify',
        rectified_on: null,
        inspector: rng.pick(inspectors),
        note: removal ? '现场发现为货车拆除 DPF 的作业痕迹' : '检测设备中发现 OBD 屏蔽器',
        provenance: 'synthetic',
        recorded_at: cstInstant(`${day}T18:00`).toISOString(),
      });
    }
  }
  insertRows(db, 'repair_shops', shops);
  insertRows(db, 'repair_shop_inspections', inspections);
}
