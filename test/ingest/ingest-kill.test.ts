import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open-database.ts';
import { addDevice, dt, frame, openClient } from './ingest-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantian-ingest-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEVICES = 20;

/** CST minute `i` minutes after 2023-04-01T00:00. */
const minute = (i: number) => new Date(Date.UTC(2023, 3, 1, 8) + i * 60_000).toISOString().slice(0, 16);

/** A TCP port free on 127.0.0.1 now (0 would turn the listener off). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

describe('a crash never loses an acknowledged packet', () => {
  it('kill -9 mid-stream: every (MN, CN, DataTime) acknowledged is in the database after', async () => {
    const file = join(dir, 'kill.db');
    const hj212Port = await freePort();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/main.ts',
        '--db',
        file,
        '--host',
        '127.0.0.1',
        '--port',
        '0',
        '--hj212-port',
        String(hj212Port),
        '--workers',
        '0',
        '--no-seed',
        '--no-demo',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no HJ 212 listener within 60 s:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /HJ 212 listener on tcp port (\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', () => reject(new Error(`server exited:\n${output}`)));
    });
    // devices registered by a second connection while the server runs (the ingest reads the registry on demand)
    const setup = openDatabase(file);
    for (let d = 0; d < DEVICES; d++)
      addDevice(setup, { mn: `KILL-${d}`, kind: 'micro', layer: 'stations', entity: 'X' });
    setup.close();

    const acked = new Set<string>();
    const clients = await Promise.all(
      Array.from({ length: DEVICES }, () =>
        openClient(port, (reply) => {
          if (reply.packet.cn === '9014') acked.add(`${reply.packet.mn}|${reply.packet.qn}`);
        }),
      ),
    );
    let sent = 0;
    let killed = false;
    // each device streams minute packets (its bucket allows a burst of 200) until the kill
    const stream = async (d: number) => {
      for (let i = 0; i < 400 && !killed; i++) {
        const t = minute(i);
        clients[d]?.send(frame({ mn: `KILL-${d}`, cn: '2051', dataTime: dt(t), qn: `${dt(t)}000` }));
        sent++;
        if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    const streaming = Promise.all(Array.from({ length: DEVICES }, (_, d) => stream(d)));
    const until = Date.now() + 30_000;
    while (acked.size < 1000 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    killed = true;
    await streaming;
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    for (const client of clients) client.close();
    const ackedAtKill = new Set(acked);
    expect(ackedAtKill.size).toBeGreaterThanOrEqual(1000);

    const db = openDatabase(file);
    const stored = new Set(
      (
        db.prepare("SELECT mn, data_time FROM device_data WHERE cn = '2051'").all() as {
          mn: string;
          data_time: string;
        }[]
      ).map((r) => `${r.mn}|${r.data_time.replace(/[-T:]/g, '')}000`),
    );
    db.close();
    const lost = [...ackedAtKill].filter((key) => !stored.has(key));
    expect(lost).toEqual([]);
    // the kill came mid-stream: more was sent than acknowledged
    expect(sent).toBeGreaterThan(ackedAtKill.size);
  }, 120_000);
});
