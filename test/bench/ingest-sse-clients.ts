import { errorText, readSse, SSE_RETRY_MS, sleepUnlessAborted, sseHeaders } from './ingest-tools.ts';

/**
 * `count` SSE clients of `GET /api/events?topics=…` in their own process (the ingest benchmark's disturbance):
 * each reads its stream as a console's EventSource would (reconnecting with Last-Event-ID when the server drops
 * it), counting events, bytes and reconnects, until a line on stdin; then prints one JSON line: { opened, events,
 * bytes, reconnects, failures }. Config: JSON { base, cookie, count, topics } as argv[2].
 */
const config = JSON.parse(process.argv[2] ?? '{}') as { base: string; cookie: string; count: number; topics: string };
const abort = new AbortController();
let opened = 0;
let events = 0;
let bytes = 0;
let reconnects = 0;
const failures: string[] = [];

async function follow(): Promise<void> {
  let lastEventId: string | null = null;
  let first = true;
  while (!abort.signal.aborted) {
    const res = await fetch(`${config.base}/api/events?topics=${config.topics}`, {
      headers: sseHeaders(config.cookie, lastEventId),
      signal: abort.signal,
    }).catch((error: unknown) => {
      if (!abort.signal.aborted) failures.push(errorText(error));
      return null;
    });
    if (abort.signal.aborted) return;
    if (!res) {
      // a failed connection is retried, as EventSource does
      await sleepUnlessAborted(SSE_RETRY_MS, abort.signal);
      continue;
    }
    if (res.status !== 200 || !res.body) {
      failures.push(`${res.status} ${(await res.text()).slice(0, 200)}`);
      return;
    }
    if (first) opened++;
    else reconnects++;
    first = false;
    bytes += await readSse(res.body, (message) => {
      events++;
      if (message.id !== null) lastEventId = message.id;
    });
    if (!abort.signal.aborted) await sleepUnlessAborted(SSE_RETRY_MS, abort.signal);
  }
}

const streams = Array.from({ length: config.count }, follow);
process.stdin.once('data', async () => {
  abort.abort();
  await Promise.all(streams);
  const report = { opened, events, bytes, reconnects, failures: failures.slice(0, 5), failed: failures.length };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(0);
});
