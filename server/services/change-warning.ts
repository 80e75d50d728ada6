import { recordAudit, type Actor } from '../db/audit-log.ts';
import {
  insertWarningEvent,
  readWarning,
  readWarnings,
  setWarningLifted,
  updateWarningPlannedEnd,
  type StoredWarning,
} from '../db/emergency-warnings-repository.ts';
import type { Db } from '../db/open-database.ts';
import { levelSegments, warningEndAt } from '../emergency/warning-level-at.ts';
import { err, ok, type Result } from '../result.ts';
import type { WarningChangeBody, WarningLiftBody } from '../schema/emergency-warnings.ts';
import { warningLevelLabels, warningLevels } from '../schema/enums/emergency.ts';
import { datasetPresent } from './dataset-present.ts';
import { describeWarning, overlappingWarning } from './issue-warning.ts';
import { warningNotFound, warningProblem, type WarningProblem } from './warning-problem.ts';
import { auditedWarning, segmentAt } from './warning-view.ts';

const rank = (level: (typeof warningLevels)[number]) => warningLevels.indexOf(level);

/**
 * Why a change (or lift) at `effectiveAt` is refused by the warning's state: lifted already, ended by its planned
 * end before `effectiveAt`, `effectiveAt` before the start or before the last recorded change; null when allowed.
 */
function stateProblem(w: StoredWarning, effectiveAt: string, what: { zh: string; en: string }): WarningProblem | null {
  if (w.liftedAt !== null) {
    return warningProblem('conflict', {
      zh: `预警已于 ${w.liftedAt} 解除，不能再${what.zh}`,
      en: `warning ${w.id} was lifted at ${w.liftedAt}; it cannot be ${what.en}`,
    });
  }
  const end = warningEndAt(w);
  if (end !== null && effectiveAt >= end) {
    return warningProblem('conflict', {
      zh: `预警已于计划结束时间 ${end} 结束，${effectiveAt} 不能再${what.zh}（如需继续，请在结束前延长或发布新预警）`,
      en: `warning ${w.id} ended at its planned end ${end}; it cannot be ${what.en} at ${effectiveAt}`,
    });
  }
  if (effectiveAt < w.startAt) {
    return warningProblem('unsupported', {
      zh: `生效时间（${effectiveAt}）不能早于预警开始时间（${w.startAt}）`,
      en: `effectiveAt: must not precede the warning's start (${w.startAt}); got ${effectiveAt}`,
    });
  }
  const last = w.events.at(-1);
  if (last && effectiveAt < last.effectiveAt) {
    return warningProblem('unsupported', {
      zh: `生效时间（${effectiveAt}）不能早于上一次调整（${last.effectiveAt}）`,
      en: `effectiveAt: must not precede the last change (${last.effectiveAt}); got ${effectiveAt}`,
    });
  }
  return null;
}

/**
 * Upgrades, downgrades or extends a warning (inside the writer's transaction): an upgrade needs a level above the
 * one in force at `effectiveAt`, a downgrade one below; an extension a planned end later than the current one (and
 * no other warning in the added stretch). A new planned end given with an upgrade or downgrade replaces the
 * current one. Refused on a lifted or ended warning; audited.
 */
