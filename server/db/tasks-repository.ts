import type { TrackedTask } from '../schema/plan.ts';
import type { Db } from './open-database.ts';

/** The tracking state of one plan task (what an update changes and the audit log keeps). */
export interface TaskState {
  status: TrackedTask['status'];
  progressNote: string | null;
}

/** A change to a task's tracking state; undefined fields stay as they are. */
export interface TaskChange {
  status?: TrackedTask['status'] | undefined;
  progressNote?: string | null | undefined;
  /**
   * The closing note of a status set 已完成 while the rules still report open hits of the task's deadline rule(s)
   * (kept in the history with the update).
   */
  conflictNote?: string | undefined;
}

/**
 * The tracking state of task `number` (1–17), or undefined when there is none.
 *
 * @example
 * readTaskState(db, 3); // { status: 'overdue', progressNote: null }
 */
export function readTaskState(db: Db, number: number): TaskState | undefined {
  return db
    .prepare<[number], TaskState>('SELECT status, progress_note AS progressNote FROM plan_tasks WHERE number = ?')
    .get(number);
}

/**
 * Sets the status (now official) and/or progress note of task `number` and appends the update
 * to its history (`task_events`: who and when, and the conflict note if any). Call inside a
 * transaction (the writer's job).
 *
 * @example
 * updateTask(tx, 7, { status: 'done' }, 'admin', '2026-12-03T23:00:00.000Z');
 */
export function updateTask(db: Db, number: number, change: TaskChange, actor: string, at: string): void {
  if (change.status) {
    db.prepare("UPDATE plan_tasks SET status = ?, status_provenance = 'official' WHERE number = ?").run(
      change.status,
      number,
    );
  }
  if (change.progressNote !== undefined) {
    db.prepare('UPDATE plan_tasks SET progress_note = ? WHERE number = ?').run(change.progressNote, number);
  }
  db.prepare(
    'INSERT INTO task_events (task, actor, at, status, progress_note, conflict_note) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(number, actor, at, change.status ?? null, change.progressNote ?? null, change.conflictNote ?? null);
}

/** One update of a task, as its history lists it. */
export interface TaskEvent {
  task: number;
  actor: string;
  /** ISO 8601 UTC. */
  at: string;
  status: string | null;
  progressNote: string | null;
  /** The closing note given when the status was set 已完成 against open rule hits, or null. */
  conflictNote: string | null;
}

/**
 * Every task update, oldest first.
 *
 * @example
 * listTaskEvents(db).filter((e) => e.task === 7);
 */
export function listTaskEvents(db: Db): TaskEvent[] {
  return db
    .prepare<[], TaskEvent>(
      'SELECT task, actor, at, status, progress_note AS progressNote, conflict_note AS conflictNote ' +
        'FROM task_events ORDER BY id',
    )
    .all();
}
