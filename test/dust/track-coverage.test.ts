import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { localUnprojection } from '../../server/dust/local-metres.ts';
import { coveredShare, segmentsCoveredByTrack, type TrackPoint } from '../../server/dust/track-coverage.ts';

const origin: Position = [112.73, 38.41];
const at = localUnprojection(origin);
/** A segment 1,000 m due east of the origin. */
const segment = [at([0, 0]), at([1000, 0])];
/** A track along x from `fromX` to `toX` metres, `offset` metres north, a fix every 50 m (and at `toX`) from 06:00. */
function track(fromX: number, toX: number, offset: number): TrackPoint[] {
  const points: TrackPoint[] = [];
  const xs: number[] = [];
  for (let x = fromX; x < toX; x += 50) xs.push(x);
  xs.push(toX);
  xs.forEach((x, i) => {
    const [lon, lat] = at([x, offset]) as [number, number];
    points.push({ ts: `2023-12-31T06:${String(i % 60).padStart(2, '0')}`, lon, lat });
  });
  return points;
}
const positions = (points: TrackPoint[]) => points.map((p): Position => [p.lon, p.lat]);

describe('coveredShare: the share of a segment within the buffer of a track', () => {
  it('is 1 for a track along the segment and 0 for one 100 m away', () => {
    expect(coveredShare(segment, positions(track(0, 1000, 0)), 20)).toBeCloseTo(1, 6);
    expect(coveredShare(segment, positions(track(0, 1000, 100)), 20)).toBe(0);
  });

  it('counts a track 19.9 m off as within 20 m and one 20.1 m off as outside', () => {
    expect(coveredShare(segment, positions(track(0, 1000, 19.9)), 20)).toBeCloseTo(1, 6);
    expect(coveredShare(segment, positions(track(0, 1000, 20.1)), 20)).toBe(0);
  });

  it('measures a partial pass: a track over the first 500 m covers 520 m (the buffer reaches past its end)', () => {
    expect(coveredShare(segment, positions(track(0, 500, 0)), 20)).toBeCloseTo(0.52, 2);
  });

  it('is 0 for a segment of one position or an empty track', () => {
    expect(coveredShare([segment[0] as Position], positions(track(0, 1000, 0)), 20)).toBe(0);
    expect(coveredShare(segment, [], 20)).toBe(0);
  });
});

describe('segmentsCoveredByTrack: ≥ 80 % of the length within 20 m', () => {
  const segments = [
    { id: 'A', line: segment },
    { id: 'B', line: [at([0, 500]), at([1000, 500])] },
  ];

  it('records a segment covered at 81 % and not one covered at 79 %', () => {
    // a track over 0–790 m covers 810 m (81 %); over 0–770 m it covers 790 m (79 %)
    expect(segmentsCoveredByTrack(segments, track(0, 790, 0)).map((c) => c.segmentId)).toEqual(['A']);
    expect(segmentsCoveredByTrack(segments, track(0, 770, 0))).toEqual([]);
  });

  it('dates the cleaning at the last fix near the segment and leaves the far segment alone', () => {
    const [covered] = segmentsCoveredByTrack(segments, track(0, 1000, 5));
    expect(covered).toMatchObject({ segmentId: 'A', doneAt: '2023-12-31T06:20' });
    expect(covered?.share).toBeGreaterThan(0.99);
  });

  it('does not drive along a gap: fixes at both ends of a segment only, far apart in the track, cover nothing', () => {
    const ends = track(0, 1000, 0);
    const far = track(0, 1000, 3000);
    const hopping = [ends[0] as TrackPoint, ...far, ends[ends.length - 1] as TrackPoint].map((p, i) => ({
      ...p,
      ts: `2023-12-31T07:${String(i % 60).padStart(2, '0')}`,
    }));
    expect(segmentsCoveredByTrack(segments.slice(0, 1), hopping)).toEqual([]);
  });
});
