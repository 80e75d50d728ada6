import type { Position } from 'geojson';
import type { RoadClass } from '../schema/enums/road-segment.ts';
import type { ScheduleResponse, ScheduleRow } from '../schema/roads.ts';
import { type BuiltUpPolygon, insideBuiltUpArea } from '../spatial/inside-built-up-area.ts';
import { cleaningStatus } from './cleaning-schedule.ts';

/** A segment with its class's standard and last cleanings, as the schedule reads it. */
export type ScheduleInput = Omit<ScheduleRow, 'behind' | 'overdueH' | 'insideBuiltUp' | 'midpoint'> & {
  midpoint: Position;
};

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

interface Total {
  segments: number;
  behind: number;
  km: number;
  kmBehind: number;
}

/**
 * Every segment's standing at `asOf` ({@link cleaningStatus}: exactly one interval since the last pass is on
 * schedule; a class without a standard is never behind), behind first and the most overdue first (never cleaned
 * leads), with totals by class and by maintainer (km rounded to 0.01).
 *
 * @example
 * scheduleSummary(rows, '2023-12-31T23:00', builtUp).byMaintainer[0]; // { maintainer: '秀容环卫所', kmBehind: 1.2, … }
 */
export function scheduleSummary(
  rows: readonly ScheduleInput[],
  asOf: string,
  builtUp: readonly BuiltUpPolygon[],
): Omit<ScheduleResponse, 'standards'> {
  const segments: ScheduleRow[] = rows.map(({ midpoint, ...row }) => {
    const status =
      row.sweepIntervalH === null
        ? null
        : cleaningStatus(
            { sweepIntervalH: row.sweepIntervalH, washIntervalH: row.washIntervalH },
            row.lastSweepAt,
            row.lastWashAt,
            asOf,
          );
    const overdue = status ? Math.max(status.sweepOverdueH, status.washOverdueH) : 0;
    return {
      ...row,
      behind: status?.behind ?? false,
      overdueH: Number.isFinite(overdue) ? round(overdue, 1) : null,
      insideBuiltUp: insideBuiltUpArea(midpoint, builtUp),
      midpoint: [midpoint[0] as number, midpoint[1] as number],
    };
  });
  const rank = (r: ScheduleRow) => (!r.behind ? -1 : r.overdueH === null ? Number.POSITIVE_INFINITY : r.overdueH);
  segments.sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id));
  const byClass = new Map<RoadClass, Total>();
  const byMaintainer = new Map<string, Total>();
  const add = <K>(map: Map<K, Total>, key: K, row: ScheduleRow) => {
    const total = map.get(key) ?? { segments: 0, behind: 0, km: 0, kmBehind: 0 };
    total.segments++;
    total.km += row.lengthKm;
    if (row.behind) {
      total.behind++;
      total.kmBehind += row.lengthKm;
    }
    map.set(key, total);
  };
  for (const row of segments) {
    add(byClass, row.roadClass, row);
    add(byMaintainer, row.maintainer, row);
  }
  const tidy = (t: Total) => ({ ...t, km: round(t.km, 2), kmBehind: round(t.kmBehind, 2) });
  return {
    asOf,
    segments,
    byClass: [...byClass].map(([roadClass, t]) => ({ roadClass, ...tidy(t) })),
    byMaintainer: [...byMaintainer]
      .map(([maintainer, t]) => ({ maintainer, ...tidy(t) }))
      .sort((a, b) => b.kmBehind - a.kmBehind || a.maintainer.localeCompare(b.maintainer)),
  };
}
