/**
 * The simulator's delivery against a platform that misbehaves: a fake HJ 212 listener that leaves the first
 * attempt of each packet unanswered (the device must resend after its timeout) or closes the connection (the
 * device must reconnect and resend); every hour is delivered exactly as often as the platform acknowledged it.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFrameReader } from '../../server/hj212/frame-reader.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import { dataResponse, requestResponse } from '../../server/hj212/responses.ts';
import type { SimDevice } from '../../server/simulator/device-plan.ts';
import { noFaults } from '../../server/simulator/faults.ts';
import { createSimulator } from '../../server/simulator/simulator.ts';
import { scaled } from '../helpers/time-scale.ts';

type Behaviour = 'silent-first' | 'close-first' | 'refuse-crc-first';

let server: Server | null = null;
const sockets = new Set<Socket>();

/** A listener acknowledging each (MN, DataTime) once it misbehaved on its first attempt; returns what it stored. */
async function fakeListener(behaviour: Behaviour) {
  const seen = new Map<string, number>();
  const stored: string[] = [];
  const srv = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const reader = createFrameReader();
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      for (const outcome of reader.push(chunk)) {
        if (!outcome.ok) continue;
        const packet = outcome.value;
        const cp = parseCp(packet.cp);
        const key = `${packet.mn}|${cp.ok ? cp.value.dataTime : ''}`;
        const attempts = (seen.get(key) ?? 0) + 1;
        seen.set(key, attempts);
        if (attempts === 1 && behaviour === 'silent-first') continue;
        if (attempts === 1 && behaviour === 'close-first') {
          socket.destroy();
          return;
        }
        if (attempts === 1 && behaviour === 'refuse-crc-first') {
          socket.write(requestResponse(packet, 9));
          continue;
        }
        stored.push(key);
        socket.write(dataResponse(packet));
      }
    });
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  server = srv;
  const address = srv.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { port: address.port, stored };
}

const device: SimDevice = {
  mn: 'LT22XFW001',
  kind: 'micro',
  password: 'lantian',
  intervalS: 60,
  entityId: 'XFW001',
  name: '测试微站',
  outlet: null,
};

async function simulate(port: number, ackTimeoutMs = scaled(300)) {
  const lines: string[] = [];
  const sim = createSimulator({
    host: '127.0.0.1',
    port,
    devices: [device],
    speed: 3600 * 20,
    faults: noFaults,
    from: '2024-01-01T00:00',
    hours: 3,
    realtimeMinutes: 0,
    ackTimeoutMs,
    tickMs: 10,
    log: (line) => lines.push(line),
  });
  sim.start();
  await sim.finished;
  const stats = sim.stats();
  sim.stop();
  return { stats, lines };
}

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe('the simulator delivers every hour once acknowledged', () => {
  it('resends a packet left unanswered after its timeout', async () => {
    const listener = await fakeListener('silent-first');
    const { stats } = await simulate(listener.port);
    // (a loaded machine may answer one attempt after the timeout: then it is stored twice, acknowledged once)
    expect([...new Set(listener.stored)]).toEqual([
      'LT22XFW001|20240101000000',
      'LT22XFW001|20240101010000',
      'LT22XFW001|20240101020000',
    ]);
    expect(stats).toMatchObject({ acked: 3, hoursAcked: 3, lost: 0, connections: 1 });
    expect(stats.resent).toBeGreaterThanOrEqual(3);
    expect(stats.sent).toBe(3 + stats.resent);
  }, 30_000);

  it('reconnects when the platform closes the connection, and resends', async () => {
    const listener = await fakeListener('close-first');
    const { stats } = await simulate(listener.port);
    expect(new Set(listener.stored).size).toBe(3);
    expect(stats).toMatchObject({ acked: 3, hoursAcked: 3, lost: 0 });
    expect(stats.connections).toBeGreaterThanOrEqual(2);
    expect(stats.resent).toBeGreaterThanOrEqual(1);
  }, 20_000);

  it('resends at once after a 9011 refusal for its CRC (not after its 60 s timeout)', async () => {
    const listener = await fakeListener('refuse-crc-first');
    const { stats } = await simulate(listener.port, 60_000);
    expect(listener.stored).toHaveLength(3);
    expect(stats).toMatchObject({ sent: 6, acked: 3, refused: 3, resent: 3, lost: 0 });
  }, 30_000);
});
