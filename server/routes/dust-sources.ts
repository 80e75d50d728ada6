import { Hono } from 'hono';
import { latestDustfallMonth, readDustSourceInputs, readOverLimitPoints } from '../db/dust-sources-reads.ts';
import type { Db } from '../db/open-database.ts';
import { DUST_SOURCE_RINGS_KM, sourcesNearDustfall } from '../dust/sources-near-dustfall.ts';
import { assertKnownTownships } from '../http/assert-known-townships.ts';
import type { AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { dustSourcesQuerySchema, type DustSourcesResponse } from '../schema/dust-sources.ts';
import { DUSTFALL_LIMIT } from '../schema/plan-targets.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import { monthDates } from '../time/cst.ts';

/**
 * The dustfall source analysis (task 12), mounted at /api/dust: GET /sources-near?month=YYYY-MM&township= lists the
 * dustfall points above the limit in the month (default: the latest month with readings) with what lies within
 * 1, 3 and 5 km of each (cumulative rings), the sources' statuses read at the month's end or the dataset's present,
 * whichever is earlier.
 */
export function dustSourceRoutes(db: Db) {
  return new Hono<AuthEnv>().get('/sources-near', (c) => {
    const query = parseWith(dustSourcesQuerySchema, c.req.query(), 'query parameter');
    if (query.township) assertKnownTownships(db, [query.township]);
    const present = datasetPresent(db);
    const month = query.month ?? latestDustfallMonth(db, present.slice(0, 7));
    const base = { limit: DUSTFALL_LIMIT, ringsKm: [...DUST_SOURCE_RINGS_KM], ringsCumulative: true as const };
    if (month === null) {
      const empty: DustSourcesResponse = { month: null, asOf: null, ...base, pointsWithReading: 0, points: [] };
      return c.json(empty);
    }
    const monthEnd = `${monthDates(month).to}T23:59`;
    const asOf = monthEnd < present ? monthEnd : present;
    const { withReading, over } = readOverLimitPoints(db, month, query.township);
    const points = over.length === 0 ? [] : sourcesNearDustfall(over, readDustSourceInputs(db, asOf));
    const body: DustSourcesResponse = { month, asOf, ...base, pointsWithReading: withReading, points };
    return c.json(body);
  });
}
