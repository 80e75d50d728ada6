import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import {
  readHourBindings,
  readNewestHour,
  readSimulatorDevices,
  type StationHourRow,
  stationHourReader,
} from '../db/simulator-reads.ts';
import { cstToDataTime } from '../hj212/data-time.ts';
import { cstMinute, fromCstMinute, toCstMinute } from '../time/cst.ts';
import { replayLabel, weatherValues } from './ambient-values.ts';
import { createDeviceLink, type DeviceLink, emptyCounters, type LinkCounters } from './device-link.ts';
import { exceedanceDevice, planDevices, type SimDevice } from './device-plan.ts';
import { type FaultRates, hourFaults, silentDevice } from './faults.ts';
import { type AmbientValues, type DataKind, dataFrame, type PacketValues } from './packets.ts';
import { boundValues, type HourBindings, noBindings } from './outlet-binding.ts';
import { seededRandom } from './prng.ts';
import { stackValues } from './stack-values.ts';

/** Options of {@link createSimulator}. */
export interface SimulatorOptions {
  /** The HJ 212 listener to send to. */
  host: string;
  port: number;
  /** The database the devices, the replayed readings and the present come from (read only). */
  db?: Db;
  /** The devices to send as (default: the demo devices of `db`). */
  devices?: SimDevice[];
  /** Only the first N devices (ambient stations, then micro-stations, then stacks). */
  maxDevices?: number;
  /** Simulated time per real time: 1 real time, 60 one simulated hour per real minute. */
  speed: number;
  faults: FaultRates;
  /** The start of the first simulated hour, 'YYYY-MM-DDTHH:00' CST (default: the hour after the newest stored). */
  from?: string;
  /** Real-time data (CN 2011) every N simulated minutes; 0 none; default each device's interval. */
  realtimeMinutes?: number;
  /** Minute data (CN 2051) too. */
  minute?: boolean;
  /** Stop after this many simulated hours (default: run until stopped). */
  hours?: number;
  /** The scripted particulate exceedance at a named cement company (default on). */
  exceedance?: boolean;
  /** Real ms to wait for a 9014 before resending (default 5000). */
  ackTimeoutMs?: number;
  /** Real ms between clock ticks (default 100). */
  tickMs?: number;
  /** The real clock, epoch ms (tests). */
  now?: () => number;
  log: (line: string) => void;
}

/** A run's counters. */
export interface SimulatorStats extends LinkCounters {
  devices: number;
  /** The simulated moment, 'YYYY-MM-DDTHH:mm' CST. */
  simTime: string;
  /** Simulated hours completed (their hour packets queued). */
  hours: number;
  /** Hour packets skipped (gaps) and sent with a non-N flag. */
  gaps: number;
  flagged: number;
  /** The micro-station that goes silent, and whether it has. */
  silentMn: string | null;
  silenced: boolean;
  /** The outlet device with the scripted exceedance. */
  exceedanceMn: string | null;
}

/** A running simulator. */
export interface Simulator {
  /** Opens every device's connection and starts the simulated clock. */
  start(): void;
  /** Closes every connection; `finished` resolves. */
  stop(): void;
  stats(): SimulatorStats;
  /** Resolves when `hours` simulated hours are sent and acknowledged (or given up), or on stop. */
  finished: Promise<void>;
}

/** The simulated hours (0-based from the start) in which the scripted exceedance happens. */
const EXCEEDANCE_HOURS = new Set([1, 2]);

/**
 * Simulates the demo devices (issue 14): each device holds its own TCP connection to the HJ 212 listener and,
 * on a simulated clock running `speed` × real time, sends real-time data every few simulated minutes and, at
 * the end of each simulated hour, the hour's data (CN 2061, DataTime = the hour's start, Flag 5 asking for a
 * 9014). Stations replay the demo year's reading of the same month, day and hour; stacks send deterministic
 * values under their limits, but for a scripted 2-hour particulate exceedance at a named cement company;
 * faults come at `faults`' rates.
 *
 * @example
 * const sim = createSimulator({ host: '127.0.0.1', port: 9212, db, speed: 60, faults: defaultFaultRates,
 *   log: console.log });
 * sim.start();
 */
