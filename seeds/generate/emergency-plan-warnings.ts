import type { Db } from '../../server/db/open-database.ts';
import { addDays, addMinutes } from '../../server/time/cst.ts';
import type { Rng } from '../random.ts';
import { type DailyPm, worstStretches } from './emergency-episodes.ts';
import type { Version, Warning } from './emergency-model.ts';

/** The demo season's window for episodes: they end before 2023-12-29, so nothing is in force at the present. */
const EPISODE_WINDOW = { from: '2023-11-01', to: '2023-12-27' };

/** District daily mean PM2.5 at the national stations, read back from the seeded hours. */
export function readDailyPm(db: Db): DailyPm[] {
  return db
    .prepare(
      `SELECT date(r.ts, '-60 minutes') AS day, avg(r.pm25) AS pm25 FROM station_readings r
       JOIN stations s ON s.code = r.station_code
       WHERE s.kind = 'national' AND r.pm25 IS NOT NULL AND r.ts > @from AND r.ts <= @to
       GROUP BY day ORDER BY day`,
    )
    .all({ from: `${EPISODE_WINDOW.from}T00:00`, to: `${addDays(EPISODE_WINDOW.to, 1)}T00:00` }) as DailyPm[];
}

/**
 * The three demo episodes on the worst stretches: orange → red → orange, lifted (regional); yellow by forecast;
 * yellow by decision, lifted.
 */
export function planWarnings(rng: Rng, daily: readonly DailyPm[], versions: readonly Version[]): Warning[] {
  const [big, forecast, decision] = worstStretches(daily, [4, 3, 2], EPISODE_WINDOW.from, EPISODE_WINDOW.to, 8);
  if (!big || !forecast || !decision) throw new Error('emergency seed: three stretches expected');
  const versionOn = (day: string) =>
    [...versions].reverse().find((v) => v.effectiveFrom <= day) ?? (versions[0] as Version);
  const issued = (start: string) => addMinutes(start, -60 * rng.int(12, 36));
  const warnings: Warning[] = [];
  {
    const start = `${big.from}T12:00`;
    const lifted = `${big.to}T18:00`;
    warnings.push({
      id: 0,
      role: 'regional',
      issuedAt: issued(start),
      startAt: start,
      plannedEndAt: `${addDays(big.to, 1)}T12:00`,
      liftedAt: lifted,
      levels: [
        [start, 'orange'],
        [`${addDays(big.from, 1)}T12:00`, 'red'],
        [`${big.to}T00:00`, 'orange'],
      ],
      endAt: lifted,
      version: versionOn(big.from),
    });
  }
  {
    const start = `${forecast.from}T00:00`;
    const end = `${addDays(forecast.to, 1)}T00:00`;
    warnings.push({
      id: 0,
      role: 'forecast',
      issuedAt: issued(start),
      startAt: start,
      plannedEndAt: end,
      liftedAt: null,
      levels: [[start, 'yellow']],
      endAt: end,
      version: versionOn(forecast.from),
    });
  }
  {
    const start = `${decision.from}T08:00`;
    const lifted = `${decision.to}T20:00`;
    warnings.push({
      id: 0,
      role: 'decision',
      issuedAt: issued(start),
      startAt: start,
      plannedEndAt: `${addDays(decision.to, 1)}T08:00`,
      liftedAt: lifted,
      levels: [[start, 'yellow']],
      endAt: lifted,
      version: versionOn(decision.from),
    });
  }
  warnings.sort((a, b) => a.startAt.localeCompare(b.startAt));
  warnings.forEach((w, i) => {
    w.id = i + 1;
  });
  return warnings;
}
