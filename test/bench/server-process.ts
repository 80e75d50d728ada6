import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { meResponseSchema } from '../../server/schema/auth.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A Lantian server running as a child process on loopback. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** SIGTERM, then SIGKILL after 5 s; resolves once it exited. */
  stop(): Promise<void>;
  /**
   * CPU time the server process (all its threads) has used so far, seconds, from /proc (null
   * where there is none): what a request costs the server, whatever else loads the machine.
   */
  cpuSeconds(): number | null;
  /** The server's process id (its memory: /proc/<pid>/status). */
  pid: number | undefined;
}

/** Clock ticks per second of /proc's CPU times. */
const ticksPerSecond = existsSync('/proc/self/stat')
  ? Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100
  : 0;

/** User + system CPU seconds of process `pid` (fields 14 and 15 of /proc/<pid>/stat, after the command name). */
function processCpuSeconds(pid: number | undefined): number | null {
  if (!ticksPerSecond || pid === undefined || !existsSync(`/proc/${pid}/stat`)) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

const running = new Set<ChildProcess>();
// a benchmark that throws still takes its servers down
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A TCP port free on 127.0.0.1 right now. */
async function freePort(): Promise<number> {
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
 * Starts `tsx server/main.ts --host 127.0.0.1 --port <free> --db <dbFile> --no-seed <flags>` and
 * waits (up to 60 s) until it answers GET /api/health; throws with its output if it exits first.
 */
export async function startServer(dbFile: string, flags: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--db',
      dbFile,
      '--no-seed',
      ...flags,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => (running.delete(child), resolve())));
  const base = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited before answering:\n${output}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /api/health within 60 s:\n${output}`);
    }
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    cpuSeconds: () => processCpuSeconds(child.pid),
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Signs in through POST /api/auth/login as the console does and returns the headers a write
 * needs: the session cookie, `X-CSRF-Token` and the same-origin `Origin`.
 */
export async function signInHeaders(base: string, username: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  const me = meResponseSchema.parse(await res.json());
  const token = /lantian_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!token || !me.csrfToken) throw new Error(`sign-in of ${username} set no session`);
  return { cookie: `lantian_session=${token}`, 'x-csrf-token': me.csrfToken, origin: base };
}
