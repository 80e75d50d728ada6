/**
 * A small, known set of issue-16 records for the statistics, report and route tests: it empties the issue-16
 * tables of a seeded database (whatever the demo generators put there) and inserts records around
 * {@link CENTRE} at the boundaries the statistics and the report must get right.
 */
import type { Polygon, Position } from 'geojson';
import type { Db } from '../../server/db/open-database.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';

/** In the city (the default depot). */
export const CENTRE: [number, number] = [112.7335, 38.4172];
const [X, Y] = CENTRE;

/** A 0.01° square (about 0.87 × 1.1 km) around the centre: the built-up area. */
export const BUILT_UP: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [X - 0.005, Y - 0.005],
      [X + 0.005, Y - 0.005],
      [X + 0.005, Y + 0.005],
      [X - 0.005, Y + 0.005],
      [X - 0.005, Y - 0.005],
    ],
  ],
};

/** A road leaving the centre eastwards for 0.3° (about 26 km: it crosses township boundaries), behind schedule. */
export const LONG_ROAD: Position[] = [
  [X, Y],
  [X + 0.1, Y + 0.01],
  [X + 0.3, Y + 0.012],
];
/** A short road in the centre, swept exactly one interval (24 h) before the default as-of: on schedule. */
export const SHORT_ROAD: Position[] = [
  [X - 0.002, Y],
  [X + 0.002, Y + 0.001],
];

const tables = [
  'road_dust_loads',
  'road_cleanings',
  'road_segments',
  'road_cleaning_standards',
  'stockyard_inspections',
  'stockyards',
  'spill_reports',
  'muck_positions',
  'muck_permits',
  'muck_trucks',
  'disposal_sites',
  'repair_shop_inspections',
  'repair_shops',
  'roadside_checks',
  'checkpoints',
  'vehicles',
  'built_up_areas',
];

