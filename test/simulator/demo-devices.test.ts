import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { readServerConfig } from '../../server/config.ts';
import { writeDatasetMeta } from '../../server/db/dataset-meta.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { readSimulatorDevices } from '../../server/db/simulator-reads.ts';
import { decodePacket } from '../../server/hj212/decode-packet.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import { mnSchema } from '../../server/schema/devices.ts';
import { DEMO_DEVICE_PASSWORD, demoOutletMn, demoStationMn } from '../../server/simulator/demo-devices.ts';
import { exceedanceDevice, planDevices } from '../../server/simulator/device-plan.ts';
import { corruptCrc, dataFrame } from '../../server/simulator/packets.ts';
import { startSimulatorInServer } from '../../server/simulator/start-in-server.ts';
import { stackValues } from '../../server/simulator/stack-values.ts';

let db: Db;
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

beforeAll(() => {
  db = openDatabase(':memory:');
  seedDatabase(db, { scale: 0.1 });
}, 60_000);

describe('the demo devices of the seed', () => {
  it('are one per active station (ambient or micro) and one per outlet (stack)', () => {
    expect(count("SELECT count(*) AS n FROM devices WHERE kind = 'ambient'")).toBe(
      count("SELECT count(*) AS n FROM stations WHERE kind = 'national' AND status = 'active'"),
    );
    expect(count("SELECT count(*) AS n FROM devices WHERE kind = 'micro'")).toBe(
      count("SELECT count(*) AS n FROM stations WHERE kind = 'micro' AND status = 'active'"),
    );
    expect(count("SELECT count(*) AS n FROM devices WHERE kind = 'stack'")).toBe(
      count('SELECT count(*) AS n FROM outlets'),
    );
    expect(
      count("SELECT count(*) AS n FROM devices d JOIN stations s ON s.code = d.entity_id AND s.status = 'stopped'"),
    ).toBe(0);
  });

  it('have valid deterministic MNs and the demo password, salted', () => {
    const rows = db.prepare('SELECT * FROM devices').all() as {
      mn: string;
      kind: string;
      entity_id: string;
      password_salt: string;
      password_hash: string;
    }[];
    for (const d of rows) {
      expect(mnSchema.safeParse(d.mn).success, d.mn).toBe(true);
      expect(d.mn).toBe(d.kind === 'stack' ? demoOutletMn(d.entity_id) : demoStationMn(d.entity_id));
      const hash = createHash('sha256')
        .update(d.password_salt + DEMO_DEVICE_PASSWORD)
        .digest('hex');
      expect(d.password_hash).toBe(hash);
    }
    expect(new Set(rows.map((d) => d.password_salt)).size).toBe(rows.length);
    expect(demoOutletMn('E0001/DA001 with a very long tail')).toHaveLength(24);
  });

  it('are all simulated, the exceedance at 铁牛 (the named cement company with ULE limits)', () => {
    const devices = planDevices(readSimulatorDevices(db));
    expect(devices).toHaveLength(count('SELECT count(*) AS n FROM devices'));
    expect(devices.map((d) => d.kind)).toEqual([...devices.map((d) => d.kind)].sort());
    expect(exceedanceDevice(devices)?.name).toContain('铁牛');
    expect(planDevices(readSimulatorDevices(db), { password: 'other' })).toEqual([]);
    expect(planDevices(readSimulatorDevices(db), { max: 3 })).toHaveLength(3);
  });
});

describe('the simulator packets', () => {
  it('decode with the codec: hour data with DataTime = the hour start, Flag 5, the stack items', () => {
    const device = planDevices(readSimulatorDevices(db)).find((d) => d.kind === 'stack');
    if (!device?.outlet) throw new Error('no stack device');
    const stack = stackValues(device.outlet, '2024-01-01T05:00');
    const frame = dataFrame(device, 'hour', '2024-01-01T05:00', '20240101060000001', { stack, flag: 'M' });
    const packet = decodePacket(frame);
    if (!packet.ok) throw new Error(packet.error.message);
    expect(packet.value).toMatchObject({ st: '31', cn: '2061', mn: device.mn, pw: 'lantian', flag: 5 });
    const cp = parseCp(packet.value.cp);
    if (!cp.ok) throw new Error(cp.error.message);
    expect(cp.value.dataTime).toBe('20240101050000');
    expect(cp.value.items.a34013).toMatchObject({ Avg: stack.pm, Cou: stack.pmCou, Flag: 'M' });
    expect(cp.value.items.a00000).toMatchObject({ Avg: stack.flow, Flag: 'N' });
    expect(cp.value.items.a19001?.Avg).toBe(stack.o2);
    const bad = decodePacket(corruptCrc(frame));
    expect(bad.ok ? null : bad.error.code).toBe('crc');
  });

  it('leave a missing pollutant out and send real-time data as Rtd', () => {
    const device = { mn: 'LT22XFW001', password: 'lantian', kind: 'micro' as const };
    const ambient = { pm25: 35, pm10: null, so2: 8, no2: 20, co: 0.8, o3: 60 };
    const frame = dataFrame(device, 'realtime', '2024-01-01T05:05', '20240101050500001', { ambient, flag: 'N' });
    const packet = decodePacket(frame);
    if (!packet.ok) throw new Error(packet.error.message);
    expect(packet.value).toMatchObject({ st: '22', cn: '2011' });
    const cp = parseCp(packet.value.cp);
    if (!cp.ok) throw new Error(cp.error.message);
    expect(cp.value.items.a34004).toEqual({ Rtd: 35, Flag: 'N' });
    expect(cp.value.items.a34002).toBeUndefined();
  });
});

describe('--simulate', () => {
  it('reads --simulate and --simulate-speed (default 60), refusing a bad speed', () => {
    expect(readServerConfig([], {})).toMatchObject({ simulate: false, simulateSpeed: 60 });
    expect(readServerConfig(['--simulate', '--simulate-speed', '120'], {})).toMatchObject({
      simulate: true,
      simulateSpeed: 120,
    });
    expect(() => readServerConfig(['--simulate-speed', '0'], {})).toThrow(/simulate-speed/);
    expect(() => readServerConfig(['--simulate-speed', 'fast'], {})).toThrow(/simulate-speed/);
  });

  it('is ignored, with a log line, for a database that is not a demo database or without a listener', () => {
    const lines: string[] = [];
    const options = { db, listenerPort: 9, listenerHost: undefined, speed: 60, log: (l: string) => lines.push(l) };
    expect(startSimulatorInServer(options)).toBeNull();
    expect(lines).toEqual(['--simulate ignored: the database is not a demo database']);
    writeDatasetMeta(db, 'demo_mode', 'true');
    expect(startSimulatorInServer({ ...options, listenerPort: null })).toBeNull();
    expect(lines[1]).toMatch(/listener is not running/);
  });
});