export function changeWarning(
  db: Db,
  actor: Actor,
  id: number,
  body: WarningChangeBody,
  at: string,
): Result<StoredWarning, WarningProblem> {
  const w = readWarning(db, id);
  if (!w) return err(warningNotFound(id));
  const effectiveAt = body.effectiveAt ?? datasetPresent(db);
  const verbs = {
    upgrade: { zh: '升级', en: 'upgraded' },
    downgrade: { zh: '降级', en: 'downgraded' },
    extend: { zh: '延长', en: 'extended' },
  } as const;
  const refused = stateProblem(w, effectiveAt, verbs[body.kind]);
  if (refused) return err(refused);
  let plannedEnd = w.plannedEndAt;
  let level = null as (typeof warningLevels)[number] | null;
  if (body.kind === 'extend') {
    if (body.plannedEnd === undefined) {
      return err(
        warningProblem('invalid', { zh: '延长预警须填写新的计划结束时间', en: 'plannedEnd: required to extend' }),
      );
    }
    if (w.plannedEndAt === null) {
      return err(
        warningProblem('conflict', {
          zh: '该预警未设计划结束时间（持续至解除），无需延长',
          en: `warning ${id} has no planned end (it lasts until lifted); nothing to extend`,
        }),
      );
    }
    if (body.plannedEnd <= w.plannedEndAt) {
      return err(
        warningProblem('unsupported', {
          zh: `新的计划结束时间（${body.plannedEnd}）须晚于当前计划结束时间（${w.plannedEndAt}）`,
          en: `plannedEnd: must be later than the current planned end (${w.plannedEndAt}); got ${body.plannedEnd}`,
        }),
      );
    }
    if (body.level !== undefined) {
      return err(
        warningProblem('invalid', {
          zh: '延长预警不改变级别：请另行升级或降级',
          en: 'level: an extension changes no level; upgrade or downgrade separately',
        }),
      );
    }
    plannedEnd = body.plannedEnd;
    // an extension keeps the level: its event carries the one in force (the table wants a level on all but a lift)
    level = segmentAt(levelSegments(w), effectiveAt)?.level ?? 'yellow';
  } else {
    if (body.level === undefined) {
      return err(
        warningProblem('invalid', {
          zh: `${verbs[body.kind].zh}须填写新的预警级别`,
          en: `level: required to ${body.kind}`,
        }),
      );
    }
    const current = segmentAt(levelSegments(w), effectiveAt)?.level ?? 'yellow';
    const higher = rank(body.level) > rank(current);
    const lower = rank(body.level) < rank(current);
    if ((body.kind === 'upgrade' && !higher) || (body.kind === 'downgrade' && !lower)) {
      const wanted = body.kind === 'upgrade' ? { zh: '高于', en: 'above' } : { zh: '低于', en: 'below' };
      return err(
        warningProblem('conflict', {
          zh:
            `${verbs[body.kind].zh}须${wanted.zh}${effectiveAt} 时的级别（${warningLevelLabels[current].zh}），` +
            `所选为${warningLevelLabels[body.level].zh}`,
          en:
            `level: to ${body.kind}, pick a level ${wanted.en} ${current} (in force at ${effectiveAt}); ` +
            `got ${body.level}`,
        }),
      );
    }
    level = body.level;
    if (body.plannedEnd !== undefined) {
      if (body.plannedEnd <= effectiveAt) {
        return err(
          warningProblem('unsupported', {
            zh: `新的计划结束时间（${body.plannedEnd}）须晚于生效时间（${effectiveAt}）`,
            en: `plannedEnd: must be after effectiveAt (${effectiveAt}); got ${body.plannedEnd}`,
          }),
        );
      }
      plannedEnd = body.plannedEnd;
    }
  }
  if (plannedEnd !== w.plannedEndAt) {
    const grown = w.plannedEndAt !== null && (plannedEnd === null || plannedEnd > w.plannedEndAt);
    const other = grown
      ? overlappingWarning(readWarnings(db), { from: w.plannedEndAt as string, to: plannedEnd }, id)
      : null;
    if (other) {
      const named = describeWarning(other);
      return err(
        warningProblem('conflict', {
          zh: `延长后与${named.zh}重叠：同一时段只能有一个预警`,
          en: `the longer stretch overlaps ${named.en}: one warning at a time`,
        }),
      );
    }
    updateWarningPlannedEnd(db, id, plannedEnd);
  }
  insertWarningEvent(db, id, {
    kind: body.kind,
    effectiveAt,
    level,
    plannedEndAt: plannedEnd,
    note: body.note ?? null,
    recordedAt: at,
    recordedBy: actor.username,
  });
  const after = readWarning(db, id) as StoredWarning;
  recordAudit(
    db,
    actor,
    {
      action: 'emergency.warning.change',
      entity: 'emergency_warning',
      entityId: id,
      before: auditedWarning(w),
      after: auditedWarning(after),
      detail: { kind: body.kind, effectiveAt, level, plannedEnd },
    },
    at,
  );
  return ok(after);
}

/** Lifts a warning (inside the writer's transaction) at `effectiveAt` (default: the present); once only; audited. */
export function liftWarning(
  db: Db,
  actor: Actor,
  id: number,
  body: WarningLiftBody,
  at: string,
): Result<StoredWarning, WarningProblem> {
  const w = readWarning(db, id);
  if (!w) return err(warningNotFound(id));
  const effectiveAt = body.effectiveAt ?? datasetPresent(db);
  const refused = stateProblem(w, effectiveAt, { zh: '解除', en: 'lifted' });
  if (refused) return err(refused);
  setWarningLifted(db, id, effectiveAt);
  insertWarningEvent(db, id, {
    kind: 'lift',
    effectiveAt,
    level: null,
    plannedEndAt: w.plannedEndAt,
    note: body.note ?? null,
    recordedAt: at,
    recordedBy: actor.username,
  });
  const after = readWarning(db, id) as StoredWarning;
  recordAudit(
    db,
    actor,
    {
      action: 'emergency.warning.lift',
      entity: 'emergency_warning',
      entityId: id,
      before: auditedWarning(w),
      after: auditedWarning(after),
    },
    at,
  );
  return ok(after);
}
