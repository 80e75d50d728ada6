import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parsePublicOrigin } from './http/origin-check.ts';
import { defaultWorkerCount } from './workers/default-worker-count.ts';

/** Server settings, from the command line first, then the environment, then defaults. */
export interface ServerConfig {
  port: number;
  /** Address to listen on (`--host`, e.g. 127.0.0.1 for loopback only); undefined: every interface. */
  host: string | undefined;
  /** SQLite file; created, migrated and seeded on first start. */
  dbFile: string;
  /** Seed an empty database with demo data on start. */
  seedIfEmpty: boolean;
  /** Absolute path of the built client (LANTIAN_CLIENT_DIR, else dist/client). */
  clientDir: string;
  /** A database created now gets the demo accounts and the demo banner (default; `--no-demo` for none). */
  demo: boolean;
  /**
   * Anonymous users may read the public map layers (`--public-read` or LANTIAN_PUBLIC_READ=1); default: sign-in
   * required.
   */
  publicRead: boolean;
  /**
   * A reverse proxy in front sets X-Forwarded-Proto/-For/-Host, read for the Origin check, the
   * Secure cookie flag and the sign-in limiter's address (`--trust-proxy` or LANTIAN_TRUST_PROXY=1);
   * default off: the headers are ignored.
   */
  trustProxy: boolean;
  /**
   * The origins users open the console at (`--public-origin https://a.example[,https://b.example]`
   * or LANTIAN_PUBLIC_ORIGIN); writes must come from exactly these. Empty (default): from the
   * request's own origin when that is a loopback or this machine's name or address.
   */
  publicOrigins: string[];
  /**
   * Cache and compress the map-layer responses (default); `--no-layer-cache` reads the database on every request
   * (benchmark baseline).
   */
  layerCache: boolean;
  /**
   * Worker threads for the heavy requests (statistics, route plans, imports, the monthly report,
   * AQ evaluations): `--workers N` or LANTIAN_WORKERS; default one per core, 1–4. 0 runs them on
   * the main thread (as a ':memory:' database always does).
   */
  workers: number;
  /**
   * TCP port of the HJ 212 listener (`--hj212-port P` or LANTIAN_HJ212_PORT; default 9212; 0 turns it off).
   */
  hj212Port: number;
  /** Address the HJ 212 listener binds (`--hj212-host`, else LANTIAN_HJ212_HOST, else `--host`, else every one). */
  hj212Host: string | undefined;
  /**
   * Per-device limit of the HJ 212 ingest: packets/s sustained and the burst (`--hj212-rate R`, `--hj212-burst B`
   * or LANTIAN_HJ212_RATE / LANTIAN_HJ212_BURST; default 20 and 200). Packets over it are refused (QnRtn 2).
   */
  hj212Limits: { ratePerS: number; burst: number };
  /**
   * Run the device simulator inside the server (`--simulate` or LANTIAN_SIMULATE=1): the demo devices send to the
   * HJ 212 listener over 127.0.0.1; only with a demo database (else ignored, with a log line).
   */
  simulate: boolean;
  /** Simulated time per real time (`--simulate-speed X`; default 60: one simulated hour per real minute). */
  simulateSpeed: number;
}

/** The shipped synthetic road network, geodata/xinfu-roads.synthetic.geojson. */
export const defaultRoadNetworkFile = fileURLToPath(
  new URL('../geodata/xinfu-roads.synthetic.geojson', import.meta.url),
);

/**
 * The road network route planning uses: `LANTIAN_ROADS=<file.geojson>` (GeoJSON LineStrings with
 * a road class or speed), else the shipped synthetic one. Read where the router is first built
 * (a worker thread inherits the environment), not when a module is imported.
 *
 * @example
 * roadNetworkFile({ LANTIAN_ROADS: '/data/roads.geojson' }); // '/data/roads.geojson'
 */
export function roadNetworkFile(env: NodeJS.ProcessEnv): string {
  return env.LANTIAN_ROADS ?? defaultRoadNetworkFile;
}

/** Absolute path of the built client, dist/client. */
export const defaultClientDir = fileURLToPath(new URL('../dist/client', import.meta.url));

