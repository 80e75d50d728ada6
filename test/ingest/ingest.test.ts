import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/open-database.ts';
import { createWriter } from '../../server/db/writer.ts';
import { createIngest, type Ingest } from '../../server/ingest/ingest-service.ts';
import { type Hj212Listener, startHj212Listener } from '../../server/ingest/hj212-listener.ts';
import { createChangeFeed } from '../../server/services/change-feed.ts';
import { startLiveFeed } from '../../server/services/live-feed.ts';
import { createLiveHub } from '../../server/services/live-hub.ts';
import type { LiveEvent } from '../../server/schema/live-events.ts';
import { ingestResponseSchema } from '../../server/schema/ingest.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser } from '../helpers/sign-in.ts';
import { addDevice, dt, frame, openClient, splitFrames } from './ingest-helpers.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let db: Db;
let reader: Db;
let listener: Hj212Listener;
let ingest: Ingest;
let app: ReturnType<typeof createApp>;
const hub = createLiveHub();
const events: LiveEvent[] = [];
let station: string;
let outlet: string;

beforeAll(async () => {
  seeded = createSeededDbFile();
  db = seeded.db;
  reader = new Database(seeded.file, { readonly: true });
  station = db.prepare('SELECT code FROM stations ORDER BY code LIMIT 1').pluck().get() as string;
  outlet = db.prepare('SELECT id FROM outlets ORDER BY id LIMIT 1').pluck().get() as string;
  for (const mn of ['AQ-ACK', 'AQ-DUP', 'AQ-LATE', 'AQ-ERR', 'AQ-SPLIT', 'AQ-FLOOD', 'AQ-QUIET', 'AQ-HOUR', 'AQ-HTTP'])
    addDevice(db, { mn, kind: 'ambient', layer: 'stations', entity: station });
  addDevice(db, { mn: 'AQ-OFF', kind: 'ambient', layer: 'stations', entity: station, enabled: false });
  addDevice(db, { mn: 'CEMS-1', kind: 'stack', layer: 'outlets', entity: outlet });
  const feed = createChangeFeed(db);
  const writer = createWriter(db, { afterCommit: () => feed.poll() });
  hub.subscribe(new Set(['data', 'present']), (e) => events.push(e));
  // as in server/main.ts: the live feed publishes `present` from the change log
  startLiveFeed({ db, feed, hub });
  ingest = createIngest({ db, writer, hub, feed, limits: { ratePerS: 20, burst: 50 } });
  app = createApp({ db, writer, hub, changeFeed: feed, ingest });
  listener = await startHj212Listener({ port: 0, host: '127.0.0.1', ingest });
}, 60_000);

afterAll(async () => {
  await listener?.close();
  reader?.close();
  seeded?.dispose();
});

