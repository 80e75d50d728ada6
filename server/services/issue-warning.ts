import { recordAudit, type Actor } from '../db/audit-log.ts';
import { listVersionInForce } from '../db/emergency-list-repository.ts';
import {
  insertWarning,
  insertWarningEvent,
  readWarning,
  readWarnings,
  type StoredWarning,
} from '../db/emergency-warnings-repository.ts';
import type { Db } from '../db/open-database.ts';
import { warningEndAt } from '../emergency/warning-level-at.ts';
import { err, ok, type Result } from '../result.ts';
import { deriveAlertLevel } from '../rules/alert-level.ts';
import type { WarningIssueBody } from '../schema/emergency-warnings.ts';
import { warningLevelLabels } from '../schema/enums/emergency.ts';
import { datasetPresent } from './dataset-present.ts';
import { warningProblem, type WarningProblem } from './warning-problem.ts';
import { auditedWarning } from './warning-view.ts';

/** `[start, end)` of a warning as it now stands (end null: until lifted). */
const span = (w: StoredWarning) => ({ from: w.startAt, to: warningEndAt(w) });

const overlaps = (a: { from: string; to: string | null }, b: { from: string; to: string | null }) =>
  (b.to === null || a.from < b.to) && (a.to === null || b.from < a.to);

/** The first warning whose stretch (scheduled or in force) meets `[from, to)`, or null. */
export function overlappingWarning(
  warnings: readonly StoredWarning[],
  stretch: { from: string; to: string | null },
  except?: number,
): StoredWarning | null {
  for (const w of warnings) {
    if (w.id === except) continue;
    const s = span(w);
    if (s.to !== null && s.to <= s.from) continue; // lifted before it started: never in force
    if (overlaps(stretch, s)) return w;
  }
  return null;
}

/** A warning's stretch in words, for refusals: 第 3 号预警（橙色预警（Ⅱ级），2023-12-10T00:00 至 解除前）. */
export function describeWarning(w: StoredWarning): { zh: string; en: string } {
  const level = w.events.at(-1)?.level ?? w.events.find((e) => e.level !== null)?.level ?? 'yellow';
  const end = warningEndAt(w);
  return {
    zh: `第 ${w.id} 号预警（${warningLevelLabels[level].zh}，${w.startAt} 至 ${end ?? '解除前'}）`,
    en: `warning ${w.id} (${level}, ${w.startAt} to ${end ?? 'until lifted'})`,
  };
}

/**
 * Issues a warning (inside the writer's transaction): checks the planned end follows the start, the publication
 * does not follow the start (default publication: the dataset's present) and no other warning is scheduled or in
 * force at any moment of `[start, plannedEnd)`; stores the forecast's derived level (Xinzhou's triggers, external
 * to the plan) beside the decision, the list version in force on the start's day, the `issue` event; audited.
 *
 * @param at the audit's and record's time, ISO 8601 UTC
 */
export function issueWarning(
  db: Db,
  actor: Actor,
  body: WarningIssueBody,
  at: string,
): Result<StoredWarning, WarningProblem> {
  const issuedAt = body.issuedAt ?? datasetPresent(db);
  const plannedEnd = body.plannedEnd ?? null;
  if (plannedEnd !== null && plannedEnd <= body.start) {
    return err(
      warningProblem('invalid', {
        zh: `计划结束时间（${plannedEnd}）须晚于开始时间（${body.start}）`,
        en: `plannedEnd: must be after start (${body.start}); got ${plannedEnd}`,
      }),
    );
  }
  if (issuedAt > body.start) {
    return err(
      warningProblem('unsupported', {
        zh: `预警开始时间不能早于发布时间：开始 ${body.start}，发布 ${issuedAt}${body.issuedAt ? '' : '（当前时间）'}`,
        en:
          `start: must not precede the publication (issuedAt ${issuedAt}${body.issuedAt ? '' : ', the present'}); ` +
          `got ${body.start}`,
      }),
    );
  }
  const other = overlappingWarning(readWarnings(db), { from: body.start, to: plannedEnd });
  if (other) {
    const named = describeWarning(other);
    return err(
      warningProblem('conflict', {
        zh: `所发布时段与${named.zh}重叠：同一时段只能有一个预警，请调整该预警（升级、降级、延长或解除）`,
        en: `overlaps ${named.en}: one warning at a time; change that warning (upgrade, downgrade, extend, lift)`,
      }),
    );
  }
  const forecast =
    body.forecast === undefined
      ? null
      : { dailyAqi: [...body.forecast], derivedLevel: deriveAlertLevel(body.forecast) };
  const id = insertWarning(db, {
    issuedAt,
    startAt: body.start,
    plannedEndAt: plannedEnd,
    basis: body.basis,
    forecast,
    document: body.document ?? null,
    note: body.note ?? null,
    listVersionId: listVersionInForce(db, body.start.slice(0, 10)),
    provenance: 'official',
    createdAt: at,
    createdBy: actor.username,
  });
  insertWarningEvent(db, id, {
    kind: 'issue',
    effectiveAt: body.start,
    level: body.level,
    plannedEndAt: plannedEnd,
    note: body.note ?? null,
    recordedAt: at,
    recordedBy: actor.username,
  });
  const stored = readWarning(db, id) as StoredWarning;
  recordAudit(
    db,
    actor,
    { action: 'emergency.warning.issue', entity: 'emergency_warning', entityId: id, after: auditedWarning(stored) },
    at,
  );
  return ok(stored);
}
