/**
 * The monthly report's section 「重污染天气应对」: the heavy-pollution warnings in force at some moment of the month,
 * with their levels, their days in the month and the compliance check's summary (as GET
 * /api/emergency/warnings/:id/compliance at the warning's end, or at month end while it runs), each linking to its
 * warning report.
 *
 * @module
 */
import { readWarning } from '../db/emergency-warnings-repository.ts';
import type { Db } from '../db/open-database.ts';
import { warningIdsOverlapping } from '../db/warning-report-repository.ts';
import { levelSegments } from '../emergency/warning-level-at.ts';
import type { ComplianceResponse } from '../schema/emergency-compliance.ts';
import { warningLevels, type WarningLevel } from '../schema/enums/emergency.ts';
import { readWarningCompliance } from '../services/warning-compliance.ts';
import { addDays, datesBetween } from '../time/cst.ts';

/** One warning of the month. */
export interface MonthWarning {
  id: number;
  start: string;
  /** The lift, else the planned end, else the month's as-of moment (still running). */
  end: string;
  /** Still in force at the month's as-of moment (neither lifted nor past its planned end). */
  running: boolean;
  /** The levels it lived under, in order of time (a level may repeat after a change back). */
  levels: WarningLevel[];
  peak: WarningLevel;
  /** Calendar days of the month with the warning in force at some moment. */
  daysInMonth: number;
  compliance: ComplianceResponse['summary'] | null;
  /** The printable warning report (relative link). */
  reportPath: string;
}

/**
 * The warnings in force at some moment of [from 00:00, to + 1 day 00:00), read at `at` (the month's as-of).
 *
 * @example
 * readMonthWarnings(db, '2023-12-01', '2023-12-31', '2023-12-31T23:00').map((w) => w.peak); // ['orange', 'red']
 */
export function readMonthWarnings(db: Db, from: string, to: string, at: string): MonthWarning[] {
  const monthStart = `${from}T00:00`;
  const monthEnd = `${addDays(to, 1)}T00:00`;
  const out: MonthWarning[] = [];
  for (const id of warningIdsOverlapping(db, monthStart, monthEnd)) {
    const warning = readWarning(db, id);
    if (!warning || warning.startAt > at) continue;
    const end = warning.liftedAt ?? warning.plannedEndAt ?? at;
    const segments = levelSegments(warning, end);
    const levels = segments.map((s) => s.level);
    const peak = levels.reduce<WarningLevel>(
      (best, l) => (warningLevels.indexOf(l) > warningLevels.indexOf(best) ? l : best),
      levels[0] ?? 'yellow',
    );
    const first = warning.startAt > monthStart ? warning.startAt.slice(0, 10) : from;
    const lastMoment = end < monthEnd ? end : monthEnd;
    // an end at 00:00 does not touch that day
    const last = lastMoment.endsWith('T00:00') ? addDays(lastMoment.slice(0, 10), -1) : lastMoment.slice(0, 10);
    const checkAt = end < at ? end : at;
    out.push({
      id,
      start: warning.startAt,
      end,
      running: warning.liftedAt === null && (warning.plannedEndAt === null || warning.plannedEndAt > at),
      levels,
      peak,
      daysInMonth: last < first ? 0 : datesBetween(first, last).length,
      compliance: readWarningCompliance(db, id, checkAt)?.summary ?? null,
      reportPath: `/api/emergency/warnings/${id}/report`,
    });
  }
  return out;
}
