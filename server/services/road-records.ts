/**
 * The writes of /api/roads (issue 16, tasks 11 and 12), each inside the writer's transaction and audited: a class's
 * cleaning standard, a sanitation log line, a sweeper's GPS track turned into cleanings, a road-dust load.
 * Inspectors record only on segments in their townships (as visits and checks elsewhere).
 *
 * @module
 */
import { recordAudit, type Actor } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import {
  insertCleaning,
  readSegmentLines,
  readSegmentPlace,
  readStandard,
  upsertDustLoad,
  upsertStandard,
  type DustLoadView,
} from '../db/road-dust-repository.ts';
import { segmentsCoveredByTrack, type CoveredSegment } from '../dust/track-coverage.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed } from '../http/auth-env.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { RoadClass } from '../schema/enums/road-segment.ts';
import type {
  Cleaning,
  CleaningBody,
  CleaningStandardView,
  DustLoadBody,
  StandardBody,
  TrackBody,
} from '../schema/roads.ts';

const actorOf = (user: SessionUser): Actor => ({ id: user.id, username: user.username, role: user.role });

/** The segment, or a 404 naming it; an inspector outside its township gets a 403. */
function segmentFor(db: Db, user: SessionUser, id: string) {
  const segment = readSegmentPlace(db, id);
  if (!segment)
    throw new ApiError(404, 'not_found', { zh: `没有编号为「${id}」的路段`, en: `segmentId: no road segment '${id}'` });
  assertTownshipAllowed(user, segment.township, `road segment ${id}`);
  return segment;
}

/** Sets a class's standard; audited with the standard before and after. */
export function recordStandard(
  db: Db,
  user: SessionUser,
  roadClass: RoadClass,
  body: StandardBody,
  at: string,
): CleaningStandardView {
  const before = readStandard(db, roadClass) ?? null;
  upsertStandard(db, roadClass, body);
  const after = readStandard(db, roadClass) as CleaningStandardView;
  recordAudit(
    db,
    actorOf(user),
    { action: 'road.standard.update', entity: 'road-standard', entityId: roadClass, before, after },
    at,
  );
  return after;
}

/** Records one log line (origin `log`); a duplicate (same segment, minute and kind) is kept, not doubled. */
export function recordCleaning(
  db: Db,
  user: SessionUser,
  body: CleaningBody,
  at: string,
): { cleaning: Cleaning; created: boolean } {
  segmentFor(db, user, body.segmentId);
  const outcome = insertCleaning(db, { ...body, origin: 'log' });
  if (outcome.created)
    recordAudit(
      db,
      actorOf(user),
      { action: 'road.cleaning.create', entity: 'road-segment', entityId: body.segmentId, after: outcome.cleaning },
      at,
    );
  return outcome;
}

/**
 * Matches a track against the segments ({@link segmentsCoveredByTrack}: ≥ 80 % of a segment within 20 m) and
 * records one cleaning (origin `gps`) per covered segment at the time of the track's last fix near it. An inspector's
 * track records only the segments in their townships.
 */
export function recordTrack(
  db: Db,
  user: SessionUser,
  body: TrackBody,
  at: string,
): { covered: CoveredSegment[]; recorded: number } {
  const lines = readSegmentLines(db).filter((s) => user.role !== 'inspector' || user.townships.includes(s.township));
  const covered = segmentsCoveredByTrack(lines, body.points).map((c) => ({
    ...c,
    share: Math.round(c.share * 1000) / 1000,
  }));
  let recorded = 0;
  for (const c of covered) {
    const { created } = insertCleaning(db, {
      segmentId: c.segmentId,
      doneAt: c.doneAt,
      kind: body.kind,
      plate: body.plate,
      origin: 'gps',
    });
    if (created) recorded++;
  }
  recordAudit(
    db,
    actorOf(user),
    {
      action: 'road.cleaning.track',
      entity: 'road-segment',
      detail: {
        plate: body.plate,
        kind: body.kind,
        fixes: body.points.length,
        from: body.points[0]?.ts,
        to: body.points[body.points.length - 1]?.ts,
        covered,
        recorded,
      },
    },
    at,
  );
  return { covered, recorded };
}

/** Records a road-dust load (a second one for the same segment and day replaces the first); audited. */
export function recordDustLoad(db: Db, user: SessionUser, body: DustLoadBody, at: string): DustLoadView {
  segmentFor(db, user, body.segmentId);
  const { load, before } = upsertDustLoad(db, body);
  recordAudit(
    db,
    actorOf(user),
    { action: 'road.dust-load.create', entity: 'road-segment', entityId: body.segmentId, before, after: load },
    at,
  );
  return load;
}
