/**
 * The simulator against the real ingest (issue 14, scope 6): a seeded database file, the HJ 212 listener on a free
 * port, the simulator at high speed for a few simulated hours. Hour packets become station and outlet readings,
 * the dataset's present moves, duplicates are stored once, bad CRCs are refused and resent, and a second run
 * resumes after the newest stored hour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadOnlyDatabase, type Db } from '../../server/db/open-database.ts';
import { createWriter } from '../../server/db/writer.ts';
import { startHj212Listener } from '../../server/ingest/hj212-listener.ts';
import { createIngest } from '../../server/ingest/ingest-service.ts';
import { createLiveHub } from '../../server/services/live-hub.ts';
import { noFaults } from '../../server/simulator/faults.ts';
import { createSimulator, type SimulatorOptions } from '../../server/simulator/simulator.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { scaled } from '../helpers/time-scale.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let reader: Db;
let listener: Awaited<ReturnType<typeof startHj212Listener>>;
const lines: string[] = [];

const count = (sql: string, ...params: unknown[]) => (seeded.db.prepare(sql).get(...params) as { n: number }).n;

const run = async (options: Partial<SimulatorOptions>) => {
  const sim = createSimulator({
    host: '127.0.0.1',
    port: listener.port,
    db: reader,
    speed: 3600 * 40,
    faults: noFaults,
    realtimeMinutes: 0,
    ackTimeoutMs: scaled(1500),
    tickMs: 20,
    log: (line) => lines.push(line),
    ...options,
  });
  sim.start();
  await sim.finished;
  const stats = sim.stats();
  sim.stop();
  return stats;
};

beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.1 });
  reader = openReadOnlyDatabase(seeded.file);
  const writer = createWriter(seeded.db);
  const ingest = createIngest({ db: seeded.db, writer, hub: createLiveHub() });
  listener = await startHj212Listener({ port: 0, host: '127.0.0.1', ingest });
}, 120_000);

afterAll(async () => {
  await listener?.close();
  reader?.close();
  seeded?.dispose();
});

describe('the simulator against the ingest', () => {
  it('turns 3 simulated hours into station and outlet readings, duplicates and bad CRCs included', async () => {
    const devices = count("SELECT count(*) AS n FROM devices WHERE kind IN ('ambient', 'micro')");
    const outlets = count("SELECT count(*) AS n FROM devices WHERE kind = 'stack'");
    expect(devices).toBeGreaterThan(4);
    expect(outlets).toBeGreaterThan(3);
    // the seed's outlet hours (the listed enterprises' CEMS, issue 15) end with the demo year
    expect(count("SELECT count(*) AS n FROM outlet_readings WHERE ts > '2024-01-01T00:00'")).toBe(0);
    const stats = await run({ hours: 3, faults: { ...noFaults, duplicate: 0.5, badCrc: 0.4 } });

    expect(stats.devices).toBe(devices + outlets);
    expect(stats.hoursAcked).toBe(3 * (devices + outlets));
    expect(stats.lost).toBe(0);
    expect(stats.badCrc).toBeGreaterThan(0);
    expect(stats.refused).toBeGreaterThanOrEqual(stats.badCrc > 0 ? 1 : 0);
    expect(stats.duplicates).toBeGreaterThan(0);
    for (const ts of ['2024-01-01T01:00', '2024-01-01T02:00', '2024-01-01T03:00']) {
      expect(count('SELECT count(*) AS n FROM station_readings WHERE ts = ?', ts)).toBe(devices);
      expect(count('SELECT count(*) AS n FROM outlet_readings WHERE ts = ?', ts)).toBe(outlets);
    }
    // each (MN, hour) stored once although duplicates were sent; the ingest counted them
    expect(count("SELECT count(*) AS n FROM device_data WHERE cn = '2061'")).toBe(3 * (devices + outlets));
    expect(count('SELECT sum(duplicates) AS n FROM devices')).toBe(stats.duplicates);
    expect(count('SELECT sum(refused) AS n FROM devices')).toBe(stats.refused);
    // the present moved to the newest hour
    expect(
      count("SELECT count(*) AS n FROM dataset_meta WHERE key = 'default_as_of' AND value = '2024-01-01T03:00'"),
    ).toBe(1);
    // the replayed values are the demo year's same hour
    const replayed = seeded.db
      .prepare(
        `SELECT a.pm25 AS now, b.pm25 AS past FROM station_readings a
         JOIN station_readings b ON b.station_code = a.station_code AND b.ts = '2023-01-01T02:00'
         WHERE a.ts = '2024-01-01T02:00' AND b.pm25 IS NOT NULL`,
      )
      .all() as { now: number | null; past: number }[];
    expect(replayed.length).toBeGreaterThan(0);
    for (const r of replayed) expect(r.now).toBe(r.past);
    expect(lines.some((l) => l.startsWith('simulated hour ending 2024-01-01T03:00'))).toBe(true);
  }, 60_000);

  it('puts the named cement company over its ULE particulate limit in simulated hours 2 and 3 only', () => {
    const rows = seeded.db
      .prepare(
        `SELECT r.ts, r.pm, r.o2, o.ule_limits AS ule, o.reference_o2 AS ref FROM outlet_readings r
         JOIN outlets o ON o.id = r.outlet_id JOIN enterprises e ON e.id = o.enterprise_id
         WHERE e.name LIKE '%铁牛%' AND o.ule_limits IS NOT NULL AND r.ts > '2024-01-01T00:00' ORDER BY o.id, r.ts`,
      )
      .all() as { ts: string; pm: number; o2: number; ule: string; ref: number | null }[];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const first = rows.slice(0, 3);
    const over = first.map((r) => {
      const limit = (JSON.parse(r.ule) as { pm: number }).pm;
      const corrected = r.ref === null ? r.pm : (r.pm * (21 - r.ref)) / (21 - r.o2);
      return corrected > limit;
    });
    expect(over).toEqual([false, true, true]);
  });

  it('sends real-time data at the cadence asked, and silences one micro-station after the hours asked', async () => {
    const before = count("SELECT count(*) AS n FROM device_data WHERE cn = '2011'");
    const stats = await run({ hours: 2, realtimeMinutes: 30, faults: { ...noFaults, silentAfterHours: 1 } });
    expect(stats.silenced).toBe(true);
    const silent = stats.silentMn ?? '';
    expect(silent).toMatch(/^LT22XFW/);
    // 4 real-time packets per device in 2 hours (minutes 30 and 60 of each), but the silent one's second hour
    expect(count("SELECT count(*) AS n FROM device_data WHERE cn = '2011'") - before).toBe(4 * stats.devices - 2);
    const lastHour = seeded.db
      .prepare("SELECT max(data_time) FROM device_data WHERE mn = ? AND cn = '2061'")
      .pluck()
      .get(silent);
    expect(lastHour).toBe('2024-01-01T03:00:00');
    expect(count("SELECT count(*) AS n FROM device_data WHERE cn = '2061' AND data_time = '2024-01-01T04:00:00'")).toBe(
      stats.devices - 1,
    );
  }, 60_000);

  it('resumes after the newest stored hour on a second run: nothing is sent twice', async () => {
    const before = count("SELECT count(*) AS n FROM device_data WHERE cn = '2061'");
    const stats = await run({ hours: 1, maxDevices: 3 });
    expect(stats.simTime).toBe('2024-01-01T06:00');
    expect(stats.duplicates).toBe(0);
    expect(count("SELECT count(*) AS n FROM device_data WHERE cn = '2061'")).toBe(before + 3);
    expect(count('SELECT count(*) AS n FROM station_readings WHERE ts = ?', '2024-01-01T06:00')).toBe(3);
  }, 60_000);
});

describe('the simulator with --minute', () => {
  it('sends minute data (CN 2051) for every simulated minute, each stored once', async () => {
    const before = count("SELECT count(*) AS n FROM device_data WHERE cn = '2051'");
    const stats = await run({ hours: 1, maxDevices: 2, minute: true });
    expect(stats.lost).toBe(0);
    expect(count("SELECT count(*) AS n FROM device_data WHERE cn = '2051'") - before).toBe(120);
    const minutes = seeded.db
      .prepare("SELECT min(data_time) AS first, max(data_time) AS last FROM device_data WHERE cn = '2051'")
      .get();
    expect(minutes).toEqual({ first: '2024-01-01T06:00:00', last: '2024-01-01T06:59:00' });
  }, 60_000);
});
