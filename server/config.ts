import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Server settings, from the command line first, then the environment, then defaults. */
export interface ServerConfig {
  port: number;
  /** SQLite file; created, migrated and seeded on first start. */
  dbFile: string;
  /** Seed an empty database with demo data on start. */
  seedIfEmpty: boolean;
  /** Absolute path of the built client. */
  clientDir: string;
  /** A database created now gets the demo accounts and the demo banner (default; `--no-demo` for none). */
  demo: boolean;
  /** Anonymous users may read the public map layers (`--public-read` or LANTIAN_PUBLIC_READ=1); default: sign-in required. */
  publicRead: boolean;
}

/** Absolute path of the built client, dist/client. */
export const defaultClientDir = fileURLToPath(new URL('../dist/client', import.meta.url));

/**
 * Reads `--port P`, `--db FILE`, `--no-seed`, `--no-demo`, `--public-read` and the environment
 * variables `PORT`, `LANTIAN_DB`, `LANTIAN_PUBLIC_READ`. Throws an Error naming the bad value.
 */
export function readServerConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      'public-read': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const portText = values.port ?? env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`port must be an integer 0–65535, got '${portText}'`);
  return {
    port,
    dbFile: values.db ?? env.LANTIAN_DB ?? 'data/lantian.db',
    seedIfEmpty: !values['no-seed'],
    clientDir: defaultClientDir,
    demo: !values['no-demo'],
    publicRead: values['public-read'] || env.LANTIAN_PUBLIC_READ === '1',
  };
}
