/**
 * Valid-hour counts and sums of the station readings over hour-ending windows `(from, to]`, kept
 * current through the change log without asking SQLite again for what it already has.
 *
 * **Exactly SQLite's sums.** `sum()` over REAL values (SQLite ≥ 3.43) is a Kahan–Babuška–Neumaier
 * sum in scan order, here the primary key's (station, ts) order; a sum composed from partial sums
 * (per day, per month) would differ from it in the last bits. So the store keeps the readings
 * themselves, one chunk per station and label month (`ts.slice(0, 7)`, so a `T00:00` label closing
 * the month's last day lies in the next month's chunk; a window takes whichever chunks its `(from, to]`
 * reaches), and runs the same compensated sum over them in ts order: the result is bit for bit the
 * SQL `sum()` (checked against it by test/server/stats-index-incremental.test.ts).
 *
 * **Following writes.** A change row (station, ts) patches that station's month chunk from the row
 * now stored (one primary-key read; nothing when the chunk was never loaded) and, in each cached window
 * containing ts, that station's running sum: a new reading after everything the window has summed
 * is added in place (the compensated sum continues as the SQL scan would), anything else (a changed
 * or deleted reading, one inserted before the end) marks that station's sums stale, recomputed from
 * the chunks on next use, in memory. Only the month chunks of the stations queried are loaded, lazily,
 * one indexed range read each.
 *
 * @module
 */
import type { StatsReads } from '../../db/stats-reads.ts';
import { statsPollutants } from '../../schema/stats.ts';
import { nextMonth } from '../../time/cst.ts';
import type { ReadingSums } from './stats-data.ts';

/** Pollutants per reading (values are interleaved in this order). */
const P = statsPollutants.length;
/** How many windows are cached. */
const WINDOWS = 24;
/** How many station-month chunks are held; the oldest loaded goes first (its windows' sums turn stale). */
const MAX_CHUNKS = 8_192;

/** One station's readings of one label month in ts order: `values[i * P + p]`, NaN where missing. */
interface Chunk {
  ts: string[];
  values: number[];
}

/** A station's compensated sums over one window: the SQL aggregate's state. */
interface Running {
  /** The greatest ts summed ('' when none): a new reading after it can be added in place. */
  last: string;
  stale: boolean;
  count: Float64Array;
  rSum: Float64Array;
  rErr: Float64Array;
  /** What is handed out: `count` shared, `sum` the finalised sums. */
  out: ReadingSums;
}

interface Window {
  from: string;
  to: string;
  stations: Map<string, Running>;
}

/** The readings behind the statistics' sums, and the sums of the windows asked for. */
export interface ReadingStore {
  /** Count and sum of valid hourly values per pollutant of `station` over `(from, to]`, as SQL `sum()` has them. */
  sums(station: string, from: string, to: string): ReadingSums;
  /** Applies a change-log row of topic `readings` (apply each (station, ts) once per batch: it reads the row). */
  apply(station: string, ts: string): void;
  /** Drops everything (a full rebuild). */
  clear(): void;
  /** How many chunks were read from SQLite since creation (for tests and benches). */
  readonly loads: number;
}

/** Adds `value` to pollutant `p` of `r` exactly as SQLite's kahanBabuskaNeumaierStep does. */
function step(r: Running, p: number, value: number): void {
  r.count[p] = (r.count[p] as number) + 1;
  const s = r.rSum[p] as number;
  const t = s + value;
  if (Math.abs(s) > Math.abs(value)) r.rErr[p] = (r.rErr[p] as number) + (s - t + value);
  else r.rErr[p] = (r.rErr[p] as number) + (value - t + s);
  r.rSum[p] = t;
}

/** The sum as sumFinalize gives it: `rSum + rErr` unless the error overflowed; 0 (SQL NULL) when nothing counted. */
function finalise(r: Running, p: number): void {
  const err = r.rErr[p] as number;
  r.out.sum[p] = r.count[p] === 0 ? 0 : Number.isFinite(err) ? (r.rSum[p] as number) + err : (r.rSum[p] as number);
}

function emptyRunning(): Running {
  const count = new Float64Array(P);
  return {
    last: '',
    stale: false,
    count,
    rSum: new Float64Array(P),
    rErr: new Float64Array(P),
    out: { count, sum: new Float64Array(P) },
  };
}

