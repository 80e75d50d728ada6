import { parseArgs } from 'node:util';
import { openReadOnlyDatabase } from '../db/open-database.ts';
import { defaultFaultRates, noFaults } from './faults.ts';
import { createSimulator } from './simulator.ts';

/**
 * `npm run simulate -- [--devices N] [--speed X] [--port P] [--host H] [--db FILE] [--realtime-minutes N]
 * [--minute] [--no-faults] [--hours N] [--from YYYY-MM-DDTHH:00]`
 * Sends the demo devices' HJ 212 data to a running server's listener (default 127.0.0.1:9212), reading the
 * devices, the demo year's readings and the present from the database (read only; default data/lantian.db or
 * $LANTIAN_DB). The demo devices' password is `lantian` (server/simulator/demo-devices.ts). Prints a line per
 * simulated hour.
 */
let values: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      devices: { type: 'string' },
      speed: { type: 'string', default: '60' },
      port: { type: 'string', default: '9212' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      'realtime-minutes': { type: 'string' },
      minute: { type: 'boolean', default: false },
      'no-faults': { type: 'boolean', default: false },
      hours: { type: 'string' },
      from: { type: 'string' },
    },
    strict: true,
  }).values;
}
try {
  values = parse();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
const whole = (name: string, text: string | undefined, min: number, max: number): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : fail(`--${name} must be a whole number ${min}–${max}`);
};
const speed = Number(values.speed);
if (!(speed > 0 && speed <= 1_000_000)) fail(`--speed must be a number in (0, 1000000], got '${values.speed}'`);
if (values.from !== undefined && !/^\d{4}-\d\d-\d\dT\d\d:00$/.test(values.from))
  fail(`--from must be an hour 'YYYY-MM-DDTHH:00', got '${values.from}'`);
const port = whole('port', values.port, 1, 65535) ?? 9212;
const file = values.db ?? process.env.LANTIAN_DB ?? 'data/lantian.db';

const openOrFail = () => {
  try {
    return openReadOnlyDatabase(file);
  } catch (error) {
    return fail(`cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
};
const db = openOrFail();
const maxDevices = whole('devices', values.devices, 1, 100_000);
const realtimeMinutes = whole('realtime-minutes', values['realtime-minutes'], 0, 1440);
const hours = whole('hours', values.hours, 1, 1_000_000);
const simulator = createSimulator({
  host: values.host,
  port,
  db,
  speed,
  faults: values['no-faults'] ? noFaults : defaultFaultRates,
  ...(maxDevices === undefined ? {} : { maxDevices }),
  ...(realtimeMinutes === undefined ? {} : { realtimeMinutes }),
  ...(hours === undefined ? {} : { hours }),
  ...(values.from === undefined ? {} : { from: values.from }),
  minute: values.minute,
  log: (line) => console.log(line),
});
if (simulator.stats().devices === 0)
  fail(`${file} has no demo devices (password lantian): seed a demo database with npm run seed`);
simulator.start();

const summary = () => {
  const s = simulator.stats();
  console.log(
    `simulated up to ${s.simTime} (${s.hours} h): sent ${s.sent}, acked ${s.acked}, refused ${s.refused}, ` +
      `resent ${s.resent}, duplicates ${s.duplicates}, bad CRC ${s.badCrc}, gaps ${s.gaps}, flagged ${s.flagged}, ` +
      `lost ${s.lost}`,
  );
};
const stop = () => {
  simulator.stop();
  summary();
  db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await simulator.finished;
stop();
