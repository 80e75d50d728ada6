/**
 * The hostile probe of the HJ 212 ingest (issue 14, scope 3): what a broken or malicious device, or a gateway,
 * can send to the TCP listener and to POST /api/ingest/hj212. Each gets a refusal (a 9011, a closed
 * connection, a 4xx) and never a crash; meanwhile a well-behaved device keeps being answered.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { createWriter } from '../../server/db/writer.ts';
import type { Hj212Packet } from '../../server/hj212/contract.ts';
import { crc16Hex } from '../../server/hj212/crc16.ts';
import { encodeCp, encodePacket, encodeSplit } from '../../server/hj212/encode-packet.ts';
import { createFrameReader } from '../../server/hj212/frame-reader.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import { createIngest } from '../../server/ingest/ingest-service.ts';
import { startHj212Listener } from '../../server/ingest/hj212-listener.ts';
import { createLiveHub } from '../../server/services/live-hub.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { scaled } from '../helpers/time-scale.ts';

const PW = '123456';
const GOOD = 'LTHOSTILE0001';
const OTHER = 'LTHOSTILE0002';
const SPLITTER = 'LTHOSTILE0003';
const IDLE_MS = 400;

let dir: string;
let db: Db;
let listener: Awaited<ReturnType<typeof startHj212Listener>>;
let app: ReturnType<typeof createApp>;
let minute = Date.UTC(2026, 10, 1, 0, 0) - 8 * 3_600_000; // each packet's own DataTime (CST digits below)

/** 'YYYYMMDDhhmmss' of an epoch-ms instant, China Standard Time. */
const cst = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
const nextDataTime = () => cst((minute += 60_000));

function register(mn: string): void {
  const salt = 'ab12';
  const hash = createHash('sha256')
    .update(salt + PW)
    .digest('hex');
  const at = new Date().toISOString();
  db.prepare(
    `INSERT INTO devices (mn, kind, entity_layer, entity_id, password_salt, password_hash, interval_s, created_at,
       updated_at) VALUES (?, 'micro', 'stations', 'HOSTILE', ?, ?, 60, ?, ?)`,
  ).run(mn, salt, hash, at, at);
}

/** A minute-data frame of a registered device (overrides for the hostile variants). */
function minuteFrame(overrides: Partial<Parameters<typeof encodePacket>[0]> = {}, dataTime = nextDataTime()): string {
  return encodePacket({
    qn: `${dataTime}000`,
    st: '22',
    cn: '2051',
    pw: PW,
    mn: GOOD,
    flag: 5,
    cp: encodeCp({ dataTime, items: { a34004: { Avg: 35, Flag: 'N' }, a34002: { Avg: 70, Flag: 'N' } } }),
    ...overrides,
  });
}

/** A frame around any data segment, with a correct length and CRC (or the `length` given). */
const rawFrame = (segment: string, length = Buffer.byteLength(segment)) =>
  `##${String(length).padStart(4, '0')}${segment}${crc16Hex(segment)}\r\n`;

/** A client connection that collects the responses it is sent. */
interface Client {
  socket: Socket;
  responses: Hj212Packet[];
  /** Every frame received as text, whether it decodes or not (a refusal may echo a hostile MN). */
  raw: string[];
  closed: Promise<void>;
  isClosed: () => boolean;
  /** Waits for the next response whose QN is `qn` (or any response when undefined); null on timeout or close. */
  response(qn?: string, timeoutMs?: number): Promise<Hj212Packet | null>;
}

