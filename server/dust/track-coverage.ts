/**
 * Which road segments a sweeper's GPS track covered (issue 16, task 11): a segment counts as cleaned when at least
 * {@link TRACK_COVERAGE.minShare} of its length lies within {@link TRACK_COVERAGE.bufferM} metres of the track.
 * Pure: positions `[lon, lat]` in EPSG:4326, distances in metres (local equirectangular metres, see
 * local-metres.ts), times China Standard Time.
 *
 * @module
 */
import type { Position } from 'geojson';
import { distanceToSegmentM, localProjection } from './local-metres.ts';

/** The rule of a covered segment: ≥ 80 % of its length within 20 m of the track (a console convention). */
export const TRACK_COVERAGE = { bufferM: 20, minShare: 0.8 } as const;

/** Sub-pieces of a segment are at most this long when measuring coverage (metres). */
const PIECE_M = 2;

/** A road segment as the matcher sees it. */
export interface CoverageSegment {
  id: string;
  line: readonly Position[];
}

/** One GPS fix of the track: `ts` CST `YYYY-MM-DDTHH:mm[:ss]`, position in degrees. */
export interface TrackPoint {
  ts: string;
  lon: number;
  lat: number;
}

/** A segment the track covered, and when: the time of the last fix within the buffer of the segment. */
export interface CoveredSegment {
  segmentId: string;
  /** Share of the segment's length within the buffer, 0–1. */
  share: number;
  doneAt: string;
}

/**
 * The share (0–1) of `segment`'s length that lies within `bufferM` metres of the polyline `track` (a point exactly
 * `bufferM` away counts as within). Measured on pieces of at most 2 m, each counted whole by its midpoint.
 *
 * @example
 * coveredShare([[112.73, 38.41], [112.74, 38.41]], [[112.73, 38.41], [112.74, 38.41]], 20); // 1
 */
export function coveredShare(segment: readonly Position[], track: readonly Position[], bufferM: number): number {
  return shareNearLines(segment, [track], bufferM);
}

/** The share of `segment`'s length within `bufferM` m of any of `lines` (a one-position line is a point). */
function shareNearLines(
  segment: readonly Position[],
  lines: readonly (readonly Position[])[],
  bufferM: number,
): number {
  if (segment.length < 2) return 0;
  const project = localProjection(segment[0] as Position);
  const projected = lines.filter((line) => line.length > 0).map((line) => line.map(project));
  const near = (p: XY): boolean =>
    projected.some((line) => {
      if (line.length === 1) return distanceToSegmentM(p, line[0] as XY, line[0] as XY) <= bufferM;
      for (let i = 1; i < line.length; i++) {
        if (distanceToSegmentM(p, line[i - 1] as XY, line[i] as XY) <= bufferM) return true;
      }
      return false;
    });
  const seg = segment.map(project);
  let total = 0;
  let covered = 0;
  for (let i = 1; i < seg.length; i++) {
    const a = seg[i - 1] as XY;
    const b = seg[i] as XY;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const pieces = Math.max(1, Math.ceil(length / PIECE_M));
    for (let k = 0; k < pieces; k++) {
      const t = (k + 0.5) / pieces;
      total += length / pieces;
      if (near([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])])) covered += length / pieces;
    }
  }
  return total === 0 ? 0 : covered / total;
}

type XY = [number, number];

type Box = [number, number, number, number];

function boxOf(positions: readonly Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    box[0] = Math.min(box[0], p[0] as number);
    box[1] = Math.min(box[1], p[1] as number);
    box[2] = Math.max(box[2], p[0] as number);
    box[3] = Math.max(box[3], p[1] as number);
  }
  return box;
}

/** A box grown by about `metres` on every side (degrees, at Xinfu's latitude; generous). */
function grow(box: Box, metres: number): Box {
  const dLat = metres / 110_000;
  const dLon = metres / 85_000;
  return [box[0] - dLon, box[1] - dLat, box[2] + dLon, box[3] + dLat];
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The segments a track covered (≥ `minShare` of their length within `bufferM` m of it), each with the time of the
 * track's last fix within the buffer of the segment, in the order of `segments`. Only track fixes near a segment's
 * bounding box are looked at, so a long track over a district of segments stays fast.
 *
 * @param track - the fixes in time order (at least one)
 * @example
 * segmentsCoveredByTrack(segments, points)[0]; // { segmentId: 'RS-001', share: 0.97, doneAt: '2023-12-31T06:10' }
 */
export function segmentsCoveredByTrack(
  segments: readonly CoverageSegment[],
  track: readonly TrackPoint[],
  options: { bufferM: number; minShare: number } = TRACK_COVERAGE,
): CoveredSegment[] {
  const positions: Position[] = track.map((p) => [p.lon, p.lat]);
  const trackBox = grow(boxOf(positions), options.bufferM);
  const out: CoveredSegment[] = [];
  for (const segment of segments) {
    const box = grow(boxOf(segment.line), options.bufferM);
    if (!overlaps(box, trackBox)) continue;
    // the fixes near the segment (with their neighbours, so edges into and out of the box count), as runs of
    // consecutive fixes: a gap in the track is not driven along
    const inBox = track.map((p) => overlaps(box, [p.lon, p.lat, p.lon, p.lat]));
    const runs: Position[][] = [];
    let run: Position[] = [];
    const keep: TrackPoint[] = [];
    track.forEach((p, i) => {
      if (inBox[i] || inBox[i - 1] || inBox[i + 1]) {
        run.push([p.lon, p.lat]);
        keep.push(p);
      } else if (run.length) {
        runs.push(run);
        run = [];
      }
    });
    if (run.length) runs.push(run);
    if (runs.length === 0) continue;
    const share = shareNearLines(segment.line, runs, options.bufferM);
    if (share < options.minShare) continue;
    const project = localProjection(segment.line[0] as Position);
    const seg = segment.line.map(project);
    let doneAt: string | null = null;
    for (const p of keep) {
      const xy = project([p.lon, p.lat]);
      for (let i = 1; i < seg.length; i++) {
        if (distanceToSegmentM(xy, seg[i - 1] as XY, seg[i] as XY) <= options.bufferM) {
          if (doneAt === null || p.ts > doneAt) doneAt = p.ts;
          break;
        }
      }
    }
    // sparse fixes can pass a short segment without one landing within the buffer: the last fix near it then
    doneAt ??= (keep[keep.length - 1] as TrackPoint).ts;
    out.push({ segmentId: segment.id, share, doneAt: doneAt.slice(0, 16) });
  }
  return out;
}
