import type { CpItem } from '../hj212/contract.ts';
import { cstToDataTime } from '../hj212/data-time.ts';
import { encodeCp, encodePacket } from '../hj212/encode-packet.ts';
import type { WeatherValues } from './ambient-values.ts';
import type { StackValues } from './stack-values.ts';

/** The station hour's pollutants the simulator replays (µg/m³, CO mg/m³; null: missing, left out). */
export interface AmbientValues {
  pm25: number | null;
  pm10: number | null;
  so2: number | null;
  no2: number | null;
  co: number | null;
  o3: number | null;
}

/** HJ 212-2017 codes of the values the simulator sends. */
const ambientCodeOf = {
  pm25: 'a34004',
  pm10: 'a34002',
  so2: 'a21026',
  no2: 'a21004',
  co: 'a21005',
  o3: 'a05024',
  temp: 'a01001',
  rh: 'a01002',
  pressure: 'a01006',
  ws: 'a01007',
  wd: 'a01008',
} as const;
const stackCodeOf = {
  pm: 'a34013',
  so2: 'a21026',
  nox: 'a21002',
  o2: 'a19001',
  flow: 'a00000',
  temp: 'a01012',
  moisture: 'a01014',
} as const;
const couOf = { pm: 'pmCou', so2: 'so2Cou', nox: 'noxCou' } as const;

/** What kind of data a packet carries: CN 2061 hour, 2011 real-time, 2051 minute. */
export type DataKind = 'hour' | 'realtime' | 'minute';
const cnOf: Readonly<Record<DataKind, string>> = { hour: '2061', realtime: '2011', minute: '2051' };

/** A device's identity in its packets. */
export interface PacketDevice {
  mn: string;
  password: string;
  kind: 'ambient' | 'micro' | 'stack';
}

/** The values of one packet by the simulator's keys, and the data flag of its pollutants (N unless a fault). */
export interface PacketValues {
  ambient?: AmbientValues;
  weather?: WeatherValues;
  stack?: StackValues;
  flag: string;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The CP items of a packet: hour and minute data as `Avg` with `Min`/`Max` around it (and `Cou` for stack
 * pollutants and the flow), real-time data as `Rtd`; pollutants carry `flag`, weather and flue conditions N.
 */
export function packetItems(kind: DataKind, values: PacketValues): Record<string, CpItem> {
  const items: Record<string, CpItem> = {};
  const put = (code: string, value: number | null, flag: string, cou?: number) => {
    if (value === null) return;
    if (kind === 'realtime') {
      items[code] = { Rtd: value, Flag: flag };
      return;
    }
    const digits = Math.abs(value) >= 100 ? 0 : 2;
    items[code] = {
      Min: round(value * 0.85, digits),
      Avg: value,
      Max: round(value * 1.15, digits),
      ...(cou === undefined ? {} : { Cou: cou }),
      Flag: flag,
    };
  };
  for (const [key, code] of Object.entries(ambientCodeOf)) {
    const pollutant = values.ambient?.[key as keyof AmbientValues];
    if (pollutant !== undefined) put(code, pollutant, values.flag);
    const weather = values.weather?.[key as keyof WeatherValues];
    if (weather !== undefined) put(code, weather, 'N');
  }
  const stack = values.stack;
  if (stack) {
    // Cou: the interval's mass (kg) of a pollutant, the interval's volume (m³) of the flow
    const share = kind === 'minute' ? 1 / 60 : 1;
    for (const [key, code] of Object.entries(stackCodeOf)) {
      const value = stack[key as keyof typeof stackCodeOf];
      const couKey = key in couOf ? couOf[key as keyof typeof couOf] : null;
      const total = couKey !== null ? stack[couKey] : key === 'flow' ? value : null;
      const cou = kind === 'realtime' || total === null ? undefined : round(total * share, 5);
      put(code, value, couKey !== null ? values.flag : 'N', cou);
    }
  }
  return items;
}

/**
 * A whole data frame (`##…CRC\r\n`): ST 22 (ambient) or 31 (stack), Flag 5 (2017 edition, acknowledgement
 * requested), QN from the simulated moment, DataTime `dataTime` ('YYYY-MM-DDTHH:mm' CST; for hour data the
 * hour's start, as HJ 212 labels it).
 *
 * @example
 * dataFrame(device, 'hour', '2024-01-01T00:00', '20240101010000001', { stack, flag: 'N' });
 */
export function dataFrame(
  device: PacketDevice,
  kind: DataKind,
  dataTime: string,
  qn: string,
  values: PacketValues,
): string {
  const hj212Time = cstToDataTime(dataTime);
  if (hj212Time === null) throw new Error(`not a CST minute: ${dataTime}`);
  const cp = encodeCp({ dataTime: hj212Time, items: packetItems(kind, values) });
  return encodePacket({
    qn,
    st: device.kind === 'stack' ? '31' : '22',
    cn: cnOf[kind],
    pw: device.password,
    mn: device.mn,
    flag: 5,
    cp,
  });
}

/**
 * The frame with its CRC changed (a transmission error): the ingest must refuse it.
 *
 * @example
 * decodePacket(corruptCrc(frame)).ok; // false
 */
export function corruptCrc(frame: string): string {
  const end = frame.endsWith('\r\n') ? frame.length - 2 : frame.length;
  const crc = Number.parseInt(frame.slice(end - 4, end), 16);
  const wrong = ((crc ^ 0x5a5a) & 0xffff).toString(16).toUpperCase().padStart(4, '0');
  return `${frame.slice(0, end - 4)}${wrong}${frame.slice(end)}`;
}
