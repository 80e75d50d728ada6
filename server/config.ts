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
  /** Absolute path of the built client. */
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
 * `--public-origin URL[,URL]`, `--no-layer-cache`, `--workers N` and the environment variables
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
  return {
    port,
    host: values.host,
    dbFile: values.db ?? env.LANTIAN_DB ?? 'data/lantian.db',
    seedIfEmpty: !values['no-seed'],
    clientDir: defaultClientDir,
    demo: !values['no-demo'],
    publicRead: values['public-read'] || env.LANTIAN_PUBLIC_READ === '1',
    trustProxy: values['trust-proxy'] || env.LANTIAN_TRUST_PROXY === '1',
    layerCache: !values['no-layer-cache'],
    workers,
    publicOrigins: (values['public-origin'] ?? env.LANTIAN_PUBLIC_ORIGIN ?? '')
      .split(',')
      .filter((o) => o.trim())
      .map(parsePublicOrigin),
  };
}
