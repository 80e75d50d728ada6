/**
 * A child process of the load benchmark: GET `<url>` one request at a time, starting one every
 * `<intervalMs>` (or at once when the previous took longer), until a line arrives on standard
 * input or `<maxSamples>` were taken; then prints `{"latencies":[ms…],"failures":n}` and exits.
 * In its own process so that neither the load generator's nor the benchmark's event loop adds
 * to what it measures. Each request gives up after 10 s (a failure); the first is not recorded.
 *
 * `node --import tsx test/bench/health-probe.ts http://127.0.0.1:8080/api/health 50 1000`
 */
export {}; // a module: top-level await

const [url, intervalText = '50', maxText = '1000'] = process.argv.slice(2);
if (!url) throw new Error('usage: health-probe.ts <url> [intervalMs] [maxSamples]');
const intervalMs = Number(intervalText);
const maxSamples = Number(maxText);

let stop = false;
process.stdin.on('data', () => (stop = true));
process.stdin.on('end', () => (stop = true));

// one unrecorded request first: it pays for the connection and this process's first fetch
await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
  (res) => res.arrayBuffer(),
  () => undefined,
);
const latencies: number[] = [];
let failures = 0;
while (!stop && latencies.length + failures < maxSamples) {
  const started = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    if (res.ok) latencies.push(performance.now() - started);
    else failures++;
  } catch {
    failures++;
  }
  const rest = intervalMs - (performance.now() - started);
  if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
}
process.stdout.write(JSON.stringify({ latencies, failures }), () => process.exit(0));
