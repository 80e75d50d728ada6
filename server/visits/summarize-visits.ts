import type { AssistanceVisit, VisitsSummary } from '../schema/visits.ts';
import { REQUEST_OPEN_DAYS } from './problem-categories.ts';

/** The console convention behind {@link REQUEST_OPEN_DAYS}, as the summary states it. */
export const REQUEST_OPEN_BASIS = {
  zh: `控制台约定：企业诉求超过 ${REQUEST_OPEN_DAYS} 天未答复计为久拖未复（方案未规定答复时限）`,
  en:
    `console convention: a request unanswered for more than ${REQUEST_OPEN_DAYS} days counts as long open ` +
    '(the plan sets no deadline)',
};

function countBy<K extends string>(
  visits: readonly AssistanceVisit[],
  keyOf: (v: AssistanceVisit) => K,
  nameOf: (v: AssistanceVisit) => string,
  month: string,
  year: string,
) {
  const counts = new Map<K, { name: string; month: number; year: number }>();
  for (const v of visits) {
    if (!v.visitedAt.startsWith(year)) continue;
    const c = counts.get(keyOf(v)) ?? { name: nameOf(v), month: 0, year: 0 };
    c.year += 1;
    if (v.visitedAt.startsWith(month)) c.month += 1;
    counts.set(keyOf(v), c);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The summary of the visits made by `asOf`, each already seen at as-of ({@link visitAt}): visits in as-of's month
 * and year in all, per department and per township; every request raised by then by its status at as-of, those
 * open for more than {@link REQUEST_OPEN_DAYS} days (a console convention); the follow-ups overdue.
 *
 * @example
 * summarizeVisits([], '2023-12-31T23:00').requests.open; // 0
 */
export function summarizeVisits(visits: readonly AssistanceVisit[], asOf: string): VisitsSummary {
  const month = asOf.slice(0, 7);
  const year = asOf.slice(0, 4);
  const requests = visits.flatMap((v) => v.requests);
  const count = (status: string) => requests.filter((r) => r.status === status).length;
  const inYear = visits.filter((v) => v.visitedAt.startsWith(year));
  return {
    asOf,
    visits: { month: inYear.filter((v) => v.visitedAt.startsWith(month)).length, year: inYear.length },
    byDepartment: countBy(
      visits,
      (v) => v.departmentId,
      (v) => v.departmentName,
      month,
      year,
    ).map(([id, c]) => ({
      departmentId: id,
      departmentName: c.name,
      month: c.month,
      year: c.year,
    })),
    byTownship: countBy(
      visits,
      (v) => v.township,
      (v) => v.townshipName,
      month,
      year,
    ).map(([code, c]) => ({
      township: code,
      townshipName: c.name,
      month: c.month,
      year: c.year,
    })),
    requests: {
      open: count('open'),
      answered: count('answered'),
      resolved: count('resolved'),
      declined: count('declined'),
      openLong: requests.filter((r) => r.status === 'open' && (r.openDays ?? 0) > REQUEST_OPEN_DAYS).length,
    },
    followUpsOverdue: visits.filter((v) => v.followUpOverdue).length,
    openLongDays: REQUEST_OPEN_DAYS,
    openLongBasis: REQUEST_OPEN_BASIS,
  };
}
