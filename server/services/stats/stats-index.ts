/**
 * The in-memory data behind the spatial statistics, kept current through the change log instead of
 * being rebuilt whenever anything is committed. Held: every point entity in one flatbush index;
 * every machine position in a growable track per machine (machine-tracks.ts); the townships
 * prepared for exact point tests; and small caches of what depends on as-of, month or reading
 * window. Loaded from SQLite on first use (`npm run bench -- spatial` prints the build time: about
 * 2 s at scale 4, 1,168,000 positions).
 *
 * **Following writes.** Before each use (`data()`) the index reads the change-log rows after the
 * last seq it applied (migration 0005; one rowid range read, about a microsecond when there is none,
 * and it sees every connection's commits) and applies them:
 * - `positions` (machine, ts): the track is patched from the row now stored (appended, inserted, moved
 *   or removed); a cached month gets the new position in its unindexed tail (or is dropped, rebuilt
 *   on next use, after a move, a removal or a long tail); cached as-of snapshots at or after ts get
 *   that machine's latest position recomputed;
 * - `readings` (station, ts): the station's month of readings, if loaded, is patched from the row now
 *   stored, and its sums over cached windows containing ts continued (a reading after the last summed)
 *   or recomputed in memory on next use (reading-sums.ts: the same compensated sum as SQL's `sum()`);
 * - `dustfall` (point, month): that month's cached values are dropped;
 * - the issue-16 layers (`layer:vehicles`, `layer:road-segments`, … and `muck-positions`): only their as-of
 *   snapshots (dust-snapshot.ts) are dropped, read again on next use;
 * - `layer:*`, `meta`: the entity part is rebuilt (points, attributes, zones: no positions, no
 *   townships) and the caches that index it dropped; `townships`: the townships and their union;
 * - `reset` (a bulk seed), a gap (the log was trimmed past this index) or more than
 *   {@link MAX_BATCH} rows: everything is rebuilt;
 * - anything else (`alerts`, `accounts`, `plan`; sessions write no rows): nothing.
 *
 * Positions and attributes are read through the layer definitions (`db/layers/*`) where they depend
 * on as-of, so that counts equal what `/api/layers/:id` serves.
 *
 * @module
 */
import { createChangeLogStore, type ChangeRow } from '../../db/change-log.ts';
import { readDatasetMeta } from '../../db/dataset-meta.ts';
import type { Db } from '../../db/open-database.ts';
import { createStatsReads } from '../../db/stats-reads.ts';
import { cstMinute } from '../../time/cst.ts';
import { dustSnapshotAt, type DustSnapshot } from './dust-snapshot.ts';
import { loadEntityPart, loadTownshipPart } from './load-stats-parts.ts';
import { emptyTrack, loadTracks, setPosition, type Track } from './machine-tracks.ts';
import { MAX_TAIL, positionsOfMonth } from './month-positions.ts';
import { createReadingStore } from './reading-sums.ts';
import { snapshotAt, updateMachine } from './snapshot-at.ts';
import type {
  AsOfSnapshot,
  BuildCounts,
  EntityPart,
  MonthPositions,
  StatsData,
  StatsIndex,
  TownshipPart,
} from './stats-data.ts';

/** How many as-of snapshots, months and reading windows are kept. */
const CACHE_ENTRIES = 24;
/** The layers of issue 16: a change drops only their snapshots (dust-snapshot.ts), not the entity part. */
const DUST_TOPICS = new Set([
  'layer:built-up-area',
  'layer:vehicles',
  'layer:checkpoints',
  'layer:repair-shops',
  'layer:muck-trucks',
  'layer:road-segments',
  'layer:stockyards',
  'muck-positions',
]);
/** More change rows than this at once: rebuilding everything is cheaper than applying them. */
export const MAX_BATCH = 50_000;

function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
  return value;
}

interface Built {
  /** The last change-log seq applied. */
  seq: number;
  defaultAsOf: string;
  tracks: Map<string, Track>;
  townships: TownshipPart;
  entities: EntityPart;
  data: StatsData;
  machineIndex: Map<string, number>;
}

/**
 * Creates the statistics index of `db`. Nothing is read until first use.
 *
 * @example
 * const index = createStatsIndex(db);
 * index.data().townships.length; // 18
 */
