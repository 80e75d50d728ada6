/**
 * Machine positions of one CST calendar month for the activity counts: a flatbush index of those
 * present when built, plus a tail of positions appended since, scanned linearly (a month whose
 * tail passes {@link MAX_TAIL} is dropped by the index and rebuilt on next use).
 *
 * @module
 */
import { createPointIndex } from '../../spatial/point-index.ts';
import type { PreparedPolygon } from '../../spatial/prepared-polygon.ts';
import { cstMinute, monthBounds } from '../../time/cst.ts';
import { lowerBound } from './machine-tracks.ts';
import type { MonthPositions, StatsData } from './stats-data.ts';

/** Appended positions scanned linearly before the month's index is rebuilt. */
export const MAX_TAIL = 4096;

/** Minutes since 1970-01-01T00:00Z of the start of `month` and of the next month. */
export function monthMinutes(month: string): { from: number; to: number } {
  const { from, to } = monthBounds(month);
  return { from: cstMinute(from), to: cstMinute(to) };
}

/**
 * The positions of `month` from the machines' tracks (a binary search per machine for the month's range).
 *
 * @example
 * positionsOfMonth(index.data(), '2023-12').machine.length; // positions reported in December
 */
export function positionsOfMonth(data: StatsData, month: string): MonthPositions {
  const { from, to } = monthMinutes(month);
  const lons: number[] = [];
  const lats: number[] = [];
  const owner: number[] = [];
  const minutes: number[] = [];
  data.machines.tracks.forEach((track, m) => {
    for (let p = lowerBound(track, from); p < track.length && (track.minute[p] as number) < to; p++) {
      lons.push(track.lon[p] as number);
      lats.push(track.lat[p] as number);
      owner.push(m);
      minutes.push(track.minute[p] as number);
    }
  });
  return {
    index: createPointIndex(lons, lats),
    machine: Int32Array.from(owner),
    minute: Int32Array.from(minutes),
    tail: { machine: [], minute: [], lon: [], lat: [] },
  };
}

/**
 * Calls `fn(machine, minute)` for every position of the month inside `area` (box, then exact test):
 * the indexed ones, then the tail.
 *
 * @example
 * forEachPositionIn(positions, township.prepared, (m, t) => (t <= limit ? counted.add(m) : undefined));
 */
export function forEachPositionIn(
  positions: MonthPositions,
  area: Pick<PreparedPolygon, 'bbox' | 'contains'>,
  fn: (machine: number, minute: number) => void,
): void {
  const { machine, minute, tail } = positions;
  positions.index.forEachInPolygon(area, (i) => fn(machine[i] as number, minute[i] as number));
  const [minX, minY, maxX, maxY] = area.bbox;
  for (let i = 0; i < tail.machine.length; i++) {
    const x = tail.lon[i] as number;
    const y = tail.lat[i] as number;
    if (x < minX || x > maxX || y < minY || y > maxY || !area.contains(x, y)) continue;
    fn(tail.machine[i] as number, tail.minute[i] as number);
  }
}
