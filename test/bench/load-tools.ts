import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const autocannonCli = createRequire(import.meta.url).resolve('autocannon');
const probeScript = fileURLToPath(new URL('./health-probe.ts', import.meta.url));

/** What the load benchmark reads of autocannon's `--json` result (latencies in ms). */
const autocannonResultSchema = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number(), max: z.number() }),
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
  duration: z.number(),
});
export type LoadResult = z.infer<typeof autocannonResultSchema>;

/** One load run: `connections` clients sending the request back to back for `seconds`. */
export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Request body (POST), written to `bodyFile` for autocannon to read. */
  body?: { text: string; file: string };
  connections: number;
  seconds: number;
}

/**
 * Runs autocannon in its own process (so it shares no event loop with the probe or the server) and returns its
 * result.
 */
export async function runLoad(request: LoadRequest): Promise<LoadResult> {
  const args = [
    autocannonCli,
    '--json',
    '-c',
    String(request.connections),
    '-d',
    String(request.seconds),
    '-t',
    '30',
    '-m',
    request.method,
  ];
  for (const [name, value] of Object.entries(request.headers)) args.push('-H', `${name}=${value}`);
  if (request.body) {
    writeFileSync(request.body.file, request.body.text);
    args.push('-i', request.body.file);
  }
  args.push(request.url);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`autocannon exited with ${code}: ${err}`);
  return autocannonResultSchema.parse(JSON.parse(out));
}

/** What a health probe saw: latencies of the answered requests (ms) and the failed ones. */
export interface ProbeResult {
  latencies: number[];
  failures: number;
}
const probeResultSchema = z.object({ latencies: z.array(z.number()), failures: z.number() });

/**
 * Starts health-probe.ts in a child process: sequential GETs of `url`, one every `intervalMs`,
 * at most `maxSamples`; `stop()` ends it and resolves with what it saw.
 */
export function startHealthProbe(
  url: string,
  intervalMs: number,
  maxSamples: number,
): { stop: () => Promise<ProbeResult> } {
  const child = spawn(process.execPath, ['--import', 'tsx', probeScript, url, String(intervalMs), String(maxSamples)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const done = new Promise<ProbeResult>((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve(probeResultSchema.parse(JSON.parse(out)))
        : reject(new Error(`health probe exited with ${code}`)),
    ),
  );
  return {
    stop: () => {
      child.stdin.end('stop\n');
      return done;
    },
  };
}
