import type { Actor } from '../db/audit-log.ts';
import type { CoreStore } from '../db/store.ts';
import type { TaskChange, TaskState } from '../db/tasks-repository.ts';
import type { TaskConflict } from '../schema/task-timing.ts';

/**
 * Sets a plan task's status and/or progress note, appends the update to its history (who, when)
 * and records before and after in the audit log, in one unit of work. `at`: ISO 8601 UTC.
 * `conflicts`: the open rule hits a 已完成 was set against; with the change's `conflictNote` they
 * go into the audit entry's detail.
 *
 * @example
 * await updateTask(store, user, 7, { status: 'done' }, new Date(now()).toISOString());
 */
export function updateTask(
  store: CoreStore,
  actor: Actor,
  number: number,
  change: TaskChange,
  at: string,
  conflicts: readonly TaskConflict[] = [],
): Promise<TaskState | undefined> {
  return store.transaction(async (tx) => {
    const before = await tx.tasks.state(number);
    await tx.tasks.update(number, change, actor.username, at);
    const after = await tx.tasks.state(number);
    const detail =
      change.conflictNote !== undefined || conflicts.length
        ? { conflictNote: change.conflictNote, conflicts }
        : undefined;
    await tx.audit.record(
      actor,
      { action: 'task.update', entity: 'task', entityId: number, before, after, ...(detail ? { detail } : {}) },
      at,
    );
    return after;
  });
}