export function createStatsIndex(db: Db): StatsIndex {
  const reads = createStatsReads(db);
  const log = createChangeLogStore(db);
  const builds: BuildCounts = { full: 0, entities: 0, townships: 0, months: 0, readings: 0, dust: 0 };
  let built: Built | null = null;
  const asOfCache = new Map<string, AsOfSnapshot>();
  const monthCache = new Map<string, MonthPositions>();
  const dustfallCache = new Map<string, Float64Array>();
  const dustCache = new Map<string, DustSnapshot>();
  const readings = createReadingStore(reads);

  const clearDerived = () => {
    asOfCache.clear();
    monthCache.clear();
    dustfallCache.clear();
    dustCache.clear();
  };

  const assemble = (b: Omit<Built, 'data' | 'machineIndex'>): Built => ({
    ...b,
    data: { ...b.townships, ...b.entities },
    machineIndex: new Map(b.entities.machines.ids.map((id, m) => [id, m])),
  });

  const fullBuild = (): Built => {
    // the seq first: changes committed while loading are applied (again) on next use; each is idempotent
    const seq = log.maxSeq();
    const defaultAsOf = readDatasetMeta(db).defaultAsOf;
    const tracks = loadTracks(reads.positionCount(), reads.positions());
    clearDerived();
    readings.clear();
    builds.full++;
    return assemble({
      seq,
      defaultAsOf,
      tracks,
      townships: loadTownshipPart(reads),
      entities: loadEntityPart(db, reads, defaultAsOf, tracks),
    });
  };

  const applyPosition = (b: Built, machineId: string, ts: string) => {
    const at = reads.position(machineId, ts);
    let track = b.tracks.get(machineId);
    if (!track) {
      if (!at) return;
      track = emptyTrack();
      b.tracks.set(machineId, track);
    }
    const t = cstMinute(ts);
    const edit = setPosition(track, t, at ? [at.lon, at.lat] : undefined);
    const m = b.machineIndex.get(machineId);
    if (edit === 'none' || m === undefined) return;
    const month = ts.slice(0, 7);
    const cached = monthCache.get(month);
    if (cached && at && (edit === 'appended' || edit === 'inserted') && cached.tail.machine.length < MAX_TAIL) {
      cached.tail.machine.push(m);
      cached.tail.minute.push(t);
      cached.tail.lon.push(at.lon);
      cached.tail.lat.push(at.lat);
    } else if (cached) {
      monthCache.delete(month);
    }
    for (const snapshot of asOfCache.values()) if (t <= snapshot.limitMinute) updateMachine(snapshot, b.data, m);
  };

  /** Applies `rows` (consecutive, after b.seq); false when only a full rebuild will do. */
  const apply = (b: Built, rows: ChangeRow[]): Built | null => {
    if (rows.length > MAX_BATCH || (rows[0] as ChangeRow).seq !== b.seq + 1) return null;
    let entities = false;
    let townships = false;
    const positions = new Set<string>();
    const readingKeys = new Set<string>();
    for (const { topic, key, ts } of rows) {
      if (topic === 'reset') return null;
      if (topic === 'positions' && key !== null && ts !== null) {
        const id = `${key}\u0000${ts}`;
        if (!positions.has(id)) {
          positions.add(id);
          applyPosition(b, key, ts);
        }
      } else if (topic === 'readings' && key !== null && ts !== null) {
        const id = `${key}\u0000${ts}`;
        if (!readingKeys.has(id)) {
          readingKeys.add(id);
          readings.apply(key, ts);
        }
      } else if (topic === 'dustfall' && ts !== null) dustfallCache.delete(ts);
      else if (DUST_TOPICS.has(topic)) dustCache.clear();
      else if (topic === 'townships') townships = true;
      else if (topic === 'meta' || topic.startsWith('layer:')) entities = true;
    }
    let next: Built = { ...b, seq: (rows.at(-1) as ChangeRow).seq };
    if (townships) {
      next = assemble({ ...next, townships: loadTownshipPart(reads) });
      builds.townships++;
    }
    if (entities) {
      const defaultAsOf = readDatasetMeta(db).defaultAsOf;
      next = assemble({ ...next, defaultAsOf, entities: loadEntityPart(db, reads, defaultAsOf, next.tracks) });
      clearDerived();
      builds.entities++;
    }
    return next;
  };

  const sync = (): Built => {
    if (!built) return (built = fullBuild());
    const rows = log.since(built.seq, MAX_BATCH + 1);
    if (rows.length === 0) return built;
    built = apply(built, rows) ?? fullBuild();
    return built;
  };
  const current = (): Built => built ?? sync();

  return {
    data: () => sync().data,
    defaultAsOf: () => current().defaultAsOf,
    invalidate: () => {
      built = null;
      clearDerived();
      readings.clear();
    },
    get builds() {
      builds.readings = readings.loads;
      return builds;
    },
    atAsOf(asOf) {
      const { data } = current();
      return remember(asOfCache, asOf, () => snapshotAt(db, data, asOf));
    },
    monthPositions(month) {
      const { data } = current();
      return remember(monthCache, month, () => {
        builds.months++;
        return positionsOfMonth(data, month);
      });
    },
    dustfall(month) {
      const { data } = current();
      return remember(dustfallCache, month, () => {
        const values = new Float64Array(data.dustfallPoints.ids.length).fill(Number.NaN);
        const local = new Map(data.dustfallPoints.ids.map((id, i) => [id, i]));
        for (const row of reads.dustfall(month)) {
          const i = local.get(row.point_id);
          if (i !== undefined) values[i] = row.value;
        }
        return values;
      });
    },
    readingSums(local, from, to) {
      const { data } = current();
      return readings.sums(data.stations.codes[local] as string, from, to);
    },

    dustAt(asOf) {
      current();
      return remember(dustCache, asOf, () => {
        builds.dust++;
        return dustSnapshotAt(db, reads, asOf);
      });
    },
    muckViolators(month, asOf) {
      current();
      return new Set(reads.muckViolators(`${month}-01T00:00`, asOf));
    },

    latestDustfallMonth(upTo) {
      current();
      return reads.latestDustfallMonth(upTo);
    },
  };
}
