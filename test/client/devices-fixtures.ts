import { deviceDetailSchema, deviceSchema, type Device, type DeviceDetail } from '../../server/schema/devices.ts';
import { outletHourSchema, outletSchema, type Outlet, type OutletHour } from '../../server/schema/outlets.ts';

/** A device as GET /api/devices lists it (checked by the API's schema). */
export function device(overrides: Partial<Device> & { mn: string }): Device {
  return deviceSchema.parse({
    kind: 'ambient',
    entity: { layer: 'stations', id: '1318A' },
    entityName: '忻府区环境监测站',
    intervalS: 60,
    enabled: true,
    status: 'online',
    statusSince: '2026-12-04T01:00:00.000Z',
    lastSeen: '2026-12-04T02:05:00.000Z',
    lastDataTime: '2026-12-04T10:05:00',
    accepted: 120,
    refused: 0,
    duplicates: 0,
    lastError: null,
    lastErrorAt: null,
    ...overrides,
  });
}

export const devices: Device[] = [
  device({ mn: 'A0001', accepted: 1440, refused: 2, duplicates: 5 }),
  device({
    mn: 'S0001',
    kind: 'stack',
    entity: { layer: 'outlets', id: 'O-E0101-DA001' },
    entityName: '忻州市某水泥有限公司 · 1#水泥磨排气筒',
    status: 'offline',
    statusSince: '2026-12-03T22:00:00.000Z',
    accepted: 300,
    refused: 7,
    lastError: '9 CRC校验错误',
    lastErrorAt: '2026-12-03T21:59:00.000Z',
  }),
  device({ mn: 'M0001', kind: 'micro', status: 'late', statusSince: '2026-12-04T01:50:00.000Z' }),
  device({
    mn: 'N0001',
    kind: 'nrmm',
    entity: { layer: 'machines', id: 'J-001' },
    entityName: null,
    enabled: false,
    status: 'disabled',
    statusSince: null,
    lastSeen: null,
    lastDataTime: null,
    accepted: 0,
  }),
];

const LAST_CP = 'CP=&&DataTime=20261204100000&&1C80';

export function detail(of: Device): DeviceDetail {
  return deviceDetailSchema.parse({
    ...of,
    lastPacket: `##0101QN=20261204100500000;ST=22;CN=2051;PW=******;MN=${of.mn};Flag=5;${LAST_CP}`,
    errors: [
      { at: '2026-12-03T21:59:00.000Z', code: '9', message: 'CRC 不符：应为 1C80，收到 1C81', raw: '##0101…' },
      { at: '2026-12-03T21:58:00.000Z', code: '3', message: '密码与登记不符', raw: '##0101…' },
      { at: '2026-12-03T21:57:00.000Z', code: 'length', message: '数据段长度与包头不符', raw: '##9999…' },
    ],
  });
}

const judged = (measured: number | null, corrected: number | null, limit: number | null, flag = 'N') => ({
  measured,
  corrected,
  flag,
  limit,
  over: flag === 'N' && corrected !== null && limit !== null && corrected > limit,
});

export function outletHour(ts: string, pm: number | null, so2 = 20, nox = 80, flag = 'N'): OutletHour {
  return outletHourSchema.parse({
    ts,
    pm: judged(pm, pm === null ? null : pm * 1.2, 10, flag),
    so2: judged(so2, so2 * 1.2, 35),
    nox: judged(nox, nox * 1.2, 50),
    o2: 11.5,
    flow: 125000,
    temp: 80,
    moisture: 8,
  });
}

export function outlet(overrides: Partial<Outlet> = {}): Outlet {
  return outletSchema.parse({
    id: 'O-E0101-DA001',
    enterpriseId: 'E0101',
    enterpriseName: '忻州市某水泥有限公司',
    township: '140902101',
    code: 'DA001',
    name: '1#窑尾排气筒',
    standard: 'gb4915-2013-kiln',
    standardName: { zh: '《水泥工业大气污染物排放标准》（GB 4915-2013）', en: 'GB 4915-2013' },
    referenceO2: 10,
    limits: { pm: 30, so2: 200, nox: 400 },
    uleLimits: { pm: 10, so2: 35, nox: 50 },
    provenance: 'synthetic',
    source: '合成：演示用排放口',
    devices: ['S0001'],
    latest: outletHour('2026-12-04T10:00', 12.5, 20, 80),
    ...overrides,
  });
}
