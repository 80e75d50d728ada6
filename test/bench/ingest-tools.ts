import { randomBytes } from 'node:crypto';
import { hashDevicePassword } from '../../server/db/devices-repository.ts';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Db } from '../../server/db/open-database.ts';

/** Helpers of the ingest benchmark (test/bench/ingest.bench.ts) and its load process (ingest-load.ts). */

/** The benchmark devices' common password (HJ 212's PW: 6 characters). */
export const BENCH_PASSWORD = '212212';

/** The MN of benchmark device `i` (0-based): `LTBENCH` + 6 digits. */
export const benchMn = (i: number): string => `LTBENCH${String(i).padStart(6, '0')}`;

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Registers `count` micro-station devices directly in the devices table (as helper B's registry stores them:
 * password_hash = SHA-256 hex of salt + password), bound round-robin to the database's stations (many devices
 * share a station: the benchmark measures the ingest, not the bindings). Expected interval 60 s (minute data).
 */
export function insertBenchDevices(db: Db, count: number, nowIso: string): void {
  const stations = db.prepare('SELECT code FROM stations ORDER BY code').pluck().all() as string[];
  if (stations.length === 0) throw new Error('the benchmark database has no stations to bind devices to');
  const insert = db.prepare(
    `INSERT INTO devices (mn, kind, entity_layer, entity_id, password_salt, password_hash, interval_s,
       enabled, created_at, updated_at)
     VALUES (?, 'micro', 'stations', ?, ?, ?, 60, 1, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const salt = randomBytes(16).toString('hex');
      const hash = hashDevicePassword(BENCH_PASSWORD, salt);
      insert.run(benchMn(i), stations[i % stations.length], salt, hash, nowIso, nowIso);
    }
  })();
}

/** China Standard Time digits of an epoch-ms instant: 'YYYYMMDDhhmmss' (+ 'zzz' with `millis`). */
export function cstDigits(epochMs: number, millis = false): string {
  const iso = new Date(epochMs + 8 * 3_600_000).toISOString(); // 'YYYY-MM-DDTHH:mm:ss.sssZ'
  const digits = iso.replace(/\D/g, '');
  return millis ? digits.slice(0, 17) : digits.slice(0, 14);
}

/** 'YYYYMMDDhhmmss' → 'YYYY-MM-DDTHH:mm:ss' (how device_data.data_time stores a DataTime). */
export const dataTimeIso = (d: string): string =>
  `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}`;

/** Resident memory of process `pid` in MB (VmRSS of /proc/<pid>/status), null where there is none. */
export function rssMb(pid: number | undefined): number | null {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return null;
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb === undefined ? null : Number(kb) / 1024;
}

/** How long an SSE client waits before reconnecting: the `retry: 3000` GET /api/events sends, as EventSource does. */
export const SSE_RETRY_MS = 3000;

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** An error's message with its cause (fetch's 'fetch failed' says why only in its cause). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined ? error.message : `${error.message} (${errorText(error.cause)})`;
}

/** The headers of an SSE request: the session cookie and, when resuming, `Last-Event-ID`. */
export function sseHeaders(cookie: string, lastEventId: string | null): Record<string, string> {
  const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
  if (lastEventId !== null) headers['last-event-id'] = lastEventId;
  return headers;
}

/** One SSE message as parsed from a `text/event-stream` body. */
export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` body, calling `onMessage` per complete message (comments skipped), until the
 * stream ends or `signal` aborts. Resolves with the bytes read.
 */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  onMessage: (message: SseMessage) => void,
): Promise<number> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = '';
  let bytes = 0;
  for (;;) {
    const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
    if (chunk.done) return bytes;
    bytes += chunk.value.byteLength;
    buffer += decoder.decode(chunk.value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let id: string | null = null;
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') id = value;
        else if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) onMessage({ id, event, data: data.join('\n') });
    }
  }
}

/** What {@link startStatsLoad} measured. */
export interface StatsLoadResult {
  requests: number;
  failures: number;
  rate: number;
  p50: number;
  p99: number;
}

/**
 * `connections` clients each requesting `url` (GET, with `headers`) back to back until `stop()`: the benchmark's
 * concurrent statistics load (the server computes it in its worker threads).
 */
export function startStatsLoad(
  url: string,
  headers: Record<string, string>,
  connections: number,
): { stop: () => Promise<StatsLoadResult> } {
  let running = true;
  let failures = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const loops = Array.from({ length: connections }, async () => {
    while (running) {
      const at = performance.now();
      const ok = await fetch(url, { headers }).then(
        async (res) => (await res.arrayBuffer(), res.status === 200),
        () => false,
      );
      if (ok) latencies.push(performance.now() - at);
      else failures++;
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      const seconds = (performance.now() - started) / 1000;
      const sorted = latencies.sort((a, b) => a - b);
      const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
      return { requests: latencies.length, failures, rate: latencies.length / seconds, p50: q(0.5), p99: q(0.99) };
    },
  };
}