export function createSimulator(options: SimulatorOptions): Simulator {
  const { db, faults, log } = options;
  const now = options.now ?? Date.now;
  const tickMs = options.tickMs ?? 100;
  if (!(options.speed > 0)) throw new Error(`speed must be positive, got ${options.speed}`);
  const all = options.devices ?? (db ? planDevices(readSimulatorDevices(db)) : []);
  const devices = options.maxDevices === undefined ? all : all.slice(0, options.maxDevices);
  const exceeding = options.exceedance === false ? null : exceedanceDevice(devices);
  const silentMn = faults.silentAfterHours === null ? null : silentDevice(devices);
  const demoYear = Number(db ? (readDatasetMeta(db).values.demo_year ?? '2023') : '2023');
  const readHour = db ? stationHourReader(db) : null;
  const newest = db ? readNewestHour(db) : null;
  const fromText = options.from ?? newest ?? `${toCstMinute(new Date(now())).slice(0, 13)}:00`;
  const startMinute = Math.floor(cstMinute(fromText) / 60) * 60;
  const endMinute = options.hours === undefined ? Number.POSITIVE_INFINITY : startMinute + options.hours * 60;

  const counters = emptyCounters();
  const links = new Map<string, DeviceLink>();
  const sequence = new Map<string, number>();
  const replayCache = new Map<string, Map<string, StationHourRow>>();
  let lastMinute = startMinute;
  let realStart = 0;
  let timer: NodeJS.Timeout | null = null;
  let gaps = 0;
  let flagged = 0;
  let silenced = false;
  let logged = { ...counters };
  let resolveFinished = () => {};
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });

  const replay = (hourStart: string, code: string): AmbientValues => {
    let hour = replayCache.get(hourStart);
    if (hour === undefined) {
      hour = readHour ? readHour(replayLabel(hourStart, demoYear)) : new Map();
      if (replayCache.size > 4) replayCache.clear();
      replayCache.set(hourStart, hour);
    }
    const r = hour.get(code);
    return {
      pm25: r?.pm25 ?? null,
      pm10: r?.pm10 ?? null,
      so2: r?.so2 ?? null,
      no2: r?.no2 ?? null,
      co: r?.co ?? null,
      o3: r?.o3 ?? null,
    };
  };

  /** What binds the outlets in an hour (issue 15): read once per simulated hour. */
  let bindings: { hourStart: string; value: HourBindings } | null = null;
  const bindingsAt = (hourStart: string): HourBindings => {
    if (!db) return noBindings;
    if (bindings?.hourStart !== hourStart) bindings = { hourStart, value: readHourBindings(db, hourStart) };
    return bindings.value;
  };

  const valuesOf = (device: SimDevice, hourStart: string, exceed: boolean, flag: string): PacketValues =>
    device.outlet
      ? {
          stack: boundValues(
            bindingsAt(hourStart),
            device.outlet.id,
            hourStart,
            stackValues(device.outlet, hourStart, { exceed }),
            { exceed },
          ),
          flag,
        }
      : { ambient: replay(hourStart, device.entityId), weather: weatherValues(device.entityId, hourStart), flag };

  /** Real-time and minute values: the hour's values with a few per cent of noise. */
  const jitter = (values: PacketValues, label: string): PacketValues => {
    const next = seededRandom(label);
    const vary = <T extends object>(object: T | undefined): T | undefined =>
      object === undefined
        ? undefined
        : (Object.fromEntries(
            Object.entries(object).map(([k, v]) => [
              k,
              typeof v === 'number' && k !== 'wd' ? Math.round(v * (0.95 + 0.1 * next()) * 100) / 100 : v,
            ]),
          ) as T);
    return { ...values, ambient: vary(values.ambient), weather: vary(values.weather), stack: vary(values.stack) };
  };

  const qnOf = (mn: string, minute: number) => {
    const n = ((sequence.get(mn) ?? 0) + 1) % 1000;
    sequence.set(mn, n);
    return `${cstToDataTime(fromCstMinute(minute))}${String(n).padStart(3, '0')}`;
  };

  const send = (
    device: SimDevice,
    kind: DataKind,
    dataTime: number,
    minute: number,
    values: PacketValues,
    extra: { badCrc?: boolean; duplicate?: boolean } = {},
  ) => {
    const link = links.get(device.mn);
    if (!link) return;
    const qn = qnOf(device.mn, minute);
    const frame = dataFrame(device, kind, fromCstMinute(dataTime), qn, values);
    link.send({ frame, qn, badCrc: extra.badCrc ?? false, duplicate: extra.duplicate ?? false, hour: kind === 'hour' });
  };

  const cadence = (device: SimDevice) => options.realtimeMinutes ?? Math.max(1, Math.round(device.intervalS / 60));

  const processMinute = (m: number) => {
    const hourIndex = Math.floor((m - startMinute) / 60); // the hour that ends at m is hourIndex − 1
    const currentHour = fromCstMinute(Math.floor((m - 1) / 60) * 60);
    for (const device of devices) {
      if (silenced && device.mn === silentMn) continue;
      const exceedNow = device === exceeding && EXCEEDANCE_HOURS.has(Math.floor((m - 1 - startMinute) / 60));
      const every = cadence(device);
      if (every > 0 && m % every === 0) {
        send(device, 'realtime', m, m, jitter(valuesOf(device, currentHour, exceedNow, 'N'), `${device.mn}|${m}`));
      }
      if (options.minute) {
        send(device, 'minute', m - 1, m, jitter(valuesOf(device, currentHour, exceedNow, 'N'), `${device.mn}|${m}|m`));
      }
      if (m % 60 !== 0) continue;
      const hourStart = fromCstMinute(m - 60);
      const scripted = device === exceeding && EXCEEDANCE_HOURS.has(hourIndex - 1);
      const fault = hourFaults(device.mn, hourStart, faults);
      if (fault.gap && !scripted) {
        gaps += 1;
        continue;
      }
      const flag = scripted ? 'N' : (fault.flag ?? 'N');
      if (flag !== 'N') flagged += 1;
      send(device, 'hour', m - 60, m, valuesOf(device, hourStart, scripted, flag), {
        badCrc: fault.badCrc,
        duplicate: fault.duplicate,
      });
    }
    if (m % 60 === 0) closeHour(m, hourIndex);
  };

  const closeHour = (m: number, hoursDone: number) => {
    const d = (key: keyof LinkCounters) => counters[key] - logged[key];
    log(
      `simulated hour ending ${fromCstMinute(m)}: ${devices.length} devices, sent ${d('sent')}, ` +
        `acked ${d('acked')}, refused ${d('refused')}, resent ${d('resent')}`,
    );
    logged = { ...counters };
    if (silentMn !== null && !silenced && faults.silentAfterHours !== null && hoursDone >= faults.silentAfterHours) {
      silenced = true;
      links.get(silentMn)?.closeWhenIdle();
      log(`${silentMn} goes silent (a micro-station that stops sending)`);
    }
  };

  const settled = () => lastMinute >= endMinute && [...links.values()].every((link) => link.idle());
  const checkFinished = () => {
    if (settled()) resolveFinished();
  };

  const tick = () => {
    const simMinute = Math.floor(startMinute + ((now() - realStart) * options.speed) / 60_000);
    const until = Math.min(simMinute, endMinute);
    while (lastMinute < until) {
      lastMinute += 1;
      processMinute(lastMinute);
    }
    if (lastMinute >= endMinute && timer !== null) {
      clearInterval(timer);
      timer = null;
      checkFinished();
    }
  };

  return {
    start() {
      if (timer !== null || realStart !== 0) return;
      for (const device of devices) {
        links.set(
          device.mn,
          createDeviceLink({
            host: options.host,
            port: options.port,
            mn: device.mn,
            counters,
            ackTimeoutMs: options.ackTimeoutMs ?? 5000,
            log,
            onIdle: checkFinished,
          }),
        );
      }
      realStart = now();
      log(
        `simulating ${devices.length} devices from ${fromCstMinute(startMinute)} at ${options.speed}× ` +
          `(exceedance: ${exceeding?.mn ?? 'none'}, silent: ${silentMn ?? 'none'})`,
      );
      timer = setInterval(tick, tickMs);
      if (devices.length === 0) resolveFinished();
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      for (const link of links.values()) link.close();
      links.clear();
      resolveFinished();
    },
    stats: () => ({
      ...counters,
      devices: devices.length,
      simTime: fromCstMinute(lastMinute),
      hours: Math.floor((lastMinute - startMinute) / 60),
      gaps,
      flagged,
      silentMn,
      silenced,
      exceedanceMn: exceeding?.mn ?? null,
    }),
    finished,
  };
}