async function client(): Promise<Client> {
  const socket = connect({ host: '127.0.0.1', port: listener.port });
  socket.setEncoding('latin1');
  const reader = createFrameReader();
  const responses: Hj212Packet[] = [];
  const raw: string[] = [];
  const waiters = new Set<() => void>();
  let closed = false;
  socket.on('data', (chunk: string) => {
    for (const outcome of reader.push(chunk)) {
      raw.push(outcome.raw);
      if (outcome.ok) responses.push(outcome.value);
    }
    for (const wake of waiters) wake();
  });
  socket.on('error', () => {});
  const closedPromise = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closed = true;
      for (const wake of waiters) wake();
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const qnOf = (p: Hj212Packet) => {
    const cp = parseCp(p.cp);
    return (cp.ok ? cp.value.fields.QN : undefined) ?? p.qn;
  };
  return {
    socket,
    responses,
    raw,
    closed: closedPromise,
    isClosed: () => closed,
    response: (qn, timeoutMs = scaled(5000)) =>
      new Promise((resolve) => {
        const check = () => {
          const found = responses.find((p) => qn === undefined || qnOf(p) === qn || p.qn === qn);
          if (found || closed) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found ?? null);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(null);
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
}

/** Sends a good device's packet on a fresh connection and expects its 9014. */
async function goodDeviceIsServed(mn = OTHER): Promise<void> {
  const c = await client();
  const dataTime = nextDataTime();
  c.socket.write(minuteFrame({ mn }, dataTime));
  const answer = await c.response(`${dataTime}000`);
  expect(answer?.cn).toBe('9014');
  c.socket.destroy();
}

const rows = (mn: string) => db.prepare('SELECT count(*) FROM device_data WHERE mn = ?').pluck().get(mn) as number;
const write = (socket: Socket, data: string | Buffer) =>
  new Promise<void>((resolve) => (socket.write(data) ? resolve() : socket.once('drain', () => resolve())));
const tick = () => new Promise((resolve) => setImmediate(resolve));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantian-hostile-ingest-'));
  db = openDatabase(join(dir, 'lantian.db'));
  migrate(db);
  register(GOOD);
  register(OTHER);
  register(SPLITTER);
  const hub = createLiveHub();
  const writer = createWriter(db);
  const ingest = createIngest({ db, writer, hub });
  listener = await startHj212Listener({ port: 0, host: '127.0.0.1', ingest, idleTimeoutMs: IDLE_MS });
  app = createApp({ db, hub, writer, ingest });
});
afterAll(async () => {
  await listener?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the TCP listener under hostile input', () => {
  it('10 MB of garbage without ##: the server stays responsive, the connection closed or resynchronised', async () => {
    const flooder = await client();
    const garbage = 'x'.repeat(64 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const flood = (async () => {
      for (let sent = 0; sent < 10 * 1024 * 1024 && !flooder.isClosed(); sent += garbage.length)
        await write(flooder.socket, garbage);
    })();
    await goodDeviceIsServed(); // meanwhile another device is answered
    await flood;
    expect(performance.now() - started).toBeLessThan(scaled(15_000));
    // the reader kept no 10 MB buffer (a string of it would be ≥ 10 MB)
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(48 * 1024 * 1024);
    if (!flooder.isClosed()) {
      const dataTime = nextDataTime();
      flooder.socket.write(minuteFrame({}, dataTime));
      const answer = await flooder.response(`${dataTime}000`);
      expect(flooder.isClosed() || answer?.cn === '9014').toBe(true);
    }
    flooder.socket.destroy();
  });

  it('a length field of 9999 with a short body is refused; the next good frame is still read', async () => {
    const c = await client();
    const dataTime = nextDataTime();
    const segment =
      `QN=${dataTime}001;ST=22;CN=2051;PW=${PW};MN=${GOOD};Flag=5;` + `CP=&&DataTime=${dataTime};a34004-Avg=1&&`;
    c.socket.write(rawFrame(segment, 9999));
    const next = nextDataTime();
    c.socket.write(minuteFrame({}, next));
    const answer = await c.response(`${next}000`);
    expect(c.isClosed() || answer?.cn === '9014').toBe(true);
    expect(db.prepare('SELECT count(*) FROM device_data WHERE data_time = ?').pluck().get(isoOf(dataTime))).toBe(0);
    c.socket.destroy();
  });

  it('a frame with a 1,024-character data segment sent one byte per write is acknowledged', async () => {
    const dataTime = nextDataTime();
    const padded = (pad: number) =>
      minuteFrame(
        { cp: encodeCp({ dataTime, items: { a34004: { Avg: 35, Flag: 'N' } }, fields: { Pad: 'x'.repeat(pad) } }) },
        dataTime,
      );
    const frame = padded(1 + 1024 - Number(padded(1).slice(2, 6)));
    expect(frame.slice(2, 6)).toBe('1024');
    const c = await client();
    for (const byte of frame) {
      c.socket.write(byte);
      await tick();
    }
    expect((await c.response(`${dataTime}000`))?.cn).toBe('9014');
    c.socket.destroy();
  });

  it('1,000 connections opened at once: the listener stays up and a device is still served', async () => {
    const sockets = await Promise.all(
      Array.from(
        { length: 1000 },
        () =>
          new Promise<Socket | null>((resolve) => {
            const s = connect({ host: '127.0.0.1', port: listener.port });
            s.once('connect', () => resolve(s));
            s.once('error', () => resolve(null));
          }),
      ),
    );
    expect(sockets.filter(Boolean).length).toBeGreaterThan(900);
    await goodDeviceIsServed();
    for (const s of sockets) s?.destroy();
    await goodDeviceIsServed();
  });

  it('a slowloris (a partial frame held open) is closed by the idle timeout', async () => {
    const c = await client();
    c.socket.write(minuteFrame().slice(0, 40));
    const closedIn = await Promise.race([c.closed.then(() => true), sleep(IDLE_MS * 10).then(() => false)]);
    expect(closedIn).toBe(true);
  });

  it('an hour packet (CN 2061) with DataTime in 2099 is refused with a 9011 and stored nowhere', async () => {
    const c = await client();
    const frame = encodePacket({
      qn: '20991231230000000',
      st: '22',
      cn: '2061',
      pw: PW,
      mn: GOOD,
      flag: 5,
      cp: encodeCp({ dataTime: '20991231230000', items: { a34004: { Avg: 35, Flag: 'N' } } }),
    });
    c.socket.write(frame);
    const answer = await c.response('20991231230000000');
    expect(answer?.cn).toBe('9011');
    expect(db.prepare("SELECT count(*) FROM device_data WHERE data_time LIKE '2099%'").pluck().get()).toBe(0);
    expect(
      db.prepare("SELECT count(*) FROM station_readings WHERE ts LIKE '2099%' OR ts LIKE '2100%'").pluck().get(),
    ).toBe(0);
    c.socket.destroy();
  });

  it('a packet of 10,000 CP items (in PNUM/PNO parts) is refused or bounded, and the server goes on', async () => {
    const c = await client();
    const dataTime = nextDataTime();
    const items = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [`a${String(i).padStart(5, '0')}`, { Avg: 1 }]),
    );
    const parts = encodeSplit({
      qn: `${dataTime}000`,
      st: '22',
      cn: '2051',
      pw: PW,
      mn: SPLITTER,
      flag: 5,
      cp: encodeCp({ dataTime, items }),
    });
    expect(parts.length).toBeGreaterThan(100);
    for (const part of parts) await write(c.socket, part);
    const answer = await c.response(`${dataTime}000`, scaled(5000));
    const stored = db.prepare('SELECT length(items) FROM device_data WHERE mn = ?').pluck().get(SPLITTER) as
      | number
      | undefined;
    // refused (9011, or the connection closed), or accepted whole: then stored once, acknowledged with a 9014
    if (answer?.cn === '9014') expect(stored).toBeGreaterThan(100_000);
    else expect(stored).toBeUndefined();
    c.socket.destroy();
    await goodDeviceIsServed();
  });

  it('non-ASCII bytes, NUL and SQL-ish MNs get refusals, never a crash, and write no data', async () => {
    const before = rows(GOOD) + rows(OTHER);
    const errorsBefore = db.prepare('SELECT coalesce(max(id), 0) FROM device_errors').pluck().get() as number;
    const c = await client();
    const dataTime = nextDataTime();
    const hostile = [
      Buffer.from([0xff, 0xfe, 0x00, 0x23, 0x23, 0x80, 0x81, 0xc3, 0x28, 0x0d, 0x0a]),
      rawFrame(`QN=${dataTime}000;ST=22;CN=2051;PW=${PW};MN=${GOOD}\0;Flag=5;CP=&&DataTime=${dataTime}&&`),
      rawFrame(`QN=${dataTime}000;ST=22;CN=2051;PW=${PW};MN=烟尘监测点;Flag=5;CP=&&DataTime=${dataTime}&&`),
      minuteFrame({ mn: "'; DROP TABLE devices;--" }, dataTime),
      minuteFrame({ mn: "x' OR '1'='1" }, dataTime),
      minuteFrame({ pw: "' OR 1=1 --" }, dataTime),
      `##0010\0\0\0\0\0\0\0\0\0\0FFFF\r\n`,
    ];
    for (const item of hostile) await write(c.socket, item);
    await sleep(300);
    for (const r of c.responses) expect(r.cn).toBe('9011');
    expect(rows(GOOD) + rows(OTHER)).toBe(before);
    expect(db.prepare('SELECT count(*) FROM devices').pluck().get()).toBe(3);
    // each hostile input left a refusal in the error log, its MN kept as text (parameters, never SQL)
    const logged = db.prepare('SELECT mn, code FROM device_errors WHERE id > ?').all(errorsBefore) as {
      mn: string | null;
      code: string;
    }[];
    expect(logged.length).toBeGreaterThanOrEqual(hostile.length);
    expect(logged.map((e) => e.mn)).toEqual(expect.arrayContaining(['烟尘监测点', "x' OR '1'='1", `${GOOD}\0`]));
    // a refusal never echoes an MN or PW the registry cannot hold (NUL, Chinese, quotes, spaces): no 9011 here
    expect(c.raw.filter((r) => r.includes('CN=9011'))).toEqual([]);
    c.socket.destroy();
    await goodDeviceIsServed();
  });
});

