import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { createStatsReads } from '../../server/db/stats-reads.ts';
import type { AreaStatsRequest } from '../../server/schema/stats.ts';
import { createStatsRepository, type StatsRepository } from '../../server/services/stats/stats-repository.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/**
 * The oracle: an index kept current through the change log answers exactly as an index built
 * afresh after the same writes, for township tables and drawn areas at several months and as-ofs
 * (cached before the writes, so the patched caches are what is compared).
 */
const queries: Array<{ month?: string; asOf?: string }> = [
  {},
  { month: '2023-12', asOf: '2023-12-31T23:00' },
  { month: '2023-06', asOf: '2023-06-15T12:00' },
  { month: '2023-06', asOf: '2023-12-31T23:00' },
  { month: '2024-01', asOf: '2024-01-20T12:00' },
  { month: '2024-02', asOf: '2024-02-28T12:00' },
  // December's whole window: its last hour is labelled 2024-01-01T00:00 (in January's month of readings)
  { month: '2023-12', asOf: '2024-01-10T00:00' },
];

let seeded: ReturnType<typeof createSeededDbFile>;
/** A read-only connection, as a worker has. */
let reader: Db;
/** Another connection that writes, as an import commit in a worker or another process does. */
let writer: Db;
let repo: StatsRepository;
let app: Caller;
let circle: NonNullable<AreaStatsRequest['circle']>;

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  reader = new Database(seeded.file, { readonly: true, fileMustExist: true });
  writer = openDatabase(seeded.file);
  repo = createStatsRepository(reader);
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  const [minX, minY, maxX, maxY] = repo.index.data().district.bbox;
  circle = { center: [(minX + maxX) / 2, (minY + maxY) / 2], radiusM: 12_000 };
});
afterAll(() => {
  reader.close();
  writer.close();
  seeded.dispose();
});

/** Everything the oracle compares, from one repository. */
function answers(stats: StatsRepository) {
  return queries.map((q) => ({
    table: stats.townshipTable(q),
    area: stats.areaStatistics({ circle, ...q }),
  }));
}

/** The same answers through the app (its inline index over the server's connection), as JSON. */
async function httpAnswers() {
  const out: unknown[] = [];
  for (const q of queries) {
    const search = new URLSearchParams(Object.entries(q)).toString();
    const table = await app.request(`/api/stats/townships${search ? `?${search}` : ''}`);
    const area = await app.request('/api/stats/area', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ circle, ...q }),
    });
    expect(table.status).toBe(200);
    expect(area.status).toBe(200);
    out.push({ table: await table.json(), area: await area.json() });
  }
  return out;
}

/** Answers as JSON carries them (as the HTTP answers are). */
const asJson = (all: ReturnType<typeof answers>) =>
  all.map(({ table, area }) => JSON.parse(JSON.stringify({ table, area: area.ok ? area.value : area })) as unknown);

/** What a freshly built index answers now. */
const freshJson = () => asJson(answers(createStatsRepository(reader)));

const latest = (machineId: string) =>
  writer
    .prepare('SELECT lon, lat, township_code FROM machine_positions WHERE machine_id = ? ORDER BY ts DESC LIMIT 1')
    .get(machineId) as { lon: number; lat: number; township_code: string };

