import { createLiveFeedReads, type NewestOutletHourRow } from '../db/live-feed-reads.ts';
import type { Db } from '../db/open-database.ts';
import { judgeHour } from '../monitoring/judge-hour.ts';
import type { OutletJudging, StackReading } from '../monitoring/stack-reading.ts';
import type { OutletLimits } from '../schema/devices.ts';
import { ruleTitles, type RuleId } from '../schema/enums/rule-id.ts';
import type { AlertsEvent, OutletsEvent, ReadingsEvent } from '../schema/live-events.ts';
import type { ChangeFeed } from './change-feed.ts';
import type { LiveHub } from './live-hub.ts';

/** Options of {@link startLiveFeed}. */
export interface LiveFeedOptions {
  db: Db;
  /** The change feed of `db` (only its subscribe is used). */
  feed: Pick<ChangeFeed, 'subscribe'>;
  hub: LiveHub;
}

const zhOf = (json: string): string => {
  const value = JSON.parse(json) as { zh?: unknown } | string;
  return typeof value === 'string' ? value : typeof value.zh === 'string' ? value.zh : '';
};

/** An outlet_readings row joined with its outlet, as the judging helpers take it. */
function judgeRow(row: NewestOutletHourRow): OutletsEvent['outlets'][number] {
  const reading: StackReading = {
    ts: row.ts,
    pm: row.pm,
    so2: row.so2,
    nox: row.nox,
    o2: row.o2,
    flow: row.flow,
    temp: row.temp,
    moisture: row.moisture,
    pmCou: row.pm_cou,
    so2Cou: row.so2_cou,
    noxCou: row.nox_cou,
    flags: JSON.parse(row.flags) as Record<string, string>,
  };
  const outlet: OutletJudging = {
    limits: JSON.parse(row.limits) as OutletLimits,
    uleLimits: row.ule_limits === null ? null : (JSON.parse(row.ule_limits) as OutletLimits),
    referenceO2: row.reference_o2,
  };
  const hour = judgeHour(reading, outlet);
  return {
    outlet: row.outlet_id,
    enterprise: row.enterprise_id,
    ts: row.ts,
    pm: row.pm,
    so2: row.so2,
    nox: row.nox,
    over: hour.pm.over || hour.so2.over || hour.nox.over,
  };
}

/**
 * Turns the change feed's topics into live events on `hub` (what `GET /api/events` streams):
 * - `readings` (station codes) → `readings` with each station's newest hour;
 * - `outlet-readings` (outlet ids) → `outlets` with each outlet's newest hour and whether a valid value is
 *   over its limit (the ULE limit where set, after O2 correction: server/monitoring/judge-hour.ts);
 * - `meta` → `present` when `default_as_of` (the dataset's present) moved;
 * - `alerts` (alert ids) → `alerts` with the alerts raised and cleared since the last one and the open count
 *   (edits of an alert, such as its assignment, send nothing);
 * - `reset` → `reset` (and the open alerts and the present are read again).
 * Everything runs synchronously in the feed's poll, after the commit (cheap keyed reads). Returns the stop.
 *
 * @example
 * const stop = startLiveFeed({ db, feed: changeFeed, hub });
 */
export function startLiveFeed({ db, feed, hub }: LiveFeedOptions): () => void {
  const reads = createLiveFeedReads(db);
  let present = reads.present();
  let active = new Set(reads.activeAlertIds());

  const onReadings = (keys: readonly (string | null)[]) => {
    const readings: ReadingsEvent['readings'] = [];
    for (const code of keys) {
      if (code === null) continue;
      const row = reads.newestReading(code);
      if (!row) continue;
      readings.push(row);
    }
    if (readings.length) hub.publish('readings', { readings });
  };

  const onOutletReadings = (keys: readonly (string | null)[]) => {
    const outlets: OutletsEvent['outlets'] = [];
    for (const id of keys) {
      if (id === null) continue;
      const row = reads.newestOutletHour(id);
      if (row) outlets.push(judgeRow(row));
    }
    if (outlets.length) hub.publish('outlets', { outlets });
  };

  const onMeta = () => {
    const now = reads.present();
    if (now === present) return;
    present = now;
    if (now) hub.publish('present', { asOf: now });
  };

  const onAlerts = (keys: readonly (string | null)[]) => {
    const raised: AlertsEvent['raised'] = [];
    const cleared: AlertsEvent['cleared'] = [];
    for (const key of keys) {
      const id = Number(key);
      if (key === null || !Number.isInteger(id)) continue;
      const row = reads.alert(id);
      const isActive = row !== undefined && row.cleared_at === null;
      if (isActive && !active.has(id)) {
        active.add(id);
        const title = ruleTitles[row.rule as RuleId]?.zh ?? zhOf(row.title);
        raised.push({ id, rule: row.rule, task: row.task, entityId: row.entity_id, title, detail: zhOf(row.detail) });
      } else if (!isActive && active.has(id)) {
        active.delete(id);
        cleared.push({ id, rule: row?.rule ?? '', entityId: row?.entity_id ?? '' });
      }
    }
    if (raised.length || cleared.length) {
      hub.publish('alerts', { raised, cleared, open: reads.activeAlertCount() });
    }
  };

  // a failure here must not break the feed's poll (its other subscribers, the request that polled)
  const guarded =
    (fn: (keys: readonly (string | null)[]) => void) =>
    ({ keys }: { keys: readonly (string | null)[] }) => {
      try {
        fn(keys);
      } catch (error) {
        console.error('live feed failed:', error);
      }
    };
  const unsubscribers = [
    feed.subscribe('readings', guarded(onReadings)),
    feed.subscribe('outlet-readings', guarded(onOutletReadings)),
    feed.subscribe('meta', guarded(onMeta)),
    feed.subscribe('alerts', guarded(onAlerts)),
    feed.subscribe(
      'reset',
      guarded(() => {
        active = new Set(reads.activeAlertIds());
        present = reads.present();
        hub.publish('reset', { reason: 'data-rebuilt' });
      }),
    ),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
