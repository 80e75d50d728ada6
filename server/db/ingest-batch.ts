import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database.ts';
import type { CpItem } from '../hj212/contract.ts';
import type { DeviceEntityLayer, DeviceKind } from '../schema/enums/device-kind.ts';
import { DEVICE_OFFLINE_AFTER_INTERVALS } from '../schema/enums/device-kind.ts';
import { addMinutes } from '../time/cst.ts';
import { mapAmbientHour } from '../ingest/map-ambient-hour.ts';
import { prepareWindUpsert, windOfAmbientItems } from './air-surface-wind.ts';
import { mapStackHour } from '../ingest/map-stack-hour.ts';

/** An accepted data packet (after reassembly), waiting for its batch's commit. */
export interface AcceptedPacket {
  mn: string;
  st: string;
  cn: string;
  /** DataTime as 'YYYY-MM-DDTHH:mm:ss' CST. */
  dataTime: string;
  /** Receipt, epoch ms. */
  receivedAt: number;
  items: Record<string, CpItem>;
  device: { kind: DeviceKind; entityLayer: DeviceEntityLayer; entityId: string; intervalS: number };
  /** The frame as received, its PW redacted (devices.last_packet). */
  lastPacket: string;
}

/** A refused packet or frame, logged in device_errors (and counted on its device when `counted`). */
export interface Refusal {
  /** The MN the packet named (null: unreadable). */
  mn: string | null;
  /** The QnRtn, or the ingest's own reason id. */
  code: string;
  message: string;
  /** The frame's first 512 characters, PW redacted. */
  raw: string;
  /** The MN is a registered device: its `refused` counter and last error are updated. */
  counted: boolean;
  /** Log a device_errors row (a flood of rate-limited refusals is counted, mostly not logged). */
  log: boolean;
}

/** What one ingest commit writes. */
export interface IngestBatch {
  packets: AcceptedPacket[];
  refusals: Refusal[];
  /** The commit's time, epoch ms (devices' `*_at`). */
  at: number;
}

/** How each packet of a batch landed. */
export type PacketStored = 'new' | 'duplicate' | 'failed';

export interface BatchOutcome {
  stored: PacketStored[];
  /** The dataset's new present ('YYYY-MM-DDTHH:mm') when an hour newer than it arrived, else null. */
  present: string | null;
}

/** Rows of device_errors kept per MN (the newest). */
export const DEVICE_ERRORS_KEPT = 200;

const hourEnd = (dataTime: string) => addMinutes(`${dataTime.slice(0, 13)}:00`, 60);

interface Statements {
  data: Statement;
  station: Statement;
  /** issue 18: the station hour's wind (db/air-surface-wind.ts) */
  wind: Statement;
  outlet: Statement;
  counters: Statement;
  error: Statement;
  trim: Statement;
  present: Statement;
  movePresent: Statement;
}