const count = (sql: string, ...params: unknown[]) =>
  reader
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('the HJ 212 ingest over TCP', () => {
  it('acknowledges (9014) only once the packet is readable from another connection', async () => {
    const seenAtAck: number[] = [];
    const client = await openClient(listener.port, () => {
      // synchronously, as the acknowledgement arrives: a second connection must already see the row
      seenAtAck.push(count("SELECT count(*) FROM device_data WHERE mn = 'AQ-ACK'"));
    });
    const times = ['2023-06-01T10:00', '2023-06-01T10:01', '2023-06-01T10:02'];
    for (const t of times) client.send(frame({ mn: 'AQ-ACK', dataTime: dt(t), qn: `${dt(t)}000` }));
    const replies = await client.waitFor(3);
    client.close();
    expect(replies.map((r) => [r.packet.cn, r.packet.mn, r.packet.qn])).toEqual(
      times.map((t) => ['9014', 'AQ-ACK', `${dt(t)}000`]),
    );
    expect(seenAtAck.every((n, i) => n >= i + 1)).toBe(true);
    const row = reader.prepare("SELECT data_time, items FROM device_data WHERE mn = 'AQ-ACK' ORDER BY 1").all();
    expect(row[0]).toEqual({ data_time: '2023-06-01T10:00:00', items: '{"a34004":{"Avg":35,"Flag":"N"}}' });
    const device = reader
      .prepare(
        'SELECT accepted, refused, last_data_time, last_seen_at, online_since, last_packet FROM devices WHERE mn = ?',
      )
      .get('AQ-ACK') as Record<string, unknown>;
    expect(device).toMatchObject({ accepted: 3, refused: 0, last_data_time: '2023-06-01T10:02:00' });
    // online since its first packet; the last packet kept without its password
    expect(device.online_since).toBe(device.last_seen_at);
    expect(Date.now() - Date.parse(String(device.last_seen_at))).toBeLessThan(60_000);
    expect(device.last_packet).toMatch(/PW=\*+;MN=AQ-ACK;/);
    expect(device.last_packet).not.toMatch(/PW=123456/);
    // the data event came after the commit, with the receipt time the benchmark measures from
    const data = events.flatMap((e) => (e.topic === 'data' ? (e as LiveEvent<'data'>).data.packets : []));
    expect(data.filter((p) => p.mn === 'AQ-ACK').map((p) => p.dataTime)).toEqual(times.map((t) => `${t}:00`));
  });

  it('stores a repeated packet once and still acknowledges it; accepts late and out-of-order data', async () => {
    const client = await openClient(listener.port);
    const repeated = frame({ mn: 'AQ-DUP', dataTime: dt('2023-07-01T08:00') });
    client.send(repeated);
    await client.waitFor(1);
    client.send(repeated);
    await client.waitFor(2);
    // out of order, and a year late
    for (const t of ['2023-07-01T09:00', '2023-07-01T07:00', '2022-07-01T07:00'])
      client.send(frame({ mn: 'AQ-DUP', dataTime: dt(t) }));
    const replies = await client.waitFor(5);
    client.close();
    expect(replies.map((r) => r.packet.cn)).toEqual(['9014', '9014', '9014', '9014', '9014']);
    expect(count("SELECT count(*) FROM device_data WHERE mn = 'AQ-DUP'")).toBe(4);
    expect(
      reader.prepare("SELECT accepted, duplicates, last_data_time FROM devices WHERE mn = 'AQ-DUP'").get(),
    ).toEqual({
      accepted: 4,
      duplicates: 1,
      last_data_time: '2023-07-01T09:00:00',
    });
  });

  it('refuses bad CRC, unknown MN, wrong PW, a disabled device, wrong ST and a future DataTime with 9011', async () => {
    const client = await openClient(listener.port);
    const good = frame({ mn: 'AQ-ERR', dataTime: dt('2023-08-01T00:00') });
    const badCrc = good.replace(/[0-9A-F]{4}\r\n$/, (crc) => `${crc === '0000' ? '0001' : '0000'}\r\n`);
    const future = new Date(Date.now() + 8 * 3_600_000 + 3 * 3_600_000).toISOString().slice(0, 16);
    const sent = [
      badCrc,
      frame({ mn: 'NOBODY', dataTime: dt('2023-08-01T00:00') }),
      frame({ mn: 'AQ-ERR', pw: '999999', dataTime: dt('2023-08-01T00:00') }),
      frame({ mn: 'AQ-OFF', dataTime: dt('2023-08-01T00:00') }),
      frame({ mn: 'AQ-ERR', st: '31', dataTime: dt('2023-08-01T00:00') }),
      frame({ mn: 'AQ-ERR', dataTime: dt(future) }),
      frame({ mn: 'AQ-ERR' }),
      frame({ mn: 'AQ-ERR', cn: '1011', dataTime: dt('2023-08-01T00:00') }),
    ];
    client.send(sent.join(''));
    const replies = await client.waitFor(sent.length);
    client.close();
    expect(replies.map((r) => [r.packet.cn, r.qnRtn])).toEqual([
      ['9011', 9],
      ['9011', 4],
      ['9011', 3],
      ['9011', 2],
      ['9011', 5],
      ['9011', 100],
      ['9011', 100],
      ['9011', 8],
    ]);
    expect(count("SELECT count(*) FROM device_data WHERE mn IN ('AQ-ERR', 'AQ-OFF', 'NOBODY')")).toBe(0);
    const errors = reader
      .prepare("SELECT mn, code, raw FROM device_errors WHERE mn IN ('AQ-ERR', 'AQ-OFF', 'NOBODY') ORDER BY id")
      .all() as { mn: string; code: string; raw: string }[];
    expect(errors.map((e) => [e.mn, e.code])).toEqual([
      ['AQ-ERR', '9'],
      ['NOBODY', '4'],
      ['AQ-ERR', '3'],
      ['AQ-OFF', '2'],
      ['AQ-ERR', '5'],
      ['AQ-ERR', '100'],
      ['AQ-ERR', '100'],
      ['AQ-ERR', '8'],
    ]);
    // the password never lands in the log
    expect(errors.every((e) => /PW=\*+;/.test(e.raw) && !e.raw.includes('PW=123456'))).toBe(true);
    expect(reader.prepare("SELECT refused, accepted FROM devices WHERE mn = 'AQ-ERR'").get()).toEqual({
      refused: 6,
      accepted: 0,
    });
  });

  it('answers nothing when the Flag asks for no response, and still stores the packet', async () => {
    const client = await openClient(listener.port);
    client.send(frame({ mn: 'AQ-LATE', flag: 4, dataTime: dt('2023-05-05T05:05') }));
    client.send(frame({ mn: 'AQ-LATE', flag: 5, dataTime: dt('2023-05-05T05:06') }));
    const replies = await client.waitFor(1);
    client.close();
    expect(replies.map((r) => r.packet.cn)).toEqual(['9014']);
    expect(count("SELECT count(*) FROM device_data WHERE mn = 'AQ-LATE'")).toBe(2);
  });

  it('reassembles split packets (PNUM/PNO) and acknowledges the whole once', async () => {
    const items = Object.fromEntries(
      ['a34004', 'a34002', 'a21026', 'a21004', 'a21005', 'a05024', 'a01001', 'a01002'].map((code, i) => [
        code,
        { Min: i, Avg: i + 0.5, Max: i + 1, Flag: 'N' },
      ]),
    );
    const parts = splitFrames({ mn: 'AQ-SPLIT', cn: '2061', dataTime: dt('2023-09-09T09:00'), items }, 200);
    expect(parts.length).toBeGreaterThan(1);
    const client = await openClient(listener.port);
    // out of order, one part per write
    for (const part of [...parts].reverse()) client.send(part);
    const replies = await client.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.close();
    expect(replies.map((r) => r.packet.cn)).toEqual(['9014']);
    const stored = JSON.parse(
      reader.prepare("SELECT items FROM device_data WHERE mn = 'AQ-SPLIT'").pluck().get() as string,
    ) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(Object.keys(items).sort());
    expect(
      reader
        .prepare('SELECT pm25, co FROM station_readings WHERE station_code = ? AND ts = ?')
        .get(station, '2023-09-09T10:00'),
    ).toEqual({ pm25: 0.5, co: 4.5 });
  });

  it('keeps answering a quiet device while another floods: the flood is refused with QnRtn 2', async () => {
    const flooder = await openClient(listener.port);
    const quiet = await openClient(listener.port);
    const base = Date.UTC(2023, 2, 1) / 1000;
    const floodFrames: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const t = new Date((base + i * 60) * 1000 + 8 * 3_600_000).toISOString().slice(0, 16);
      floodFrames.push(frame({ mn: 'AQ-FLOOD', dataTime: dt(t) }));
    }
    const sendAt: number[] = [];
    const flood = async () => {
      for (let i = 0; i < floodFrames.length; i += 100) {
        flooder.send(floodFrames.slice(i, i + 100).join(''));
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const calm = async () => {
      for (let i = 0; i < 5; i++) {
        sendAt.push(performance.now());
        quiet.send(frame({ mn: 'AQ-QUIET', dataTime: dt(`2023-03-02T0${i}:00`) }));
        await quiet.waitFor(i + 1);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    };
    await Promise.all([flood(), calm()]);
    const floodReplies = await flooder.waitFor(3000, 20_000);
    flooder.close();
    quiet.close();
    const latencies = quiet.replies.map((r, i) => r.at - (sendAt[i] ?? 0));
    expect(quiet.replies.map((r) => r.packet.cn)).toEqual(['9014', '9014', '9014', '9014', '9014']);
    expect(Math.max(...latencies)).toBeLessThan(1000);
    const refused = floodReplies.filter((r) => r.packet.cn === '9011');
    expect(refused.length).toBeGreaterThan(2000);
    expect(new Set(refused.map((r) => r.qnRtn))).toEqual(new Set([2]));
    const accepted = floodReplies.filter((r) => r.packet.cn === '9014').length;
    expect(count("SELECT count(*) FROM device_data WHERE mn = 'AQ-FLOOD'")).toBe(accepted);
    expect(reader.prepare("SELECT refused FROM devices WHERE mn = 'AQ-FLOOD'").pluck().get()).toBe(refused.length);
    // the flood is counted in full but logged only a few rows per commit, and never more than 200
    expect(count("SELECT count(*) FROM device_errors WHERE mn = 'AQ-FLOOD'")).toBeLessThanOrEqual(200);
  });

  it('turns an hourly ambient packet into a station hour (N values only) and moves the present', async () => {
    const before = reader.prepare("SELECT value FROM dataset_meta WHERE key = 'default_as_of'").pluck().get();
    expect(before).toBe('2023-12-31T23:00');
    const client = await openClient(listener.port);
    client.send(
      frame({
        mn: 'AQ-HOUR',
        cn: '2061',
        dataTime: dt('2024-01-01T05:00'),
        items: {
          a34004: { Avg: 88, Flag: 'N' },
          a34002: { Avg: 120, Flag: 'N' },
          a21026: { Avg: 12, Flag: 'M' },
          a21004: { Avg: 40, Flag: 'N' },
          a21005: { Avg: 1.2, Flag: 'N' },
          a05024: { Avg: 60, Flag: 'D' },
        },
      }),
    );
    await client.waitFor(1);
    client.close();
    expect(
      reader
        .prepare('SELECT * FROM station_readings WHERE station_code = ? AND ts = ?')
        .get(station, '2024-01-01T06:00'),
    ).toEqual({
      station_code: station,
      ts: '2024-01-01T06:00',
      so2: null,
      no2: 40,
      pm10: 120,
      pm25: 88,
      co: 1.2,
      o3: null,
    });
    expect(reader.prepare("SELECT value FROM dataset_meta WHERE key = 'default_as_of'").pluck().get()).toBe(
      '2024-01-01T06:00',
    );
    const presents = events.flatMap((e) => (e.topic === 'present' ? [(e as LiveEvent<'present'>).data.asOf] : []));
    expect(presents).toContain('2024-01-01T06:00');
    // the map reads it at once: the stations layer at the new present
    const analyst = asUser(app, db, 'analyst');
    const res = await analyst.request('/api/layers/stations');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { features: { properties: { code: string; latest: unknown } }[] };
    const feature = body.features.find((f) => f.properties.code === station);
    expect(feature?.properties.latest).toMatchObject({ ts: '2024-01-01T06:00', 'PM2.5': 88, SO2: null });
  });

  it('turns an hourly stack packet into an outlet hour with masses and flags', async () => {
    const client = await openClient(listener.port);
    client.send(
      frame({
        mn: 'CEMS-1',
        st: '31',
        cn: '2061',
        dataTime: dt('2023-10-10T10:00'),
        items: {
          a34013: { Avg: 8.5, Cou: 0.42, Flag: 'N' },
          a21026: { Avg: 30, Cou: 1.5, Flag: 'N' },
          '03': { Avg: 45, Cou: 2.25, Flag: 'C' },
          a19001: { Avg: 10.2, Flag: 'N' },
          a00000: { Avg: 50_000, Flag: 'N' },
          a01012: { Avg: 80, Flag: 'N' },
          a01014: { Avg: 7, Flag: 'N' },
        },
      }),
    );
    await client.waitFor(1);
    client.close();
    const row = reader
      .prepare('SELECT * FROM outlet_readings WHERE outlet_id = ? AND ts = ?')
      .get(outlet, '2023-10-10T11:00');
    expect(row).toEqual({
      outlet_id: outlet,
      ts: '2023-10-10T11:00',
      pm: 8.5,
      so2: 30,
      nox: 45,
      o2: 10.2,
      flow: 50_000,
      temp: 80,
      moisture: 7,
      pm_cou: 0.42,
      so2_cou: 1.5,
      nox_cou: 2.25,
      flags: JSON.stringify({ pm: 'N', so2: 'N', nox: 'C', o2: 'N', flow: 'N', temp: 'N', moisture: 'N' }),
    });
  });
});

describe('registry edits', () => {
  it('take effect on the next packet: a device disabled by an admin is refused at once', async () => {
    addDevice(db, { mn: 'AQ-EDIT', kind: 'ambient', layer: 'stations', entity: station });
    const client = await openClient(listener.port);
    client.send(frame({ mn: 'AQ-EDIT', dataTime: dt('2023-12-01T00:00') }));
    await client.waitFor(1);
    const admin = asUser(app, db, 'admin');
    const res = await admin.request('/api/devices/AQ-EDIT', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: false }),
    });
    expect(res.status).toBe(200);
    client.send(frame({ mn: 'AQ-EDIT', dataTime: dt('2023-12-01T00:01') }));
    const replies = await client.waitFor(2);
    client.close();
    expect(replies.map((r) => [r.packet.cn, r.qnRtn])).toEqual([
      ['9014', null],
      ['9011', 2],
    ]);
  });
});