describe('the statistics index follows writes through the change log', () => {
  it('patches positions, readings and dustfall without a rebuild, and answers as a fresh index does', async () => {
    const before = answers(repo);
    await httpAnswers(); // warms the app's index and caches too
    const builds = { ...repo.index.builds };
    const data = repo.index.data();

    const insert = writer.prepare(
      'INSERT INTO machine_positions (machine_id, ts, lon, lat, township_code) VALUES (?, ?, ?, ?, ?)',
    );
    writer.transaction(() => {
      ['M00001', 'M00002', 'M00003', 'M00004', 'M00005'].forEach((id, i) => {
        const at = latest(id);
        const near = (d: number) => [at.lon + 0.01 * d, at.lat - 0.005 * d] as const;
        // new months, the end of the last month, and out of order inside a month already cached
        insert.run(id, '2024-01-05T10:00', ...near(i + 1), at.township_code);
        insert.run(id, '2024-02-10T08:00', ...near(i + 2), at.township_code);
        insert.run(id, '2024-01-03T07:00', ...near(i + 3), at.township_code);
        insert.run(id, '2023-12-31T18:00', ...near(-i), at.township_code);
        insert.run(id, '2023-06-15T11:30', ...near(i), at.township_code);
      });
    })();
    writer.transaction(() => {
      // a move (far east of everything) and a removal of a machine's latest position
      const lastTs = (id: string, upTo: string) =>
        writer
          .prepare('SELECT max(ts) FROM machine_positions WHERE machine_id = ? AND ts <= ?')
          .pluck()
          .get(id, upTo) as string;
      writer
        .prepare("UPDATE machine_positions SET lon = lon + 0.2 WHERE machine_id = 'M00006' AND ts = ?")
        .run(lastTs('M00006', '2023-06-15T12:00'));
      writer
        .prepare("DELETE FROM machine_positions WHERE machine_id = 'M00007' AND ts = ?")
        .run(lastTs('M00007', '9999'));
      const stations = writer.prepare('SELECT code FROM stations ORDER BY code LIMIT 3').pluck().all() as string[];
      for (const code of stations) {
        writer
          .prepare(`UPDATE station_readings SET pm25 = pm25 + 40
                        WHERE station_code = ? AND ts > '2023-12-20T00:00'`)
          .run(code);
        writer
          .prepare(`DELETE FROM station_readings
                        WHERE station_code = ? AND ts > '2023-06-10T00:00' AND ts <= '2023-06-12T00:00'`)
          .run(code);
        writer
          .prepare(`INSERT INTO station_readings (station_code, ts, so2, no2, pm10, pm25, co, o3)
                        VALUES (?, '2024-02-01T01:00', 9, 30, 80, 55, 1.2, 40)`)
          .run(code);
      }
      writer
        .prepare(`UPDATE dustfall_readings SET value = value + 3
                      WHERE month = '2023-12' AND point_id IN ('D001', 'D002')`)
        .run();
      writer.prepare("INSERT INTO dustfall_readings (point_id, month, value) VALUES ('D001', '2024-02', 9.5)").run();
    })();

    const after = answers(repo);
    expect(asJson(after)).toEqual(freshJson());
    expect(after).not.toEqual(before); // the writes show
    expect(repo.index.data()).toBe(data);
    expect(repo.index.builds).toEqual({ ...builds, months: repo.index.builds.months });
    expect(await httpAnswers()).toEqual(freshJson());
  });

  it('keeps reading sums equal to SQL sum() bit for bit through inserts, updates and deletes', async () => {
    const sql = createStatsReads(reader);
    const windows = answers(repo).map(({ table }) => table.district.stations.readings);
    const { codes } = repo.index.data().stations;
    /** Every station's sums over every queried window, from the index and from SQLite's count() and sum(). */
    const both = () =>
      windows.flatMap(({ from, to }) =>
        codes.map((code, s) => {
          const sums = repo.index.readingSums(s, from, to);
          const row = sql.readingSums(code, from, to);
          return {
            index: { count: [...sums.count], sum: [...sums.sum] },
            sql: {
              count: row.filter((_, i) => i % 2 === 0).map((v) => v ?? 0),
              sum: row.filter((_, i) => i % 2 === 1).map((v) => v ?? 0),
            },
          };
        }),
      );
    const exact = () => {
      for (const { index, sql } of both()) expect(index).toStrictEqual(sql); // Object.is per value: every bit
    };
    exact();
    const loads = repo.index.builds.readings;

    const [a, b, c, d, e] = codes as [string, string, string, string, string];
    const insert = writer.prepare(`INSERT INTO station_readings (station_code, ts, so2, no2, pm10, pm25, co, o3)
                                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const remove = writer.prepare('DELETE FROM station_readings WHERE station_code = ? AND ts = ?');
    writer.transaction(() => {
      // after everything January has summed: continued in place, across a day boundary and its T00:00 label
      for (const [k, ts] of [
        '2024-01-01T01:00',
        '2024-01-01T02:00',
        '2024-01-02T00:00',
        '2024-01-02T01:00',
      ].entries()) {
        insert.run(a, ts, 0.1 * (k + 1), 1 / 3, Math.PI * k, 7.7, k % 2 === 0 ? null : 0.35, 1e-9);
      }
      // the hour closing 2023-12-31 (December's whole window, January's month of readings), changed
      writer
        .prepare(`UPDATE station_readings SET pm25 = pm25 + 0.123, co = NULL
                  WHERE station_code = ? AND ts = '2024-01-01T00:00'`)
        .run(a);
      // changed across a day boundary, the T00:00 label among them
      writer
        .prepare(`UPDATE station_readings SET pm25 = pm25 * 1.1 + 0.123, no2 = no2 / 3
                  WHERE station_code = ? AND ts > '2023-12-14T22:00' AND ts <= '2023-12-15T02:00'`)
        .run(b);
      remove.run(b, '2023-12-20T00:00');
      remove.run(b, '2023-12-20T01:00');
      remove.run(c, '2023-12-10T05:00');
      // the edges of December's windows
      remove.run(d, '2023-12-31T23:00');
      remove.run(d, '2024-01-01T00:00');
      // large values whose plain sum differs from the compensated one
      writer
        .prepare("UPDATE station_readings SET pm10 = 1e16 WHERE station_code = ? AND ts = '2023-12-05T10:00'")
        .run(e);
      writer
        .prepare("UPDATE station_readings SET pm10 = -1e16 WHERE station_code = ? AND ts = '2023-12-05T12:00'")
        .run(e);
    })();
    expect(asJson(answers(repo))).toEqual(freshJson());
    exact();
    writer.transaction(() => {
      // before the last one summed (recomputed), a deleted hour back with other values, one missing pollutant
      insert.run(a, '2024-01-01T12:00', 5.5, 20.25, 60.125, 33.3, 0.8, 99.9);
      insert.run(c, '2023-12-10T05:00', 6, 21, null, 34.7, 1.3, 70.1);
      insert.run(d, '2024-01-01T00:00', 6, 21, 55, 34.7, 1.3, 70.1);
      remove.run(a, '2024-01-02T00:00');
      // unchanged values: a no-op
      writer
        .prepare(`UPDATE station_readings SET so2 = so2
                  WHERE station_code = ? AND ts > '2023-12-03T00:00' AND ts <= '2023-12-04T00:00'`)
        .run(e);
    })();
    expect(asJson(answers(repo))).toEqual(freshJson());
    exact();
    expect(repo.index.builds.readings).toBe(loads); // patched in memory: no month of readings read again
    expect(await httpAnswers()).toEqual(freshJson());
  });

  it('rebuilds only the entity part for an edited or deleted entity, the townships for a township edit', async () => {
    const builds = { ...repo.index.builds };
    writer.prepare("UPDATE fuel_points SET status = 'closed', closed_on = '2023-11-30' WHERE id = 'F001'").run();
    writer.prepare("DELETE FROM fuel_points WHERE id = 'F002'").run();
    writer.prepare("UPDATE townships SET name = name || '（改）' WHERE code = (SELECT min(code) FROM townships)").run();

    const after = answers(repo);
    expect(asJson(after)).toEqual(freshJson());
    expect(after[0]?.table.townships[0]?.name).toMatch(/（改）$/);
    expect(repo.index.builds.full).toBe(builds.full);
    expect(repo.index.builds.entities).toBe(builds.entities + 1);
    expect(repo.index.builds.townships).toBe(builds.townships + 1);
    expect(await httpAnswers()).toEqual(freshJson());
  });

  it('rebuilds nothing for session touches, account or alert writes', () => {
    const data = repo.index.data();
    const builds = { ...repo.index.builds };
    const seq = () => writer.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number;
    const seqBefore = seq();
    writer.prepare('UPDATE sessions SET last_seen_at = last_seen_at + 1').run();
    expect(seq()).toBe(seqBefore); // a session slide logs nothing
    writer.prepare('UPDATE users SET display_name = display_name').run();
    writer
      .prepare(`INSERT INTO alerts (rule, task, severity, layer, entity_id, township_code, title, detail, raised_at,
                    last_seen_at, status) VALUES ('test', 1, 'info', 'fuel-points', 'F003', '140902001', '{}', '{}',
                    '2023-12-31T23:00', '2023-12-31T23:00', 'open')`)
      .run();
    expect(seq()).toBeGreaterThan(seqBefore);
    expect(repo.index.data()).toBe(data);
    expect(repo.index.builds).toEqual(builds);
  });

  it('rebuilds everything on a reset row', () => {
    const builds = { ...repo.index.builds };
    writer.prepare("INSERT INTO change_log (topic) VALUES ('reset')").run();
    repo.index.data();
    expect(repo.index.builds.full).toBe(builds.full + 1);
  });
});
