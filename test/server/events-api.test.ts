import { serve, type ServerType } from '@hono/node-server';
import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createLiveHub, type LiveHub } from '../../server/services/live-hub.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/** One parsed SSE message: its fields (comments are kept as `comment`). */
interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

function parseSse(text: string): SseMessage[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const message: SseMessage = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) message.comment = line.slice(1).trim();
        const m = /^(id|event|data|retry): ?(.*)$/.exec(line);
        if (m) message[m[1] as 'id' | 'event' | 'data' | 'retry'] = m[2];
      }
      return message;
    });
}

/** An open event stream read in-process: its text so far, waiting for a condition, closing it. */
async function openStream(caller: Pick<Caller, 'request'>, path: string, headers: Record<string, string> = {}) {
  const res = await caller.request(path, { headers });
  if (!res.body) throw new Error('no body');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let done = false;
  let failed: unknown = null;
  let pending: Promise<void> | null = null;
  const readOnce = () => {
    pending ??= reader.read().then(
      (chunk) => {
        pending = null;
        if (chunk.done) done = true;
        else text += decoder.decode(chunk.value, { stream: true });
      },
      (error: unknown) => {
        pending = null;
        done = true;
        failed = error;
      },
    );
    return pending;
  };
  return {
    res,
    text: () => text,
    messages: () => parseSse(text),
    /** Reads until `test` holds of the messages (or the stream ends, or `ms` pass); returns the messages. */
    async until(test: (messages: SseMessage[]) => boolean, ms = 2_000): Promise<SseMessage[]> {
      const deadline = Date.now() + ms;
      while (!test(parseSse(text)) && !done && Date.now() < deadline) {
        await Promise.race([readOnce(), new Promise((r) => setTimeout(r, deadline - Date.now()))]);
      }
      return parseSse(text);
    },
    ended: () => done,
    failed: () => failed,
    close: () => reader.cancel().catch(() => undefined),
  };
}

const events = (messages: SseMessage[]) => messages.filter((m) => m.event !== undefined);

let seeded: ReturnType<typeof createSeededDbFile>;
let hub: LiveHub;
let app: ReturnType<typeof createApp>;
let official: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.1 });
  hub = createLiveHub(5);
  app = createApp({ db: seeded.db, hub, events: { pingMs: 60, maxStreams: 3, maxPendingBytes: 8_192 } });
  official = asUser(app, seeded.db, 'official');
});
afterAll(() => seeded.dispose());

