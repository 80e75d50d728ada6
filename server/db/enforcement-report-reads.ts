import type { Db } from './open-database.ts';

/** The month's counts of the section 执法与帮扶 read straight from the tables (zero rows are fine). */
export interface EnforcementMonthCounts {
  reportsReceived: number;
  reportsHandled: number;
  visits: number;
  openRequests: number;
  samplesTaken: number;
  samplesFailed: number;
}

/**
 * Public reports received in `[from, at]` and those of them handled or closed; assistance visits made then and the
 * enterprises' requests still open at `at` (raised on a visit by then, not answered by then); fuel samples taken
 * then and those that failed (`from`: the month's first minute, `at`: its end moment, CST).
 */
export function readEnforcementMonthCounts(db: Db, from: string, at: string): EnforcementMonthCounts {
  const reports = db
    .prepare(
      `SELECT count(*) AS received, coalesce(sum(status IN ('handled', 'closed')), 0) AS handled
       FROM public_reports WHERE received_at >= ? AND received_at <= ?`,
    )
    .get(from, at) as { received: number; handled: number };
  const visits = db
    .prepare('SELECT count(*) AS n FROM assistance_visits WHERE visited_at >= ? AND visited_at <= ?')
    .get(from, at) as { n: number };
  const requests = db
    .prepare(
      `SELECT count(*) AS n FROM assistance_requests r JOIN assistance_visits v ON v.id = r.visit_id
       WHERE v.visited_at <= ? AND (r.answered_at IS NULL OR r.answered_at > ?)`,
    )
    .get(at, at) as { n: number };
  const samples = db
    .prepare(
      `SELECT count(*) AS taken, coalesce(sum(result = 'fail'), 0) AS failed
       FROM fuel_samples WHERE sampled_at >= ? AND sampled_at <= ?`,
    )
    .get(from, at) as { taken: number; failed: number };
  return {
    reportsReceived: reports.received,
    reportsHandled: reports.handled,
    visits: visits.n,
    openRequests: requests.n,
    samplesTaken: samples.taken,
    samplesFailed: samples.failed,
  };
}