describe('POST /api/ingest/hj212 under hostile input', () => {
  const post = (body: string) =>
    app.request('/api/ingest/hj212', { method: 'POST', headers: { 'content-type': 'text/plain' }, body });

  it('a 2 MB body is 413 with a Chinese message', async () => {
    const res = await post('#'.repeat(2 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(errorBodySchema.parse(await res.json()).error.text.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an empty body is 400', async () => {
    const res = await post('');
    expect(res.status).toBe(400);
    expect(errorBodySchema.parse(await res.json()).error.text.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('good and bad frames mixed get one result each, in order', async () => {
    const good = nextDataTime();
    const badCrc = minuteFrame({}, nextDataTime()).replace(/[0-9A-F]{4}\r\n$/, '0000\r\n');
    const unknown = minuteFrame({ mn: 'LTNOSUCHDEVICE' });
    const wrongPw = minuteFrame({ pw: '000000' });
    const res = await post([minuteFrame({}, good), badCrc, unknown, wrongPw].join(''));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { ok: boolean; mn: string | null; response?: string }[] };
    expect(body.results.map((r) => r.ok)).toEqual([true, false, false, false]);
    expect(body.results[0]?.response).toMatch(/CN=9014/);
    expect(body.results[2]?.response).toMatch(/QnRtn=4/);
    expect(body.results[3]?.response).toMatch(/QnRtn=3/);
    expect(db.prepare('SELECT count(*) FROM device_data WHERE data_time = ?').pluck().get(isoOf(good))).toBe(1);
  });
});

function isoOf(d: string): string {
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}`;
}
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
