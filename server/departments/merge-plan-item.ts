/**
 * A plan item after a change (S3): the fields a patch gives over the stored ones, with status, progress and the done
 * date kept consistent. Pure: no db.
 *
 * @module
 */
import type { PlanItemStatus } from '../schema/enums/department.ts';
import type { Localized } from '../schema/localized.ts';
import { statusForProgress } from './plan-item-overdue.ts';

/** A plan item's changeable fields. */
export interface PlanItemState {
  title: string;
  task: number | null;
  dueOn: string;
  progress: number;
  status: PlanItemStatus;
  doneOn: string | null;
  note: string | null;
}

/** A change to a plan item (absent: unchanged). */
export type PlanItemChange = Partial<PlanItemState>;

/**
 * The item after `change`, or the problem with it. Progress without a status sets the status (100 → done);
 * `done` without progress sets progress 100 and the done date (`today` unless given); done with progress under
 * 100, or a done date on an item not done, is refused.
 *
 * @example
 * mergePlanItem(item, { progress: 100 }, '2023-12-31');
 * // { ok: true, value: { …, status: 'done', doneOn: '2023-12-31' } }
 */
export function mergePlanItem(
  before: PlanItemState,
  change: PlanItemChange,
  today: string,
): { ok: true; value: PlanItemState } | { ok: false; text: Localized } {
  let progress = change.progress ?? before.progress;
  const status =
    change.status ?? (change.progress !== undefined ? statusForProgress(progress, before.status) : before.status);
  if (status === 'done') {
    if (change.progress !== undefined && change.progress < 100) {
      return {
        ok: false,
        text: { zh: '已完成的事项进度须为 100%', en: 'progress: an item done must be at 100 (percent)' },
      };
    }
    progress = 100;
  } else if (change.doneOn !== undefined) {
    return {
      ok: false,
      text: { zh: '只有已完成的事项才有完成日期', en: 'doneOn: only an item done has a done date' },
    };
  }
  const doneOn = status === 'done' ? (change.doneOn ?? before.doneOn ?? today) : null;
  return {
    ok: true,
    value: {
      title: change.title ?? before.title,
      task: change.task === undefined ? before.task : change.task,
      dueOn: change.dueOn ?? before.dueOn,
      progress,
      status,
      doneOn,
      note: change.note === undefined ? before.note : change.note,
    },
  };
}
