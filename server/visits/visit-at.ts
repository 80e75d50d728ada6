import type { AssistanceRequest, AssistanceVisit } from '../schema/visits.ts';
import { dayCount } from '../time/cst.ts';

/** A stored visit with its requests as stored (the repository's reading), before the as-of view. */
export interface StoredVisit extends Omit<AssistanceVisit, 'followUpOverdue' | 'requests'> {
  requests: Omit<AssistanceRequest, 'openDays'>[];
}

/**
 * The visit as known at `asOf` (`YYYY-MM-DDTHH:mm` CST): a request answered after as-of is still open then (with
 * its whole days open since the visit's day), a follow-up done after as-of's day is not done yet, and the
 * follow-up is overdue when due before as-of's day and not done by then (the due day itself is not late).
 *
 * @example
 * visitAt(stored, '2023-12-31T23:00').followUpOverdue; // true when due 2023-12-30 and not done
 */
export function visitAt(stored: StoredVisit, asOf: string): AssistanceVisit {
  const day = asOf.slice(0, 10);
  const visitDay = stored.visitedAt.slice(0, 10);
  const requests = stored.requests.map((r): AssistanceRequest => {
    const answered = r.answeredAt !== null && r.answeredAt <= asOf;
    return answered
      ? { ...r, openDays: null }
      : { ...r, status: 'open', response: null, answeredAt: null, openDays: Math.max(0, dayCount(visitDay, day) - 1) };
  });
  const done = stored.followUpDoneOn !== null && stored.followUpDoneOn <= day ? stored.followUpDoneOn : null;
  return {
    ...stored,
    requests,
    followUpDoneOn: done,
    followUpOverdue: stored.followUpDueOn !== null && done === null && stored.followUpDueOn < day,
  };
}