/** The first index of `ts` with `ts[i] > key` (strictly after) or `>= key` when `inclusive`. */
function search(ts: string[], key: string, inclusive: boolean): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = ts[mid] as string;
    if (t < key || (!inclusive && t === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Creates the reading store over `reads`; nothing is read until a window is asked for.
 *
 * @example
 * const store = createReadingStore(createStatsReads(db));
 * store.sums('140902051', '2023-12-01T00:00', '2023-12-31T23:00').count; // valid hours per pollutant
 */
export function createReadingStore(reads: StatsReads): ReadingStore {
  const chunks = new Map<string, Chunk>();
  const windows = new Map<string, Window>();
  let loads = 0;
  /** The last window asked for (statistics ask for one window many times in a row). */
  let recent: Window | null = null;

  const chunkKey = (station: string, month: string) => `${station}\u0000${month}`;

  /** Marks `station`'s sums stale in every window whose range meets `[lo, hi]` (labels, inclusive). */
  const stale = (station: string, lo: string, hi: string) => {
    for (const w of windows.values()) {
      if (hi <= w.from || lo > w.to) continue;
      const r = w.stations.get(station);
      if (r) r.stale = true;
    }
  };

  const chunkOf = (station: string, month: string): Chunk => {
    const key = chunkKey(station, month);
    const hit = chunks.get(key);
    if (hit) return hit;
    if (chunks.size >= MAX_CHUNKS) {
      const oldest = chunks.keys().next().value as string;
      chunks.delete(oldest);
      const [s, m] = oldest.split('\u0000') as [string, string];
      stale(s, m, nextMonth(m));
    }
    const ts: string[] = [];
    const values: number[] = [];
    for (const row of reads.readingsBetween(station, month, nextMonth(month))) {
      ts.push(row[0]);
      for (let p = 0; p < P; p++) values.push((row[p + 1] as number | null) ?? Number.NaN);
    }
    loads++;
    const chunk = { ts, values };
    chunks.set(key, chunk);
    return chunk;
  };

  /** Sums `station` over the window from its chunks, as the SQL scan does. */
  const compute = (r: Running, station: string, from: string, to: string) => {
    r.count.fill(0);
    r.rSum.fill(0);
    r.rErr.fill(0);
    r.last = '';
    r.stale = false;
    if (from < to) {
      const last = to.slice(0, 7);
      for (let month = from.slice(0, 7); month <= last; month = nextMonth(month)) {
        const { ts, values } = chunkOf(station, month);
        const end = search(ts, to, false);
        for (let i = search(ts, from, false); i < end; i++) {
          for (let p = 0; p < P; p++) {
            const v = values[i * P + p] as number;
            if (!Number.isNaN(v)) step(r, p, v);
          }
          r.last = ts[i] as string;
        }
      }
    }
    for (let p = 0; p < P; p++) finalise(r, p);
  };

  return {
    get loads() {
      return loads;
    },

    sums(station, from, to) {
      let w = recent;
      if (!w || w.from !== from || w.to !== to) {
        const key = `${from}|${to}`;
        w = windows.get(key) ?? null;
        if (!w) {
          if (windows.size >= WINDOWS) windows.delete(windows.keys().next().value as string);
          w = { from, to, stations: new Map() };
          windows.set(key, w);
        }
        recent = w;
      }
      let r = w.stations.get(station);
      if (!r) {
        r = emptyRunning();
        w.stations.set(station, r);
        compute(r, station, from, to);
      } else if (r.stale) compute(r, station, from, to);
      return r.out;
    },

    apply(station, ts) {
      const chunk = chunks.get(chunkKey(station, ts.slice(0, 7)));
      if (!chunk) {
        stale(station, ts, ts);
        return;
      }
      const row = reads.reading(station, ts);
      const i = search(chunk.ts, ts, true);
      const exists = chunk.ts[i] === ts;
      if (!row && !exists) return;
      const values = row ? row.map((v) => v ?? Number.NaN) : [];
      if (row && exists && values.every((v, p) => Object.is(v, chunk.values[i * P + p]))) return;
      if (!row) {
        chunk.ts.splice(i, 1);
        chunk.values.splice(i * P, P);
        stale(station, ts, ts);
        return;
      }
      if (exists) {
        for (let p = 0; p < P; p++) chunk.values[i * P + p] = values[p] as number;
        stale(station, ts, ts);
        return;
      }
      chunk.ts.splice(i, 0, ts);
      chunk.values.splice(i * P, 0, ...values);
      // a new reading: added in place where it comes after everything summed, else the sums turn stale
      for (const w of windows.values()) {
        if (ts <= w.from || ts > w.to) continue;
        const r = w.stations.get(station);
        if (!r || r.stale) continue;
        if (ts <= r.last) {
          r.stale = true;
          continue;
        }
        for (let p = 0; p < P; p++) {
          const v = values[p] as number;
          if (Number.isNaN(v)) continue;
          step(r, p, v);
          finalise(r, p);
        }
        r.last = ts;
      }
    },

    clear() {
      chunks.clear();
      windows.clear();
      recent = null;
    },
  };
}
