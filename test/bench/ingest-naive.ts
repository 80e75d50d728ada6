import { hashDevicePassword } from '../../server/db/devices-repository.ts';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { decodePacket } from '../../server/hj212/decode-packet.ts';
import { encodeCp, encodePacket } from '../../server/hj212/encode-packet.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import { BENCH_PASSWORD, benchMn, cstDigits, dataTimeIso } from './ingest-tools.ts';

/**
 * The ingest benchmark's naive baseline: what an ingest without batching costs. On a copy of `dbFile` (with the
 * benchmark devices), for `seconds`: per packet, decode the frame, parse its CP, read the device and check its
 * password hash, INSERT the device_data row and UPDATE the device's counters, in one transaction committed with
 * synchronous=FULL (an fsync per packet). No network: the figure is generous to the baseline.
 */
export function runNaiveIngest(dbFile: string, seconds: number): { rate: number; packets: number; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'lantian-ingest-naive-'));
  const file = join(dir, 'naive.db');
  copyFileSync(dbFile, file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const devices = db.prepare("SELECT count(*) FROM devices WHERE mn LIKE 'LTBENCH%'").pluck().get() as number;
    const readDevice = db.prepare('SELECT password_salt, password_hash, enabled FROM devices WHERE mn = ?');
    const insert = db.prepare(
      'INSERT OR IGNORE INTO device_data (mn, cn, data_time, received_at, items) VALUES (?, ?, ?, ?, ?)',
    );
    const touch = db.prepare(
      'UPDATE devices SET accepted = accepted + 1, last_seen_at = ?, last_data_time = ?, last_packet = ? WHERE mn = ?',
    );
    const ingestOne = db.transaction((frame: string) => {
      const decoded = decodePacket(frame);
      if (!decoded.ok) throw new Error(`naive ingest: ${decoded.error.message}`);
      const packet = decoded.value;
      const cp = parseCp(packet.cp);
      if (!cp.ok || cp.value.dataTime === null) throw new Error('naive ingest: bad CP');
      const device = readDevice.get(packet.mn) as { password_salt: string; password_hash: string } | undefined;
      const hash = hashDevicePassword(packet.pw, device?.password_salt ?? '');
      if (!device || hash !== device.password_hash) throw new Error('naive ingest: device refused');
      const now = Date.now();
      insert.run(packet.mn, packet.cn, dataTimeIso(cp.value.dataTime), now, JSON.stringify(cp.value.items));
      touch.run(new Date(now).toISOString(), dataTimeIso(cp.value.dataTime), frame.slice(0, 512), packet.mn);
    });
    const first = Math.floor((Date.now() - 10 * 86_400_000) / 60_000) * 60_000;
    const started = performance.now();
    let packets = 0;
    while (performance.now() - started < seconds * 1000) {
      const mn = benchMn(packets % devices);
      const k = Math.floor(packets / devices);
      ingestOne(
        encodePacket({
          qn: cstDigits(first + packets, true),
          st: '22',
          cn: '2051',
          pw: BENCH_PASSWORD,
          mn,
          flag: 5,
          cp: encodeCp({
            dataTime: cstDigits(first + k * 60_000),
            items: { a34004: { Avg: 30 + (k % 7), Flag: 'N' }, a34002: { Avg: 60, Flag: 'N' } },
          }),
        }),
      );
      packets++;
    }
    const elapsed = (performance.now() - started) / 1000;
    return { rate: packets / elapsed, packets, seconds: elapsed };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
