/**
 * The writes of /api/muck (inside the writer's transaction, audited): GPS positions, permits (准运证) and spill
 * reports (沿途抛洒).
 *
 * @module
 */
import type { Polygon, MultiPolygon } from 'geojson';
import { recordAudit } from './audit-log.ts';
import {
  disposalSiteExists,
  readMuckTrucks,
  readPermit,
  readSpill,
  type MuckPermitRecord,
  type SpillRecord,
} from './muck-repository.ts';
import type { Db } from './open-database.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { PermitBody, PermitPatch, PositionsBody, PositionsResult, SpillBody, SpillPatch } from '../schema/muck.ts';
import { createPolygonLocator } from '../spatial/polygon-locator.ts';
import { muckProblem, type MuckProblem } from '../muck/muck-problem.ts';

const actorOf = (user: SessionUser) => ({ id: user.id, username: user.username, role: user.role });

/** CST `YYYY-MM-DDTHH:mm:ss` of an instant (epoch ms). */
function cstSecond(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19);
}

/**
 * Stores a batch of fixes, all or none: every row's truck must be registered (by id or plate, the same truck when
 * both are given) and its moment not after `nowMs`; a fix already held for that truck and second is replaced.
 */
export function storeMuckPositions(
  db: Db,
  user: SessionUser,
  body: PositionsBody,
  nowMs: number,
  at: string,
): Result<PositionsResult, MuckProblem> {
  const trucks = readMuckTrucks(db);
  const byId = new Map(trucks.map((t) => [t.id, t.id]));
  const byPlate = new Map(trucks.map((t) => [t.plate, t.id]));
  const now = cstSecond(nowMs);
  const rows: [string, string, number, number, number | null][] = [];
  for (const [i, fix] of body.positions.entries()) {
    const idFromId = fix.truckId === undefined ? undefined : byId.get(fix.truckId);
    const idFromPlate = fix.plate === undefined ? undefined : byPlate.get(fix.plate);
    const name = `positions[${i}]`;
    if (fix.truckId !== undefined && idFromId === undefined) {
      return err(
        muckProblem(
          'invalid',
          `第 ${i + 1} 条：没有编号为「${fix.truckId}」的渣土车`,
          `${name}: no truck '${fix.truckId}'`,
        ),
      );
    }
    if (fix.plate !== undefined && idFromPlate === undefined) {
      return err(
        muckProblem(
          'invalid',
          `第 ${i + 1} 条：号牌「${fix.plate}」不在渣土车登记中`,
          `${name}: no truck with plate '${fix.plate}'`,
        ),
      );
    }
    if (idFromId !== undefined && idFromPlate !== undefined && idFromId !== idFromPlate) {
      return err(
        muckProblem(
          'invalid',
          `第 ${i + 1} 条：车辆编号与号牌不是同一辆车`,
          `${name}: truckId and plate name different trucks`,
        ),
      );
    }
    if (fix.ts > now) {
      return err(
        muckProblem(
          'invalid',
          `第 ${i + 1} 条：定位时间 ${fix.ts} 晚于当前时间`,
          `${name}: ts ${fix.ts} is in the future`,
        ),
      );
    }
    rows.push([(idFromId ?? idFromPlate) as string, fix.ts, fix.lon, fix.lat, fix.speedKmh]);
  }
  const insert = db.prepare(
    `INSERT INTO muck_positions (truck_id, ts, lon, lat, speed_kmh) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (truck_id, ts) DO UPDATE SET lon = excluded.lon, lat = excluded.lat, speed_kmh = excluded.speed_kmh`,
  );
  for (const row of rows) insert.run(...row);
  const times = rows.map((r) => r[1]).sort();
  const result: PositionsResult = {
    stored: rows.length,
    trucks: new Set(rows.map((r) => r[0])).size,
    from: times[0] as string,
    to: times.at(-1) as string,
  };
  recordAudit(db, actorOf(user), { action: 'muck.positions.import', entity: 'muck_positions', detail: result }, at);
  return ok(result);
}

/** The district's extent: the bounding box of every township. */
function districtExtent(db: Db): { minLon: number; minLat: number; maxLon: number; maxLat: number } {
  return db
    .prepare(
      `SELECT min(min_lon) AS minLon, min(min_lat) AS minLat, max(max_lon) AS maxLon, max(max_lat) AS maxLat
       FROM townships`,
    )
    .get() as { minLon: number; minLat: number; maxLon: number; maxLat: number };
}