describe('GET /api/events', () => {
  it('refuses anonymous callers, even on a server with public reading', async () => {
    expect((await app.request('/api/events')).status).toBe(401);
    const open = createApp({ db: seeded.db, hub, publicRead: true });
    const res = await open.request('/api/events');
    expect(res.status).toBe(401);
    expect(errorBodySchema.parse(await res.json()).error.code).toBe('unauthenticated');
  });

  it('refuses an unknown topic with a 400 in Chinese', async () => {
    const res = await official.request('/api/events?topics=present,weather');
    expect(res.status).toBe(400);
    const body = errorBodySchema.parse(await res.json());
    expect(body.error.text?.zh).toContain('事件主题无效');
    expect(body.error.text?.zh).toContain('weather');
    expect((await official.request('/api/events?topics=')).status).toBe(400);
    expect((await official.request('/api/events?lastEventId=x1')).status).toBe(400);
  });

  it('streams uncompressed, uncached text/event-stream with retry and a starting id', async () => {
    const stream = await openStream(official, '/api/events', { 'accept-encoding': 'br, gzip' });
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.res.headers.get('cache-control')).toMatch(/no-cache/);
    expect(stream.res.headers.get('x-accel-buffering')).toBe('no');
    expect(stream.res.headers.get('content-encoding')).toBeNull();
    const start = await stream.until((ms) => ms.some((m) => m.id !== undefined));
    expect(start[0]?.retry).toBe('3000');
    expect(start.find((m) => m.id !== undefined)).toEqual({ id: String(hub.lastId()) });
    await stream.close();
  });

  it('sends the events of its topics as they are published, every topic but data by default', async () => {
    const all = await openStream(official, '/api/events');
    const presentOnly = await openStream(official, '/api/events?topics=present');
    await all.until((ms) => ms.some((m) => m.id !== undefined));
    await presentOnly.until((ms) => ms.some((m) => m.id !== undefined));
    const readingsId = hub.publish('readings', { readings: [] });
    hub.publish('data', { packets: [] });
    const presentId = hub.publish('present', { asOf: '2024-01-01T01:00' });
    const got = events(await all.until((ms) => events(ms).length >= 2));
    expect(got.map((m) => [m.id, m.event])).toEqual([
      [String(readingsId), 'readings'],
      [String(presentId), 'present'],
    ]);
    expect(JSON.parse(got[1]?.data ?? '')).toEqual({ asOf: '2024-01-01T01:00' });
    const only = events(await presentOnly.until((ms) => events(ms).length >= 1));
    expect(only.map((m) => m.event)).toEqual(['present']);
    await all.close();
    await presentOnly.close();
  });

  it('resumes after Last-Event-ID with exactly the events missed, or ?lastEventId=', async () => {
    const first = await openStream(official, '/api/events?topics=present,alerts');
    await first.until((ms) => ms.some((m) => m.id !== undefined));
    const seen = hub.publish('present', { asOf: '2024-01-01T02:00' });
    await first.until((ms) => events(ms).length >= 1);
    await first.close();
    // while disconnected
    const missed = [
      hub.publish('present', { asOf: '2024-01-01T03:00' }),
      hub.publish('readings', { readings: [] }),
      hub.publish('alerts', { raised: [], cleared: [], open: 3 }),
    ];
    const again = await openStream(official, '/api/events?topics=present,alerts', { 'Last-Event-ID': String(seen) });
    const resumed = events(await again.until((ms) => events(ms).length >= 2));
    expect(resumed.map((m) => Number(m.id))).toEqual([missed[0], missed[2]]);
    const after = hub.publish('present', { asOf: '2024-01-01T04:00' });
    expect(events(await again.until((ms) => events(ms).length >= 3)).map((m) => Number(m.id))).toEqual([
      missed[0],
      missed[2],
      after,
    ]);
    await again.close();
    const byQuery = await openStream(official, `/api/events?topics=present&lastEventId=${seen}`);
    const viaQuery = events(await byQuery.until((ms) => events(ms).length >= 2));
    expect(viaQuery.map((m) => Number(m.id))).toEqual([missed[0], after]);
    await byQuery.close();
  });

  it('sends reset when the events after Last-Event-ID are no longer held', async () => {
    const old = hub.publish('present', { asOf: '2024-01-01T05:00' });
    for (let i = 0; i < 6; i++) hub.publish('readings', { readings: [] }); // the hub holds 5
    const stream = await openStream(official, '/api/events', { 'Last-Event-ID': String(old) });
    const got = events(await stream.until((ms) => events(ms).length >= 1));
    expect(got[0]).toMatchObject({ event: 'reset', id: String(hub.lastId()) });
    expect(JSON.parse(got[0]?.data ?? '')).toEqual({ reason: 'events-dropped' });
    await stream.close();
    // an id from the future (another process, a restart) too
    const future = await openStream(official, '/api/events', { 'Last-Event-ID': String(hub.lastId() + 50) });
    expect(events(await future.until((ms) => events(ms).length >= 1))[0]?.event).toBe('reset');
    await future.close();
  });

  it('keeps the connection alive with a ping comment', async () => {
    const stream = await openStream(official, '/api/events');
    const got = await stream.until((ms) => ms.some((m) => m.comment === 'ping'), 1_000);
    expect(got.some((m) => m.comment === 'ping')).toBe(true);
    await stream.close();
  });

  it('caps open streams with 503 and Retry-After, and frees a slot when a stream closes', async () => {
    const before = hub.subscribers();
    const streams = [];
    for (let i = 0; i < 3; i++) streams.push(await openStream(official, '/api/events'));
    expect(hub.subscribers()).toBe(before + 3);
    const refused = await official.request('/api/events');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(errorBodySchema.parse(await refused.json()).error.text?.zh).toContain('实时连接数已满');
    await streams[0]?.close();
    expect(hub.subscribers()).toBe(before + 2);
    const next = await openStream(official, '/api/events');
    expect(next.res.status).toBe(200);
    for (const s of [...streams.slice(1), next]) await s.close();
    expect(hub.subscribers()).toBe(before);
  });

  it('drops a client that falls too far behind, while a reading client gets every event', async () => {
    const slow = await openStream(official, '/api/events');
    const fast = await openStream(official, '/api/events');
    await fast.until((ms) => ms.some((m) => m.id !== undefined));
    const before = hub.subscribers();
    const big = 'x'.repeat(1_000);
    let sent = 0;
    for (let i = 0; i < 20; i++) {
      hub.publish('reset', { reason: big });
      sent++;
      await fast.until((ms) => events(ms).length >= sent, 500);
    }
    expect(events(fast.messages())).toHaveLength(20);
    expect(hub.subscribers()).toBe(before - 1); // the slow one is gone (~9 KB queued > 8 KB)
    const leftovers = await slow.until(() => false, 200);
    expect(slow.ended()).toBe(true);
    expect(slow.failed()).toBeInstanceOf(Error);
    expect(events(leftovers)).toHaveLength(0);
    await fast.close();
  });

  it('over a real socket: a console that stops reading is dropped, and publishing never waits for it', async () => {
    const server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    const before = hub.subscribers();
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${official.cookie}\r\n\r\n`);
    await expect.poll(() => hub.subscribers()).toBe(before + 1);
    // it stops reading: the kernel's buffers fill, then the socket's, then the stream's queue
    socket.pause();
    const big = 'x'.repeat(16_000);
    let published = 0;
    let slowest = 0;
    while (hub.subscribers() > before && published < 5_000) {
      const t0 = performance.now();
      hub.publish('reset', { reason: big });
      slowest = Math.max(slowest, performance.now() - t0);
      published++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(hub.subscribers()).toBe(before);
    expect(published).toBeLessThan(5_000);
    expect(slowest).toBeLessThan(50); // a publish hands bytes over, it never waits on a socket
    socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
});