function bboxOf(line: Position[]) {
  const xs = line.map((p) => p[0] as number);
  const ys = line.map((p) => p[1] as number);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The township holding `position`. */
export function townshipAt(db: Db, position: Position): string {
  const rows = db.prepare('SELECT code, geometry FROM townships ORDER BY code').all() as {
    code: string;
    geometry: string;
  }[];
  const hit = rows.find((r) => pointInPolygon(position, JSON.parse(r.geometry)));
  if (!hit) throw new Error(`no township holds ${JSON.stringify(position)}`);
  return hit.code;
}

/** Replaces the issue-16 records of `db` with the fixture set. */
export function insertVehiclesDustFixtures(db: Db): void {
  const t = townshipAt(db, CENTRE);
  const src = '测试数据';
  db.transaction(() => {
    for (const table of tables) db.prepare(`DELETE FROM ${table}`).run();
    db.prepare("DELETE FROM alerts WHERE rule LIKE 'muck-%'").run();
    db.prepare(
      `INSERT INTO built_up_areas VALUES ('bu-1', '测试建成区', ?, ?, ?, ?, ?, ?, ?, ?, 0.95, '2020-01-01', 1,
        'synthetic', ?)`,
    ).run(t, JSON.stringify(BUILT_UP), X - 0.005, Y - 0.005, X + 0.005, Y + 0.005, X, Y, src);

    const vehicle = db.prepare(
      `INSERT INTO vehicles VALUES (@id, @plate, @category, @fuel, @stage, 0, '测试单位', NULL, @registered, @status,
        @statusOn, NULL, 'transport', @t, @lon, @lat, 'synthetic', @src)`,
    );
    const v = { t, src, lon: X + 0.001, lat: Y, status: 'in-use', statusOn: null, registered: '2018-05-01' };
    vehicle.run({ ...v, id: 'v-dirty', plate: '晋H00001', category: 'heavy-truck', fuel: 'diesel', stage: 'IV' });
    vehicle.run({
      ...v,
      id: 'v-scrapped',
      plate: '晋H00002',
      category: 'tractor-unit',
      fuel: 'diesel',
      stage: 'III',
      status: 'scrapped',
      statusOn: '2023-12-10',
    });
    vehicle.run({ ...v, id: 'v-ev', plate: '晋H00003', category: 'sanitation', fuel: 'electric', stage: 'new-energy' });
    vehicle.run({ ...v, id: 'v-bus', plate: '晋H00004', category: 'bus', fuel: 'diesel', stage: 'IV' });
    vehicle.run({
      ...v,
      id: 'v-future',
      plate: '晋H00005',
      category: 'heavy-truck',
      fuel: 'diesel',
      stage: 'IV',
      registered: '2024-01-05',
    });

    db.prepare(`INSERT INTO checkpoints VALUES ('cp-1', '测试路检点', 'fixed', ?, ?, ?, 'synthetic', ?)`).run(
      t,
      X + 0.002,
      Y + 0.002,
      src,
    );
    const check = db.prepare(
      `INSERT INTO roadside_checks (checkpoint_id, checked_at, plate, fuel, devices, obd, emission_test, outcome,
        agencies, inspector, provenance, recorded_at)
       VALUES ('cp-1', ?, '晋H00001', 'diesel', ?, 'ok', 'not-tested', 'pass', '生态环境', '测试', 'synthetic',
        '2023-12-31T00:00:00Z')`,
    );
    check.run('2023-12-01T00:00', 'ok'); // first minute of the month; inside the 30 days too
    check.run('2023-12-15T10:00', 'tampered');
    check.run('2023-12-31T23:00', 'ok'); // at the as-of: counted
    check.run('2023-11-15T10:00', 'missing'); // before the month and the window

    db.prepare(
      `INSERT INTO repair_shops VALUES ('rs-1', '测试维修厂', 'class-2', 1, NULL, ?, ?, ?, 'synthetic', ?)`,
    ).run(t, X - 0.002, Y + 0.002, src);
    db.prepare(
      `INSERT INTO repair_shop_inspections (shop_id, inspected_on, aftertreatment_removal, obd_tampering,
        ledger_complete, outcome, rectified_on, inspector, provenance, recorded_at)
       VALUES ('rs-1', '2023-12-05', 0, 1, 1, 'rectify', NULL, '测试', 'synthetic', '2023-12-05T00:00:00Z')`,
    ).run();

    db.prepare(
      `INSERT INTO muck_trucks VALUES ('mt-1', '晋H0M001', '测试渣土公司', 'diesel', 'VI', 1, 'gps-1', ?, ?, ?,
        'synthetic', ?)`,
    ).run(t, X + 0.003, Y - 0.003, src);
    db.prepare(
      `INSERT INTO muck_trucks VALUES ('mt-2', '晋H0M002', '测试渣土公司', 'diesel', 'VI', 1, 'gps-2', ?, ?, ?,
        'synthetic', ?)`,
    ).run(t, X + 0.003, Y - 0.002, src);
    const alert = db.prepare(
      `INSERT INTO alerts (rule, task, severity, layer, entity_id, township_code, title, detail, since, raised_at,
        last_seen_at, cleared_at, status, assignee)
       VALUES (?, 11, 'violation', 'muck-trucks', ?, ?, '{"zh":"t","en":"t"}', '{"zh":"d","en":"d"}', NULL, ?, ?,
        NULL, 'open', NULL)`,
    );
    alert.run('muck-off-route', 'mt-1', t, '2023-12-20T23:40', '2023-12-20T23:40');
    alert.run('muck-out-of-hours', 'mt-1', t, '2023-12-20T23:40', '2023-12-20T23:40');
    alert.run('muck-off-route', 'mt-2', t, '2023-11-30T23:59', '2023-11-30T23:59'); // the month before

    db.prepare(
      `INSERT INTO road_cleaning_standards VALUES ('arterial', 24, NULL, '测试', 'synthetic'),
        ('branch', 24, NULL, '测试', 'synthetic')`,
    ).run();
    const road = db.prepare(
      `INSERT INTO road_segments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, '测试环卫', 'synthetic', ?)`,
    );
    for (const [id, roadClass, line] of [
      ['rd-long', 'arterial', LONG_ROAD],
      ['rd-short', 'branch', SHORT_ROAD],
    ] as const) {
      const [minX, minY, maxX, maxY] = bboxOf(line);
      road.run(
        id,
        id,
        roadClass,
        t,
        JSON.stringify({ type: 'LineString', coordinates: line }),
        minX,
        minY,
        maxX,
        maxY,
        X,
        Y,
        src,
      );
    }
    const sweep = db.prepare(
      `INSERT INTO road_cleanings (segment_id, done_at, kind, vehicle_plate, origin, provenance)
       VALUES (?, ?, 'wet-sweep', NULL, 'log', 'synthetic')`,
    );
    sweep.run('rd-long', '2023-12-30T22:59'); // 24 h 1 min before the as-of: behind
    sweep.run('rd-short', '2023-12-30T23:00'); // exactly 24 h: on schedule

    const yard = db.prepare(
      `INSERT INTO stockyards VALUES (?, ?, 'commercial', 'sand', NULL, ?, ?, ?, ?, 'synthetic', ?)`,
    );
    yard.run('sy-ok', '合规堆场', 1000, t, X - 0.003, Y - 0.003, src);
    yard.run('sy-bad', '未苫盖堆场', 2500, t, X - 0.003, Y - 0.002, src);
    yard.run('sy-new', '未检查堆场', 500, t, X - 0.003, Y - 0.001, src);
    const inspect = db.prepare(
      `INSERT INTO stockyard_inspections (stockyard_id, inspected_on, enclosure, cover, spraying, wheel_washing,
        hard_surface, inspector, provenance, recorded_at)
       VALUES (?, '2023-12-20', 1, ?, 1, 1, 1, '测试', 'synthetic', '2023-12-20T00:00:00Z')`,
    );
    inspect.run('sy-ok', 1);
    inspect.run('sy-bad', 0);
  })();
}
