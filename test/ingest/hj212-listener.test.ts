import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { createWriter, type Writer } from '../../server/db/writer.ts';
import { type Hj212Listener, startHj212Listener } from '../../server/ingest/hj212-listener.ts';
import { createIngest } from '../../server/ingest/ingest-service.ts';
import { createLiveHub } from '../../server/services/live-hub.ts';
import { addDevice, dt, frame, openClient } from './ingest-helpers.ts';

const opened: { db: Db; listener: Hj212Listener }[] = [];
afterEach(async () => {
  for (const { db, listener } of opened.splice(0)) {
    await listener.close(200);
    db.close();
  }
});

/** A writer whose commits wait until `open()`: a slow disk. */
function gatedWriter(db: Db): { writer: Writer; open: () => void } {
  const real = createWriter(db);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    writer: { ...real, write: async (work) => (await gate, real.write(work)) },
    open: () => release(),
  };
}

async function start(options: { writer?: (db: Db) => Writer; idleTimeoutMs?: number; maxPendingPackets?: number }) {
  const db = openDatabase(':memory:');
  migrate(db);
  addDevice(db, { mn: 'FAST', kind: 'micro', layer: 'stations', entity: 'X' });
  const writer = options.writer ? options.writer(db) : createWriter(db);
  const ingest = createIngest({ db, writer, hub: createLiveHub(), limits: { ratePerS: 100_000, burst: 100_000 } });
  const listener = await startHj212Listener({
    port: 0,
    host: '127.0.0.1',
    ingest,
    ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: options.idleTimeoutMs }),
    ...(options.maxPendingPackets === undefined ? {} : { maxPendingPackets: options.maxPendingPackets }),
  });
  opened.push({ db, listener });
  return { db, ingest, listener };
}

const minute = (i: number) => new Date(Date.UTC(2023, 0, 1, 8) + i * 60_000).toISOString().slice(0, 16);

describe('the HJ 212 TCP listener', () => {
  it('stops reading a connection while its packets wait for a slow writer, and answers them all after', async () => {
    let gate: { open: () => void } | null = null;
    const { ingest, listener, db } = await start({
      writer: (d) => {
        const gated = gatedWriter(d);
        gate = gated;
        return gated.writer;
      },
      maxPendingPackets: 50,
    });
    const client = await openClient(listener.port);
    const total = 5000;
    for (let i = 0; i < total; i += 100) {
      const frames = Array.from({ length: 100 }, (_, k) => frame({ mn: 'FAST', dataTime: dt(minute(i + k)) }));
      client.send(frames.join(''));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    // paused: what waits in the server is bounded by the cap and one chunk of the stream, not the whole send
    const waiting = ingest.pending();
    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBeLessThan(total / 2);
    expect(client.replies).toEqual([]);
    (gate as { open: () => void } | null)?.open();
    const replies = await client.waitFor(total, 30_000);
    client.close();
    expect(replies.every((r) => r.packet.cn === '9014')).toBe(true);
    expect(db.prepare("SELECT count(*) FROM device_data WHERE mn = 'FAST'").pluck().get()).toBe(total);
  }, 60_000);

  it('closes a connection that stays silent past the idle timeout; a socket error harms no one else', async () => {
    const { listener } = await start({ idleTimeoutMs: 200 });
    const idle = await openClient(listener.port);
    const closed = new Promise<void>((resolve) => idle.socket.once('close', () => resolve()));
    // a half frame held open (slowloris)
    idle.send('##0200QN=2023');
    const rude = await openClient(listener.port);
    rude.socket.resetAndDestroy();
    await closed;
    expect(idle.socket.destroyed).toBe(true);
    const polite = await openClient(listener.port);
    polite.send(frame({ mn: 'FAST', dataTime: dt('2023-02-02T02:02') }));
    expect((await polite.waitFor(1))[0]?.packet.cn).toBe('9014');
    polite.close();
  });

  it('answers nothing for a batch whose commit failed (the device resends) and keeps serving', async () => {
    let failures = 1;
    const { listener, db } = await start({
      writer: (d) => {
        const real = createWriter(d);
        return {
          ...real,
          write: (work) =>
            failures-- > 0
              ? real.write(() => {
                  throw new Error('disk I/O error (simulated)');
                })
              : real.write(work),
        };
      },
    });
    const client = await openClient(listener.port);
    const packet = frame({ mn: 'FAST', dataTime: dt('2023-03-03T03:03') });
    client.send(packet);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.replies).toEqual([]);
    // the resend lands and is acknowledged
    client.send(packet);
    expect((await client.waitFor(1))[0]?.packet.cn).toBe('9014');
    client.close();
    expect(db.prepare("SELECT count(*) FROM device_data WHERE mn = 'FAST'").pluck().get()).toBe(1);
  });
});
