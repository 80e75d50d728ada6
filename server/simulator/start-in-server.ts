import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { defaultFaultRates } from './faults.ts';
import { createSimulator, type Simulator } from './simulator.ts';

/** Options of {@link startSimulatorInServer}. */
export interface InServerOptions {
  db: Db;
  /** The HJ 212 listener's bound port, null when it did not start. */
  listenerPort: number | null;
  /** The address the listener binds (undefined or a wildcard: every interface, reached over 127.0.0.1). */
  listenerHost: string | undefined;
  speed: number;
  log: (line: string) => void;
}

/**
 * `--simulate`: starts the demo devices' simulator inside the server, sending to its own HJ 212 listener, with
 * the faults at their low default rates; only for a demo database (dataset_meta demo_mode 'true') and a running
 * listener, else logs why not and returns null.
 *
 * @example
 * const simulator = startSimulatorInServer({ db, listenerPort: 9212, listenerHost: undefined, speed: 60, log });
 * simulator?.stop(); // at shutdown
 */
export function startSimulatorInServer(options: InServerOptions): Simulator | null {
  const { log } = options;
  if (readDatasetMeta(options.db).values.demo_mode !== 'true') {
    log('--simulate ignored: the database is not a demo database');
    return null;
  }
  if (options.listenerPort === null) {
    log('--simulate ignored: the HJ 212 listener is not running (--hj212-port 0 or the port is taken)');
    return null;
  }
  const wildcard = options.listenerHost === undefined || ['0.0.0.0', '::', ''].includes(options.listenerHost);
  const simulator = createSimulator({
    host: wildcard ? '127.0.0.1' : (options.listenerHost ?? '127.0.0.1'),
    port: options.listenerPort,
    db: options.db,
    speed: options.speed,
    faults: defaultFaultRates,
    log: (line) => log(`simulator: ${line}`),
  });
  if (simulator.stats().devices === 0) {
    log('--simulate ignored: the database has no demo devices');
    return null;
  }
  simulator.start();
  return simulator;
}
