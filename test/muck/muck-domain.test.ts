import { describe, expect, it } from 'vitest';
import { geodesicDistanceM } from '../../server/roads/geodesic-distance.ts';
import { findStops } from '../../server/muck/find-stops.ts';
import { mergeEpisodes } from '../../server/muck/merge-episodes.ts';
import type { MuckFix } from '../../server/muck/muck-fix.ts';
import { withinPermittedHours } from '../../server/muck/permitted-hours.ts';
import { distanceToRouteM, nearestOnRoute, offRoute } from '../../server/muck/route-distance.ts';

const M_PER_DEG_LAT = 110_990; // near 38.4° N
/** A fix `north` metres north of 112.70, 38.40 at `ts` (HH:mm:ss on 30 December). */
const fix = (clock: string, north = 0, speedKmh: number | null = 0): MuckFix => ({
  ts: `2023-12-30T${clock}`,
  lon: 112.7,
  lat: 38.4 + north / M_PER_DEG_LAT,
  speedKmh,
});

describe('distanceToRouteM', () => {
  const route: [number, number][] = [
    [112.69, 38.4],
    [112.71, 38.4],
  ];
  it('is the geodesic distance to the nearest point of the line, within 0.5 %', () => {
    const position = [112.7, 38.41];
    const expected = geodesicDistanceM(112.7, 38.41, 112.7, 38.4);
    expect(Math.abs(distanceToRouteM(position, route) - expected) / expected).toBeLessThan(0.005);
  });
  it('measures to the end vertex beyond the line', () => {
    expect(distanceToRouteM([112.72, 38.4], route)).toBeCloseTo(geodesicDistanceM(112.72, 38.4, 112.71, 38.4), 3);
  });
  it('is 0 on the line and infinite for an empty route', () => {
    expect(distanceToRouteM([112.7, 38.4], route)).toBeCloseTo(0, 6);
    expect(nearestOnRoute([112.7, 38.4], []).distanceM).toBe(Number.POSITIVE_INFINITY);
  });
  it('counts exactly the buffer as on the route', () => {
    expect(offRoute(200, 200)).toBe(false);
    expect(offRoute(200.001, 200)).toBe(true);
    const d = distanceToRouteM([112.7, 38.4018], route);
    expect(offRoute(d, d)).toBe(false);
    expect(offRoute(d, d - 0.01)).toBe(true);
  });
});

describe('withinPermittedHours', () => {
  it('includes both ends of a day window, the end minute whole', () => {
    expect(withinPermittedHours('2023-12-30T09:00:00', '09:00', '17:00')).toBe(true);
    expect(withinPermittedHours('2023-12-30T08:59:59', '09:00', '17:00')).toBe(false);
    expect(withinPermittedHours('2023-12-30T17:00:59', '09:00', '17:00')).toBe(true);
    expect(withinPermittedHours('2023-12-30T17:01:00', '09:00', '17:00')).toBe(false);
  });
  it('runs an overnight window past midnight', () => {
    expect(withinPermittedHours('2023-12-30T22:00:00', '22:00', '05:00')).toBe(true);
    expect(withinPermittedHours('2023-12-30T21:59:59', '22:00', '05:00')).toBe(false);
    expect(withinPermittedHours('2023-12-31T00:00:00', '22:00', '05:00')).toBe(true);
    expect(withinPermittedHours('2023-12-31T05:00:59', '22:00', '05:00')).toBe(true);
    expect(withinPermittedHours('2023-12-31T05:01:00', '22:00', '05:00')).toBe(false);
    expect(withinPermittedHours('2023-12-31T12:00', '22:00', '05:00')).toBe(false);
  });
});

describe('findStops', () => {
  it('finds a stop lasting exactly the minimum, not one a second shorter', () => {
    const exact = [fix('01:00:00'), fix('01:05:00', 10), fix('01:10:00', 20), fix('01:15:00', 5)];
    expect(findStops(exact)).toEqual([{ from: exact[0]?.ts, to: exact[3]?.ts, lon: 112.7, lat: 38.4, minutes: 15 }]);
    const short = [fix('01:00:00'), fix('01:05:00'), fix('01:10:00'), fix('01:14:59')];
    expect(findStops(short)).toEqual([]);
  });
  it('ends a stop at a fix beyond the radius', () => {
    const fixes = [fix('01:00:00'), fix('01:08:00', 49), fix('01:16:00', 51)];
    expect(findStops(fixes)).toEqual([]);
    expect(findStops([fix('01:00:00'), fix('01:08:00', 49), fix('01:15:00', 49.9)])).toHaveLength(1);
  });
  it('never infers a stop across a GPS gap of more than 10 min', () => {
    expect(findStops([fix('01:00:00'), fix('01:10:01'), fix('01:20:00')])).toEqual([]);
    expect(findStops([fix('01:00:00'), fix('01:10:00'), fix('01:20:00')])).toHaveLength(1);
  });
});

describe('mergeEpisodes', () => {
  const offends = (f: MuckFix) => ((f.speedKmh ?? 0) > 0 ? (f.speedKmh as number) : null);
  it('merges consecutive offending fixes and keeps the worst', () => {
    const fixes = [fix('01:00:00', 0, 10), fix('01:01:00', 0, 30), fix('01:02:00', 0, 20), fix('01:03:00', 0, 0)];
    const [episode, ...rest] = mergeEpisodes(fixes, offends);
    expect(rest).toEqual([]);
    expect(episode).toMatchObject({ from: fixes[0]?.ts, to: fixes[2]?.ts, worstMeasure: 30, fixes: 3 });
    expect(episode?.worst).toBe(fixes[1]);
  });
  it('splits at a fix that does not offend and at a GPS gap over 10 min', () => {
    const split = [fix('01:00:00', 0, 10), fix('01:01:00', 0, 0), fix('01:02:00', 0, 10)];
    expect(mergeEpisodes(split, offends)).toHaveLength(2);
    const gap = [fix('01:00:00', 0, 10), fix('01:10:01', 0, 10)];
    expect(mergeEpisodes(gap, offends)).toHaveLength(2);
    const noGap = [fix('01:00:00', 0, 10), fix('01:10:00', 0, 10)];
    expect(mergeEpisodes(noGap, offends)).toHaveLength(1);
  });
});
