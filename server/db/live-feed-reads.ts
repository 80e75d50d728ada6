import type { Db } from './open-database.ts';

/** A station's newest hour (station_readings), as the `readings` live event sends it. */
export interface NewestReadingRow {
  station: string;
  ts: string;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm25: number | null;
  co: number | null;
  o3: number | null;
}

/** An outlet's newest hour (outlet_readings) with its enterprise and limits (JSON text as stored). */
export interface NewestOutletHourRow {
  outlet_id: string;
  enterprise_id: string;
  ts: string;
  pm: number | null;
  so2: number | null;
  nox: number | null;
  o2: number | null;
  flow: number | null;
  temp: number | null;
  moisture: number | null;
  pm_cou: number | null;
  so2_cou: number | null;
  nox_cou: number | null;
  flags: string;
  reference_o2: number | null;
  limits: string;
  ule_limits: string | null;
}

/** An alert as the `alerts` live event needs it (title and detail JSON text as stored). */
export interface LiveAlertRow {
  id: number;
  rule: string;
  task: number;
  entity_id: string;
  title: string;
  detail: string;
  cleared_at: string | null;
}

/** The keyed reads of the live feed (services/live-feed.ts), prepared once. */
export interface LiveFeedReads {
  newestReading(station: string): NewestReadingRow | undefined;
  newestOutletHour(outlet: string): NewestOutletHourRow | undefined;
  /** `dataset_meta.default_as_of`, the dataset's present. */
  present(): string | undefined;
  alert(id: number): LiveAlertRow | undefined;
  /** Ids of the alerts not cleared. */
  activeAlertIds(): number[];
  activeAlertCount(): number;
}

/**
 * Prepares the live feed's reads of `db` (each an index seek).
 *
 * @example
 * createLiveFeedReads(db).newestReading('2181A')?.ts; // '2023-12-31T23:00'
 */
export function createLiveFeedReads(db: Db): LiveFeedReads {
  const newestReading = db.prepare<[string], NewestReadingRow>(
    `SELECT station_code AS station, ts, so2, no2, pm10, pm25, co, o3 FROM station_readings WHERE station_code = ?
      ORDER BY ts DESC LIMIT 1`,
  );
  const newestOutletHour = db.prepare<[string], NewestOutletHourRow>(
    `SELECT r.outlet_id, o.enterprise_id, r.ts, r.pm, r.so2, r.nox, r.o2, r.flow, r.temp, r.moisture, r.pm_cou,
            r.so2_cou, r.nox_cou, r.flags, o.reference_o2, o.limits, o.ule_limits
       FROM outlet_readings r JOIN outlets o ON o.id = r.outlet_id
      WHERE r.outlet_id = ? ORDER BY r.ts DESC LIMIT 1`,
  );
  const present = db.prepare<[], string>("SELECT value FROM dataset_meta WHERE key = 'default_as_of'").pluck();
  const alert = db.prepare<[number], LiveAlertRow>(
    'SELECT id, rule, task, entity_id, title, detail, cleared_at FROM alerts WHERE id = ?',
  );
  const activeIds = db.prepare<[], number>('SELECT id FROM alerts WHERE cleared_at IS NULL').pluck();
  const activeCount = db.prepare<[], number>('SELECT count(*) FROM alerts WHERE cleared_at IS NULL').pluck();
  return {
    newestReading: (station) => newestReading.get(station),
    newestOutletHour: (outlet) => newestOutletHour.get(outlet),
    present: () => present.get(),
    alert: (id) => alert.get(id),
    activeAlertIds: () => activeIds.all(),
    activeAlertCount: () => activeCount.get() ?? 0,
  };
}
