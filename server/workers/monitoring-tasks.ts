import { readCityIndicators } from '../db/city-indicators-repository.ts';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { monitoredEmissions } from '../db/outlets-repository.ts';
import type { Localized } from '../schema/localized.ts';
import type { EmissionsQuery, EmissionsResponse } from '../schema/outlets.ts';
import { addDays, nextMonth } from '../time/cst.ts';

/** The note every emissions answer carries: monitored stacks are only part of the district's emissions. */
export const MONITORED_EMISSIONS_NOTE: Localized = {
  zh: '在线监测排放量（仅重点排放口）：只含接入在线监测的排放口，不是全区全社会排放总量',
  en: 'Online-monitored emissions (key stacks only): the monitored outlets, not the district’s total emissions',
};

/** The period `at` names, as hour-end labels `(from, to]`. */
function periodBounds(period: EmissionsQuery['period'], at: string): { from: string; to: string } {
  if (period === 'day') return { from: `${at}T00:00`, to: `${addDays(at, 1)}T00:00` };
  if (period === 'month') return { from: `${at}-01T00:00`, to: `${nextMonth(at)}-01T00:00` };
  return { from: `${at}-01-01T00:00`, to: `${Number(at) + 1}-01-01T00:00` };
}

/**
 * GET /api/monitoring/emissions (task `monitoring.emissions`: a year of hours is a scan of every outlet's rows, kept
 * off the request loop): the monitored totals of the period at the level, counted up to `asOf` (default the
 * dataset's present), with the year's city caps for `period=year`.
 *
 * @example
 * readEmissions(db, { period: 'year', level: 'district' }).rows[0]?.so2; // tonnes
 */
export function readEmissions(db: Db, query: EmissionsQuery): EmissionsResponse {
  const now = query.asOf ?? readDatasetMeta(db).defaultAsOf;
  const at = query.at ?? { day: now.slice(0, 10), month: now.slice(0, 7), year: now.slice(0, 4) }[query.period];
  const { rows, from, end } = monitoredEmissions(db, periodBounds(query.period, at), now, query.level);
  const city = query.period === 'year' ? readCityIndicators(db, Number(at)) : undefined;
  return {
    period: query.period,
    at,
    level: query.level,
    rows,
    caps:
      query.period === 'year'
        ? {
            pm: city?.emissions.PM.cap ?? null,
            so2: city?.emissions.SO2.cap ?? null,
            nox: city?.emissions.NOx.cap ?? null,
            source: city ? [city.source.name, city.source.number].filter(Boolean).join(' ') : null,
          }
        : null,
    note: MONITORED_EMISSIONS_NOTE,
    from,
    to: end,
  };
}