/**
 * Reads `--port P`, `--host ADDRESS`, `--db FILE`, `--no-seed`, `--no-demo`, `--public-read`, `--trust-proxy`,
 * `--public-origin URL[,URL]`, `--no-layer-cache`, `--workers N`, `--hj212-port P`, `--hj212-host ADDRESS`,
 * `--hj212-rate R`, `--hj212-burst B` (env `LANTIAN_HJ212_RATE`, `LANTIAN_HJ212_BURST`),
 * `--simulate`, `--simulate-speed X` and the environment variables `LANTIAN_HJ212_PORT`, `LANTIAN_HJ212_HOST`,
 * `LANTIAN_SIMULATE`,
 * `PORT`, `LANTIAN_DB`, `LANTIAN_PUBLIC_READ`, `LANTIAN_TRUST_PROXY`, `LANTIAN_PUBLIC_ORIGIN`,
 * `LANTIAN_WORKERS`. Throws an Error naming the bad value.
 */
export function readServerConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      'public-read': { type: 'boolean', default: false },
      'trust-proxy': { type: 'boolean', default: false },
      'public-origin': { type: 'string' },
      'no-layer-cache': { type: 'boolean', default: false },
      workers: { type: 'string' },
      'hj212-port': { type: 'string' },
      'hj212-host': { type: 'string' },
      'hj212-rate': { type: 'string' },
      'hj212-burst': { type: 'string' },
      simulate: { type: 'boolean', default: false },
      'simulate-speed': { type: 'string' },
    },
    strict: true,
  });
  const portText = values.port ?? env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port must be an integer 0–65535, got '${portText}'`);
  const workersText = values.workers ?? env.LANTIAN_WORKERS;
  const workers = workersText === undefined ? defaultWorkerCount() : Number(workersText);
  if (!/^\d{1,3}$/.test(workersText ?? '0') || workers > 64)
    throw new Error(`workers must be a whole number 0–64, got '${workersText}'`);
  const hj212Text = values['hj212-port'] ?? env.LANTIAN_HJ212_PORT ?? '9212';
  const hj212Port = Number(hj212Text);
  if (!/^\d{1,5}$/.test(hj212Text) || hj212Port > 65535)
    throw new Error(`hj212-port must be an integer 0–65535 (0: off), got '${hj212Text}'`);
  const positive = (name: string, text: string) => {
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || value <= 0 || value > 1_000_000)
      throw new Error(`${name} must be a number above 0 (at most 1000000), got '${text}'`);
    return value;
  };
  const hj212Limits = {
    ratePerS: positive('hj212-rate', values['hj212-rate'] ?? env.LANTIAN_HJ212_RATE ?? '20'),
    burst: positive('hj212-burst', values['hj212-burst'] ?? env.LANTIAN_HJ212_BURST ?? '200'),
  };
  const speedText = values['simulate-speed'] ?? '60';
  const simulateSpeed = Number(speedText);
  if (!/^\d+(\.\d+)?$/.test(speedText) || !(simulateSpeed > 0 && simulateSpeed <= 100_000))
    throw new Error(`simulate-speed must be a number in (0, 100000], got '${speedText}'`);
  return {
    port,
    host: values.host,
    dbFile: values.db ?? env.LANTIAN_DB ?? 'data/lantian.db',
    seedIfEmpty: !values['no-seed'],
    clientDir: env.LANTIAN_CLIENT_DIR || defaultClientDir,
    demo: !values['no-demo'],
    publicRead: values['public-read'] || env.LANTIAN_PUBLIC_READ === '1',
    trustProxy: values['trust-proxy'] || env.LANTIAN_TRUST_PROXY === '1',
    layerCache: !values['no-layer-cache'],
    workers,
    hj212Port,
    hj212Host: values['hj212-host'] ?? env.LANTIAN_HJ212_HOST ?? values.host,
    hj212Limits,
    simulate: values.simulate || env.LANTIAN_SIMULATE === '1',
    simulateSpeed,
    publicOrigins: (values['public-origin'] ?? env.LANTIAN_PUBLIC_ORIGIN ?? '')
      .split(',')
      .filter((o) => o.trim())
      .map(parsePublicOrigin),
  };
}