type PermitFields = Omit<PermitBody, 'id' | 'truckId' | 'provenance'>;

/** Why a permit's fields are not usable, or null. */
function permitProblem(db: Db, p: PermitFields): MuckProblem | null {
  if (p.validFrom > p.validTo) {
    return muckProblem(
      'invalid',
      '有效期起始日期晚于截止日期',
      `validFrom ${p.validFrom} is after validTo ${p.validTo}`,
    );
  }
  if (p.hoursFrom === p.hoursTo) {
    return muckProblem('invalid', '准运时段的起止时间不能相同', 'hoursFrom and hoursTo must differ');
  }
  if (!disposalSiteExists(db, p.disposalSiteId)) {
    return muckProblem(
      'invalid',
      `没有编号为「${p.disposalSiteId}」的消纳场`,
      `disposalSiteId: no disposal site '${p.disposalSiteId}'`,
    );
  }
  const e = districtExtent(db);
  const outside = p.route.coordinates.findIndex(
    ([lon, lat]) => !(lon >= e.minLon && lon <= e.maxLon && lat >= e.minLat && lat <= e.maxLat),
  );
  if (outside >= 0) {
    return muckProblem(
      'invalid',
      `核准路线第 ${outside + 1} 个点不在本区范围内`,
      `route.coordinates[${outside}] lies outside the district's extent ` +
        `(${e.minLon.toFixed(3)}–${e.maxLon.toFixed(3)}°E, ` +
        `${e.minLat.toFixed(3)}–${e.maxLat.toFixed(3)}°N)`,
    );
  }
  return null;
}

const permitRow = (id: string, truckId: string, p: PermitFields, provenance: string) => [
  id,
  truckId,
  p.siteId,
  p.disposalSiteId,
  JSON.stringify(p.route),
  p.bufferM,
  p.validFrom,
  p.validTo,
  p.hoursFrom,
  p.hoursTo,
  provenance,
  p.source,
];