const prepared = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  const held = prepared.get(db);
  if (held) return held;
  const made: Statements = {
    data: db.prepare(
      'INSERT OR IGNORE INTO device_data (mn, cn, data_time, received_at, items) VALUES (?, ?, ?, ?, ?)',
    ),
    // rows for an entity since deleted are skipped (the foreign key would fail the whole batch)
    station: db.prepare(
      `INSERT INTO station_readings (station_code, ts, so2, no2, pm10, pm25, co, o3)
       SELECT @entity, @ts, @so2, @no2, @pm10, @pm25, @co, @o3
        WHERE EXISTS (SELECT 1 FROM stations WHERE code = @entity)
       ON CONFLICT (station_code, ts) DO UPDATE SET so2 = excluded.so2, no2 = excluded.no2, pm10 = excluded.pm10,
         pm25 = excluded.pm25, co = excluded.co, o3 = excluded.o3`,
    ),
    wind: prepareWindUpsert(db),
    outlet: db.prepare(
      `INSERT INTO outlet_readings
         (outlet_id, ts, pm, so2, nox, o2, flow, temp, moisture, pm_cou, so2_cou, nox_cou, flags)
       SELECT @entity, @ts, @pm, @so2, @nox, @o2, @flow, @temp, @moisture, @pmCou, @so2Cou, @noxCou, @flags
        WHERE EXISTS (SELECT 1 FROM outlets WHERE id = @entity)
       ON CONFLICT (outlet_id, ts) DO UPDATE SET pm = excluded.pm, so2 = excluded.so2, nox = excluded.nox,
         o2 = excluded.o2, flow = excluded.flow, temp = excluded.temp, moisture = excluded.moisture,
         pm_cou = excluded.pm_cou, so2_cou = excluded.so2_cou, nox_cou = excluded.nox_cou, flags = excluded.flags`,
    ),
    // SET reads the old row: online_since moves only when the device was never seen or offline
    counters: db.prepare(
      `UPDATE devices SET
         accepted = accepted + @accepted, duplicates = duplicates + @duplicates, refused = refused + @refused,
         online_since = CASE WHEN @seen = 1 AND (last_seen_at IS NULL OR last_seen_at < @offlineBefore)
           THEN @at ELSE online_since END,
         last_seen_at = CASE WHEN @seen = 1 THEN @at ELSE last_seen_at END,
         last_data_time = CASE WHEN @dataTime IS NOT NULL AND (last_data_time IS NULL OR last_data_time < @dataTime)
           THEN @dataTime ELSE last_data_time END,
         last_packet = coalesce(@packet, last_packet),
         last_error = coalesce(@error, last_error),
         last_error_at = CASE WHEN @error IS NOT NULL THEN @at ELSE last_error_at END
       WHERE mn = @mn`,
    ),
    error: db.prepare('INSERT INTO device_errors (mn, at, code, message, raw) VALUES (?, ?, ?, ?, ?)'),
    trim: db.prepare(
      `DELETE FROM device_errors WHERE mn IS @mn AND id <= (
         SELECT id FROM device_errors WHERE mn IS @mn ORDER BY id DESC LIMIT 1 OFFSET ${DEVICE_ERRORS_KEPT})`,
    ),
    present: db.prepare("SELECT value FROM dataset_meta WHERE key = 'default_as_of'").pluck(),
    movePresent: db.prepare(
      `INSERT INTO dataset_meta (key, value) VALUES ('default_as_of', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
  };
  prepared.set(db, made);
  return made;
}

interface DeviceTally {
  accepted: number;
  duplicates: number;
  refused: number;
  seen: boolean;
  intervalS: number;
  dataTime: string | null;
  packet: string | null;
  error: string | null;
}

const tallyOf = (tallies: Map<string, DeviceTally>, mn: string, intervalS: number) => {
  let tally = tallies.get(mn);
  if (!tally) {
    tally = {
      accepted: 0,
      duplicates: 0,
      refused: 0,
      seen: false,
      intervalS,
      dataTime: null,
      packet: null,
      error: null,
    };
    tallies.set(mn, tally);
  }
  return tally;
};

/** Writes one accepted packet's rows; returns whether it was new and the hour-end label it wrote, if any. */
function writePacket(s: Statements, p: AcceptedPacket): { fresh: boolean; ts: string | null } {
  const fresh = s.data.run(p.mn, p.cn, p.dataTime, p.receivedAt, JSON.stringify(p.items)).changes > 0;
  if (!fresh || p.cn !== '2061') return { fresh, ts: null };
  const ts = hourEnd(p.dataTime);
  const { kind, entityLayer, entityId } = p.device;
  if (p.st === '22' && entityLayer === 'stations' && (kind === 'ambient' || kind === 'micro')) {
    const wrote = s.station.run({ entity: entityId, ts, ...mapAmbientHour(p.items) }).changes > 0;
    const wind = windOfAmbientItems(p.items);
    if (wrote && wind !== null) s.wind.run({ entity: entityId, ts, ...wind });
    return { fresh, ts: wrote ? ts : null };
  }
  if (p.st === '31' && entityLayer === 'outlets' && kind === 'stack') {
    const { flags, ...hour } = mapStackHour(p.items);
    const wrote = s.outlet.run({ entity: entityId, ts, ...hour, flags: JSON.stringify(flags) }).changes > 0;
    return { fresh, ts: wrote ? ts : null };
  }
  return { fresh, ts: null };
}

/**
 * Writes one ingest batch inside the caller's transaction (a writer job): each packet into device_data
 * (INSERT OR IGNORE: a repeated MN + CN + DataTime is a duplicate), hourly ambient packets (ST 22, CN
 * 2061) into station_readings (only N-flagged values), hourly stack packets (ST 31, CN 2061) into
 * outlet_readings, hour rows labelled by the hour's end (DataTime + 1 h); the devices' counters, last
 * packet and status times; the refusals into device_errors (trimmed to the newest
 * {@link DEVICE_ERRORS_KEPT} per MN); and moves `dataset_meta.default_as_of` forward to the newest hour
 * written. A packet whose rows fail (a constraint) is rolled back alone to its savepoint and reported
 * 'failed'; the rest of the batch stands.
 */
export function writeIngestBatch(db: Db, batch: IngestBatch): BatchOutcome {
  const s = statements(db);
  const atIso = new Date(batch.at).toISOString();
  const tallies = new Map<string, DeviceTally>();
  const stored: PacketStored[] = [];
  let newestHour: string | null = null;
  for (const packet of batch.packets) {
    const tally = tallyOf(tallies, packet.mn, packet.device.intervalS);
    db.exec('SAVEPOINT ingest_packet');
    try {
      const { fresh, ts } = writePacket(s, packet);
      db.exec('RELEASE ingest_packet');
      stored.push(fresh ? 'new' : 'duplicate');
      if (ts !== null && (newestHour === null || ts > newestHour)) newestHour = ts;
      if (fresh) tally.accepted++;
      else tally.duplicates++;
      tally.seen = true;
      tally.packet = packet.lastPacket;
      if (tally.dataTime === null || packet.dataTime > tally.dataTime) tally.dataTime = packet.dataTime;
    } catch (error) {
      db.exec('ROLLBACK TO ingest_packet');
      db.exec('RELEASE ingest_packet');
      stored.push('failed');
      const message = `not stored: ${error instanceof Error ? error.message : String(error)}`;
      batch.refusals.push({
        mn: packet.mn,
        code: 'store-failed',
        message,
        raw: packet.lastPacket,
        counted: true,
        log: true,
      });
    }
  }
  const logged = new Set<string | null>();
  for (const refusal of batch.refusals) {
    if (refusal.counted && refusal.mn !== null) {
      const tally = tallyOf(tallies, refusal.mn, 60);
      tally.refused++;
      tally.error = `${refusal.code}: ${refusal.message}`;
    }
    if (!refusal.log) continue;
    s.error.run(refusal.mn, atIso, refusal.code, refusal.message, refusal.raw.slice(0, 512));
    logged.add(refusal.mn);
  }
  for (const mn of logged) s.trim.run({ mn });
  for (const [mn, t] of tallies) {
    const offlineBefore = new Date(batch.at - t.intervalS * DEVICE_OFFLINE_AFTER_INTERVALS * 1000).toISOString();
    s.counters.run({
      mn,
      accepted: t.accepted,
      duplicates: t.duplicates,
      refused: t.refused,
      seen: t.seen ? 1 : 0,
      at: atIso,
      offlineBefore,
      dataTime: t.dataTime,
      packet: t.packet,
      error: t.error,
    });
  }
  let present: string | null = null;
  if (newestHour !== null) {
    const current = s.present.get() as string | undefined;
    if (current === undefined || newestHour > current) {
      s.movePresent.run(newestHour);
      present = newestHour;
    }
  }
  return { stored, present };
}
