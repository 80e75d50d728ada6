import { writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { encodeCp, encodePacket } from '../../server/hj212/encode-packet.ts';
import { createFrameReader } from '../../server/hj212/frame-reader.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import type { CpItem } from '../../server/hj212/contract.ts';
import {
  BENCH_PASSWORD,
  benchMn,
  cstDigits,
  dataTimeIso,
  readSse,
  type SseMessage,
  sseHeaders,
  SSE_RETRY_MS,
  sleepUnlessAborted,
  errorText,
} from './ingest-tools.ts';
import { median, quantile } from './timing.ts';

/**
 * The ingest benchmark's load, in its own process (so its event loop is not the server's nor the orchestrator's):
 * `devices` TCP connections, one per benchmark device, each sending HJ 212 minute data (CN 2051, ST 22, Flag=5:
 * acknowledgement requested) with DataTime one minute later per packet, paced to `rate` packets/s in total for
 * `seconds`; one SSE client (`GET /api/events?topics=data`) sees the `data` events of its own packets. Prints one
 * JSON line (LoadReport) on stdout. Config: the JSON of LoadConfig as argv[2].
 */
export interface LoadConfig {
  host: string;
  hj212Port: number;
  /** http://127.0.0.1:P of the server, and a signed-in session cookie for the SSE client. */
  base: string;
  cookie: string;
  devices: number;
  rate: number;
  seconds: number;
  /** Unmeasured load before the window, seconds (then drained). */
  warmUpSeconds: number;
  /** Epoch ms of each device's first DataTime (a whole minute). */
  firstDataTime: number;
  /** Where to write the acknowledged packets' keys, `mn\tdata_time` per line. */
  ackedFile: string;
  /** Keep the send time of every n-th packet (rows' received_at − send time). */
  sampleEvery: number;
}

export interface LoadReport {
  sent: number;
  /** 9014 responses received in the sending window / in all (after up to 10 s of draining). */
  ackedInWindow: number;
  acked: number;
  /** 9011 responses (refusals: the per-device limits, …) and packets not sent because 100 were in flight. */
  refused: number;
  skipped: number;
  refusedSample: string[];
  windowSeconds: number;
  /** Latency quantiles, ms; null when there was none to measure (JSON has no NaN). */
  ackMs: { p50: number | null; p99: number | null; max: number | null };
  /** Packet sent → its `data` event read by the SSE client; `missing` acked packets that had no event. */
  eventMs: { p50: number | null; p99: number | null; max: number | null; count: number; missing: number };
  sseError: string | null;
  /** Times the SSE stream was dropped by the server (too slow a reader) and resumed with Last-Event-ID. */
  sseReconnects: number;
  /** CPU time this load process used, seconds (its share of the machine). */
  loadCpuSeconds: number;
  /** [mn, data_time, send epoch ms] of every `sampleEvery`-th packet sent. */
  samples: [string, string, number][];
  socketErrors: number;
}

const MAX_IN_FLIGHT = 100;
const clock = () => performance.timeOrigin + performance.now();
const config = JSON.parse(process.argv[2] ?? '{}') as LoadConfig;

interface Device {
  mn: string;
  socket: Socket;
  next: number;
  inFlight: Map<string, { key: string; sent: number }>;
}

const sendTimes = new Map<string, number>();
const ackedKeys: string[] = [];
const ackLatencies: number[] = [];
const eventLatencies: number[] = [];
const refusedSample: string[] = [];
const samples: [string, string, number][] = [];
let sent = 0;
let acked = 0;
let ackedInWindow = 0;
let refused = 0;
let skipped = 0;
let socketErrors = 0;
let sending = true;

/** The QN of a device's k-th packet: unique per device (a base instant + k ms). */
const qnBase = Date.UTC(2026, 0, 1);
const qnOf = (k: number) => cstDigits(qnBase + k, true);

function items(k: number): Record<string, CpItem> {
  const v = (base: number) => Math.round((base + (k % 17)) * 10) / 10;
  return {
    a34004: { Min: v(20), Avg: v(30), Max: v(40), Flag: 'N' },
    a34002: { Min: v(40), Avg: v(60), Max: v(80), Flag: 'N' },
    a21026: { Min: v(5), Avg: v(8), Max: v(11), Flag: 'N' },
    a21004: { Min: v(15), Avg: v(25), Max: v(35), Flag: 'N' },
    a21005: { Min: 0.4, Avg: 0.6, Max: 0.8, Flag: 'N' },
    a05024: { Min: v(50), Avg: v(70), Max: v(90), Flag: 'N' },
  };
}

function onResponse(device: Device, outcome: ReturnType<ReturnType<typeof createFrameReader>['push']>[number]) {
  if (!outcome.ok) return;
  const packet = outcome.value;
  const cpQn = parseCp(packet.cp);
  const qn = (cpQn.ok ? cpQn.value.fields.QN : undefined) ?? packet.qn ?? '';
  const pending = device.inFlight.get(qn) ?? device.inFlight.get(packet.qn ?? '');
  if (!pending) return;
  device.inFlight.delete(qn);
  if (packet.cn === '9014') {
    acked++;
    if (sending) ackedInWindow++;
    ackLatencies.push(clock() - pending.sent);
    ackedKeys.push(pending.key);
  } else {
    refused++;
    if (refusedSample.length < 5) refusedSample.push(outcome.raw.trim());
  }
}

async function open(i: number): Promise<Device> {
  const socket = connect({ host: config.host, port: config.hj212Port });
  socket.setNoDelay(true);
  socket.setEncoding('latin1');
  const device: Device = { mn: benchMn(i), socket, next: 0, inFlight: new Map() };
  const reader = createFrameReader();
  socket.on('data', (chunk: string) => {
    for (const outcome of reader.push(chunk)) onResponse(device, outcome);
  });
  socket.on('error', () => socketErrors++);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return device;
}

function send(device: Device): void {
  const k = device.next++;
  const dataTime = cstDigits(config.firstDataTime + k * 60_000);
  const qn = qnOf(k);
  const frame = encodePacket({
    qn,
    st: '22',
    cn: '2051',
    pw: BENCH_PASSWORD,
    mn: device.mn,
    flag: 5,
    cp: encodeCp({ dataTime, items: items(k) }),
  });
  const key = `${device.mn}\t${dataTimeIso(dataTime)}`;
  const at = clock();
  device.inFlight.set(qn, { key, sent: at });
  sendTimes.set(key, at);
  if (sent % config.sampleEvery === 0) samples.push([device.mn, dataTimeIso(dataTime), at]);
  sent++;
  device.socket.write(frame);
}

const devices: Device[] = [];
for (let i = 0; i < config.devices; i += 50) {
  const batch = await Promise.all(Array.from({ length: Math.min(50, config.devices - i) }, (_, j) => open(i + j)));
  devices.push(...batch);
}

// the SSE client measuring packet → event; like EventSource it reconnects with Last-Event-ID when dropped
let sseError: string | null = null;
let sseReconnects = 0;
const sseAbort = new AbortController();
const onSse = (message: SseMessage) => {
  if (message.event !== 'data') return;
  const at = clock();
  const data = JSON.parse(message.data) as { packets: { mn: string; dataTime: string }[] };
  for (const p of data.packets) {
    const key = `${p.mn}\t${p.dataTime}`;
    const sentAt = sendTimes.get(key);
    if (sentAt === undefined) continue;
    sendTimes.delete(key);
    eventLatencies.push(at - sentAt);
  }
};
let lastEventId: string | null = null;
let sseOpen!: () => void;
const sseOpened = new Promise<void>((resolve) => (sseOpen = resolve));
const sseDone = (async () => {
  while (!sseAbort.signal.aborted) {
    const res = await fetch(`${config.base}/api/events?topics=data`, {
      headers: sseHeaders(config.cookie, lastEventId),
      signal: sseAbort.signal,
    }).catch((error: unknown) => {
      if (!sseAbort.signal.aborted) sseError = errorText(error);
      return null;
    });
    sseOpen();
    if (sseAbort.signal.aborted) return;
    if (!res) {
      // a failed connection is retried, as EventSource does
      sseReconnects++;
      await sleepUnlessAborted(SSE_RETRY_MS, sseAbort.signal);
      continue;
    }
    if (res.status !== 200 || !res.body) {
      sseError = `GET /api/events?topics=data: ${res.status} ${await res.text()}`;
      return;
    }
    await readSse(res.body, (message) => {
      if (message.id !== null) lastEventId = message.id;
      onSse(message);
    });
    if (sseAbort.signal.aborted) break;
    sseReconnects++;
    await sleepUnlessAborted(SSE_RETRY_MS, sseAbort.signal);
  }
})();
await sseOpened;

// paced sending: packets due by now go out round-robin over the devices
let cursor = 0;
async function pace(seconds: number): Promise<number> {
  const started = clock();
  let attempts = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = (clock() - started) / 1000;
      const due = Math.floor(config.rate * Math.min(elapsed, seconds));
      while (attempts < due) {
        attempts++;
        const device = devices[cursor] as Device;
        cursor = (cursor + 1) % devices.length;
        if (device.inFlight.size >= MAX_IN_FLIGHT) skipped++;
        else send(device);
      }
      if (elapsed >= seconds) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  return (clock() - started) / 1000;
}
const settle = async (ms: number) => {
  const until = clock() + ms;
  while (devices.some((d) => d.inFlight.size > 0) && clock() < until)
    await new Promise((resolve) => setTimeout(resolve, 50));
};

// warm-up (not measured: JIT, caches, the first batches), drained, then the measured window
if (config.warmUpSeconds > 0) {
  await pace(config.warmUpSeconds);
  await settle(30_000);
  await new Promise((resolve) => setTimeout(resolve, 500));
  sent = acked = ackedInWindow = refused = skipped = 0;
  ackLatencies.length = 0;
  eventLatencies.length = 0;
  samples.length = 0;
  sendTimes.clear();
}
const cpuStart = process.cpuUsage();
const windowSeconds = await pace(config.seconds);

sending = false;
// drain: the acknowledgements still on their way (up to 10 s), then the events (up to 2 s more)
await settle(10_000);
const eventsUntil = clock() + 2000;
while (eventLatencies.length < acked && clock() < eventsUntil) await new Promise((resolve) => setTimeout(resolve, 50));
const cpu = process.cpuUsage(cpuStart);
sseAbort.abort();
await sseDone;
for (const d of devices) d.socket.destroy();

writeFileSync(config.ackedFile, ackedKeys.join('\n'));
const stats = (values: number[]) =>
  values.length === 0
    ? { p50: Number.NaN, p99: Number.NaN, max: Number.NaN }
    : { p50: median(values), p99: quantile(values, 0.99), max: values.reduce((a, b) => Math.max(a, b), 0) };
const report: LoadReport = {
  sent,
  ackedInWindow,
  acked,
  refused,
  skipped,
  refusedSample,
  windowSeconds,
  ackMs: stats(ackLatencies),
  eventMs: {
    ...stats(eventLatencies),
    count: eventLatencies.length,
    missing: Math.max(0, acked - eventLatencies.length),
  },
  sseError,
  sseReconnects,
  loadCpuSeconds: (cpu.user + cpu.system) / 1e6,
  samples,
  socketErrors,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