/** Registers a permit: its truck and disposal site must exist, its id be new. */
export function createPermit(
  db: Db,
  user: SessionUser,
  body: PermitBody,
  at: string,
): Result<MuckPermitRecord, MuckProblem> {
  if (!readMuckTrucks(db).some((t) => t.id === body.truckId)) {
    return err(muckProblem('invalid', `没有编号为「${body.truckId}」的渣土车`, `truckId: no truck '${body.truckId}'`));
  }
  if (readPermit(db, body.id)) {
    return err(muckProblem('conflict', `准运证「${body.id}」已存在`, `permit '${body.id}' already exists`));
  }
  const problem = permitProblem(db, body);
  if (problem) return err(problem);
  db.prepare(
    `INSERT INTO muck_permits (id, truck_id, site_id, disposal_site_id, route, buffer_m, valid_from, valid_to,
       hours_from, hours_to, provenance, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...permitRow(body.id, body.truckId, body, body.provenance));
  const created = readPermit(db, body.id) as MuckPermitRecord;
  recordAudit(
    db,
    actorOf(user),
    { action: 'muck.permit.create', entity: 'muck_permits', entityId: body.id, after: created },
    at,
  );
  return ok(created);
}

/** Changes a permit's fields (not its id or truck). */
export function updatePermit(
  db: Db,
  user: SessionUser,
  id: string,
  patch: PermitPatch,
  at: string,
): Result<MuckPermitRecord, MuckProblem> {
  const before = readPermit(db, id);
  if (!before) return err(muckProblem('not-found', `没有准运证「${id}」`, `no permit '${id}'`));
  const merged: PermitFields = {
    siteId: patch.siteId ?? before.siteId,
    disposalSiteId: patch.disposalSiteId ?? before.disposalSiteId,
    route: patch.route ?? {
      type: 'LineString',
      coordinates: before.route.map(([lon, lat]) => [lon, lat] as [number, number]),
    },
    bufferM: patch.bufferM ?? before.bufferM,
    validFrom: patch.validFrom ?? before.validFrom,
    validTo: patch.validTo ?? before.validTo,
    hoursFrom: patch.hoursFrom ?? before.hoursFrom,
    hoursTo: patch.hoursTo ?? before.hoursTo,
    source: patch.source ?? before.source,
  };
  const problem = permitProblem(db, merged);
  if (problem) return err(problem);
  db.prepare(
    `UPDATE muck_permits SET site_id = ?, disposal_site_id = ?, route = ?, buffer_m = ?, valid_from = ?, valid_to = ?,
       hours_from = ?, hours_to = ?, source = ? WHERE id = ?`,
  ).run(...permitRow(id, before.truckId, merged, before.provenance).slice(2, 10), merged.source, id);
  const after = readPermit(db, id) as MuckPermitRecord;
  recordAudit(
    db,
    actorOf(user),
    { action: 'muck.permit.update', entity: 'muck_permits', entityId: id, before, after },
    at,
  );
  return ok(after);
}

/** The township (9-digit code) holding a position, or null outside the district. */
export function locateTownship(db: Db, lon: number, lat: number): string | null {
  const rows = db.prepare('SELECT code, geometry FROM townships ORDER BY code').all() as {
    code: string;
    geometry: string;
  }[];
  return createPolygonLocator(
    rows.map((t) => ({ id: t.code, geometry: JSON.parse(t.geometry) as Polygon | MultiPolygon })),
  )(lon, lat);
}

/**
 * Records a spill report at `township` (located by the caller): a named truck must be registered; a plate links the
 * registered truck that carries it (kept as text when none does).
 */
export function recordSpill(
  db: Db,
  user: SessionUser,
  body: SpillBody,
  township: string,
  reportedAt: string,
  at: string,
): Result<SpillRecord, MuckProblem> {
  const trucks = readMuckTrucks(db);
  const byId = body.truckId === undefined ? undefined : trucks.find((t) => t.id === body.truckId);
  if (body.truckId !== undefined && !byId) {
    return err(muckProblem('invalid', `没有编号为「${body.truckId}」的渣土车`, `truckId: no truck '${body.truckId}'`));
  }
  const byPlate = body.plate === undefined ? undefined : trucks.find((t) => t.plate === body.plate);
  if (byId && body.plate !== undefined && byId.plate !== body.plate) {
    return err(muckProblem('invalid', '车辆编号与号牌不是同一辆车', 'truckId and plate name different trucks'));
  }
  const truck = byId ?? byPlate ?? null;
  const info = db
    .prepare(
      `INSERT INTO spill_reports (reported_at, lon, lat, township_code, truck_id, plate, reporter, description, status,
         closed_at, provenance, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', NULL, 'official', ?, ?)`,
    )
    .run(
      reportedAt,
      body.lon,
      body.lat,
      township,
      truck?.id ?? null,
      body.plate ?? truck?.plate ?? null,
      body.reporter,
      body.description,
      user.username,
      at,
    );
  const created = readSpill(db, Number(info.lastInsertRowid)) as SpillRecord;
  recordAudit(
    db,
    actorOf(user),
    { action: 'muck.spill.create', entity: 'spill_reports', entityId: created.id, after: created },
    at,
  );
  return ok(created);
}

/** Closes an open spill report (cleaned up or penalized) at `closedAt`, not before it was reported. */
export function closeSpill(
  db: Db,
  user: SessionUser,
  id: number,
  patch: SpillPatch,
  closedAt: string,
  at: string,
): Result<SpillRecord, MuckProblem> {
  const before = readSpill(db, id);
  if (!before) return err(muckProblem('not-found', `没有第 ${id} 号抛洒报告`, `no spill report ${id}`));
  if (before.status !== 'open') {
    return err(muckProblem('conflict', `第 ${id} 号抛洒报告已处置`, `spill report ${id} is already ${before.status}`));
  }
  if (closedAt < before.reportedAt) {
    return err(
      muckProblem('invalid', '处置时间早于报告时间', `closedAt ${closedAt} is before reportedAt ${before.reportedAt}`),
    );
  }
  db.prepare('UPDATE spill_reports SET status = ?, closed_at = ? WHERE id = ?').run(patch.status, closedAt, id);
  const after = readSpill(db, id) as SpillRecord;
  recordAudit(
    db,
    actorOf(user),
    { action: 'muck.spill.update', entity: 'spill_reports', entityId: id, before, after },
    at,
  );
  return ok(after);
}