describe('POST /api/ingest/hj212', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    app.request('/api/ingest/hj212', { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body });

  it('takes frames from a gateway without a cookie or Origin, one result per frame', async () => {
    const good = frame({ mn: 'AQ-HTTP', dataTime: dt('2023-11-11T11:00') }).trimEnd();
    const res = await post(
      `${good}\r\n${frame({ mn: 'AQ-HTTP', pw: 'nope00', dataTime: dt('2023-11-11T11:01') })}garbage`,
    );
    expect(res.status).toBe(200);
    const { results } = ingestResponseSchema.parse(await res.json());
    expect(results).toHaveLength(3);
    expect(results[2]).toMatchObject({ ok: false, mn: null, error: { code: '100' } });
    expect(results[0]).toMatchObject({ ok: true, mn: 'AQ-HTTP', cn: '2051', dataTime: '2023-11-11T11:00:00' });
    expect(results[0]?.response).toMatch(/CN=9014/);
    expect(results[1]).toMatchObject({ ok: false, mn: 'AQ-HTTP', error: { qnRtn: 3 } });
    expect(count("SELECT count(*) FROM device_data WHERE mn = 'AQ-HTTP'")).toBe(1);
    // a lone frame without its CR LF, sent again: a duplicate, acknowledged
    const again = ingestResponseSchema.parse(await (await post(good)).json());
    expect(again.results[0]).toMatchObject({ ok: true, duplicate: true });
  });

  it('refuses an empty body (400) and one over 1 MB (413), in Chinese', async () => {
    const empty = await post('   ');
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toMatch(/报文/);
    const big = await post(`##${'x'.repeat(1024 * 1024 + 10)}`);
    expect(big.status).toBe(413);
  });

  it('still checks the Origin of a request that carries a session cookie', async () => {
    const analyst = asUser(app, db, 'analyst');
    const res = await analyst.request('/api/ingest/hj212', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      body: frame({ mn: 'AQ-HTTP', dataTime: dt('2023-11-11T12:00') }),
    });
    expect(res.status).toBe(403);
  });
});
