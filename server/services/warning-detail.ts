import {
  readEnterprisePlaces,
  readAssistanceVisitsBetween,
  readNotifications,
  readSteps,
  readSupervisors,
  readVisits,
  type VisitRecord,
} from '../db/emergency-mechanism-repository.ts';
import { readWarning, type StoredWarning } from '../db/emergency-warnings-repository.ts';
import type { Db } from '../db/open-database.ts';
import { seasonOf, seasonPeriod } from '../emergency/stagger-bound-at.ts';
import { levelSegments } from '../emergency/warning-level-at.ts';
import type { ListEntryInput } from '../schema/emergency-list.ts';
import type { Visit, WarningDetail } from '../schema/emergency-warnings.ts';
import { stepKindLabels } from '../schema/enums/emergency.ts';
import type { Localized } from '../schema/localized.ts';
import { readAssistanceVisitMoments } from '../db/visits-repository.ts';
import { warningListEntries } from './warning-listed.ts';
import { segmentAt, warningView } from './warning-view.ts';

/** A visit as the API shows it. */
export const visitView = (v: VisitRecord): Visit => ({
  id: v.id,
  warningId: v.warningId,
  enterpriseId: v.enterpriseId,
  enterpriseName: v.enterpriseName,
  kind: v.kind,
  visitedAt: v.visitedAt,
  inspector: v.inspector,
  verdict: v.verdict,
  lines: v.lines,
  note: v.note,
  photoId: v.photoId,
  provenance: v.provenance,
});

/** The notifications of a warning with the names the list gives the enterprises. */
export function notificationViews(db: Db, w: StoredWarning, entries: readonly ListEntryInput[]) {
  const names = new Map(entries.map((e) => [e.enterpriseId, e.enterpriseName]));
  return readNotifications(db, w.id).map((n) => ({
    ...n,
    enterpriseName: names.get(n.enterpriseId) ?? n.enterpriseId,
  }));
}

/** The resident supervisors of a warning as the API shows them. */
export const supervisorViews = (db: Db, warningId: number) =>
  readSupervisors(db, warningId).map(({ assignedBy: _, ...s }) => s);

const earliest = (moments: readonly string[]): string | null =>
  moments.length === 0 ? null : moments.reduce((a, b) => (b < a ? b : a));
const latest = (moments: readonly string[]): string | null =>
  moments.length === 0 ? null : moments.reduce((a, b) => (b > a ? b : a));

/**
 * The warning `id` seen at `at` with its mechanism's records: who is bound and what each must do at the level in
 * force then (the first level before the start, the last once over) from when that level began, notifications,
 * resident supervisors, steps, visits, and the six parts of the mechanism
 * (「提前预警、提前应对、定期帮扶、区域联防、驻点监督、协商减排」)
 * with whether each has a record and its date. null when there is no such warning.
 */
export function readWarningDetail(db: Db, id: number, at: string): WarningDetail | null {
  const w = readWarning(db, id);
  if (!w) return null;
  const warning = warningView(w, at);
  const entries = warningListEntries(db, w);
  const segment = segmentAt(levelSegments(w), at);
  const level = segment?.level ?? warning.level;
  const from = segment?.from ?? w.startAt;
  const places = readEnterprisePlaces(
    db,
    entries.map((e) => e.enterpriseId),
  );
  const bound = entries.map((e) => {
    const place = places.get(e.enterpriseId);
    return {
      enterpriseId: e.enterpriseId,
      enterpriseName: e.enterpriseName,
      township: place?.township ?? null,
      townshipName: place?.townshipName ?? null,
      grade: e.grade,
      builtUpArea: e.builtUpArea,
      heavyPolluter: e.heavyPolluter,
      measures: e.measures[level].map((m) => ({ line: m.line, kind: m.kind, limitPct: m.limitPct, text: m.text })),
      from,
    };
  });
  const steps = readSteps(db, id);
  const supervisors = supervisorViews(db, id);
  const visits = readVisits(db, { warningId: id });
  const season = seasonPeriod(seasonOf(w.startAt.slice(0, 10)));
  const assistance = readAssistanceVisitsBetween(db, `${season.from}T00:00`, `${season.to}T23:59`);
  // issue 17: the assistance visits (帮扶走访) made during the warning, from its start to its end or `at`
  const ended = w.liftedAt ?? w.plannedEndAt ?? at;
  const helped = readAssistanceVisitMoments(db, w.startAt, ended < at ? ended : at);
  const stepsOf = (kind: string) => steps.filter((s) => s.kind === kind).map((s) => s.at);
  const part = (key: string, label: Localized, at: string | null) => ({ key, label, done: at !== null, at });
  const mechanism = [
    part('advance-warning', { zh: '提前预警', en: 'warning ahead' }, warning.advanceHours > 0 ? w.issuedAt : null),
    part('advance-response', stepKindLabels['advance-response'], earliest(stepsOf('advance-response'))),
    part(
      'assistance',
      { zh: '定期帮扶', en: 'periodic assistance' },
      latest([...stepsOf('assistance'), ...assistance.map((v) => v.visitedAt), ...helped]),
    ),
    part(
      'regional',
      stepKindLabels.regional,
      earliest([...stepsOf('regional'), ...(w.basis === 'regional' ? [w.issuedAt] : [])]),
    ),
    part('supervision', stepKindLabels.supervision, earliest(supervisors.map((s) => s.assignedAt))),
    part(
      'consultation',
      stepKindLabels.consultation,
      earliest([
        ...stepsOf('consultation'),
        ...visits.filter((v) => v.kind === 'consultation').map((v) => v.visitedAt),
      ]),
    ),
  ];
  return {
    warning,
    bound,
    notifications: notificationViews(db, w, entries),
    supervisors,
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      at: s.at,
      enterpriseId: s.enterpriseId,
      note: s.note,
      recordedBy: s.recordedBy,
    })),
    visits: visits.map(visitView),
    mechanism,
  };
}
