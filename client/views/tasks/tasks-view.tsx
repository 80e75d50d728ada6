import { useEffect, useState } from 'preact/hooks';
import { taskStatusLabels, taskStatuses, type TaskStatus } from '../../../server/schema/enums/task-status.ts';
import type { TrackedTask } from '../../../server/schema/plan.ts';
import type { TaskRow, TasksResponse } from '../../../server/schema/tasks.ts';
import {
  deadlineText,
  doneInConflictText,
  latenessLabels,
  periodConventionText,
  periodText,
  scheduleText,
  taskConflicts,
} from '../../../server/schema/task-timing.ts';
import { ruleTitles } from '../../../server/schema/enums/rule-id.ts';
import { toCstMinute } from '../../../server/time/cst.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { sendJson } from '../../api/send-json.ts';
import { session } from '../../api/session.ts';
import type { ViewContext, ViewMount } from '../../app.ts';
import { componentView } from '../../components/mount-component.tsx';
import { tasksMessages } from '../../i18n/tasks.ts';
import type { Language } from '../../state/app-state.ts';
import { useAppState } from '../../state/use-app-state.ts';

type Loaded = { ok: true; value: TasksResponse } | { ok: false; failure: ApiFailure };

/** The shortest closing note the server accepts for 已完成 against open rule hits (`taskPatchSchema`). */
const CONFLICT_NOTE_MIN = 10;

const isTaskStatus = (value: string | null): value is TaskStatus =>
  value !== null && (taskStatuses as readonly string[]).includes(value);

/** A history entry in words: its time in China Standard Time, who, the status label, the note, the conflict note. */
export function historyLine(lang: Language, event: TaskRow['history'][number]): string {
  const at = Number.isNaN(Date.parse(event.at)) ? event.at : toCstMinute(new Date(event.at)).replace('T', ' ');
  const status = isTaskStatus(event.status) ? taskStatusLabels[event.status][lang] : event.status;
  const closing = event.conflictNote ? tasksMessages(lang).conflictNoteLine(event.conflictNote) : null;
  return [at, event.actor, status, event.progressNote, closing].filter((part) => part).join(' · ');
}

/**
 * 任务 view (the task tracker): the 17 tasks in full (requirement, lead / cooperating / responsible units, deadlines
 * with their strength, task 14's window and task 15's period (约定) in the plan's words), status and progress note
 * editable with who and when recorded (PATCH /api/tasks/:n), how late each is (逾期, or 未按期（力争） for a date the
 * plan only strives for), 已完成 in conflict with the rules' open hits (setting 已完成 against them asks for a note),
 * the alerts citing each task at as-of, and the history of updates. Typed notes and open sections stay through reloads
 * of the list.
 */
export function TasksView({ context }: { context: ViewContext }) {
  const { store, panel } = context;
  const [lang, asOf] = useAppState(store, (s) => [s.lang, s.asOf] as const);
  const m = tasksMessages(lang);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const [saveError, setSaveError] = useState<{ task: number; failure: ApiFailure } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void fetchJson<TasksResponse>(
      `/api/tasks${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`,
      controller.signal,
    ).then((result) => {
      if (controller.signal.aborted) return;
      setLoaded(result.ok ? { ok: true, value: result.value } : { ok: false, failure: result.error });
      panel.dataset.ready = 'true';
    });
    return () => controller.abort();
  }, [asOf, version]);

  async function save(n: number, status: string, progressNote: string, conflictNote: string): Promise<void> {
    const body = conflictNote ? { status, progressNote, conflictNote } : { status, progressNote };
    const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
    const result = await sendJson<TrackedTask>('PATCH', `/api/tasks/${n}${query}`, body);
    setSaveError(result.ok ? null : { task: n, failure: result.error });
    if (result.ok) setVersion((v) => v + 1);
  }

  if (loaded === null) return <p class="loading">{m.loading}</p>;
  if (!loaded.ok)
    return (
      <>
        <p class="error" data-task-load-error="">
          {m.loadFailed(failureText(lang, loaded.failure))}
        </p>
        <button type="button" onClick={() => setVersion(version + 1)}>
          {m.retry}
        </button>
      </>
    );
  return (
    <>
      <h2>{m.title(loaded.value.at.replace('T', ' '))}</h2>
      <p class="muted">{m.lead}</p>
      <ol class="tasks">
        {loaded.value.tasks.map((t) => (
          <TaskItem
            key={t.number}
            task={t}
            lang={lang}
            error={saveError?.task === t.number ? failureText(lang, saveError.failure) : null}
            onSave={save}
            onOpenAlerts={() => store.update({ view: 'alerts' })}
          />
        ))}
      </ol>
    </>
  );
}

function TaskItem(props: {
  task: TaskRow;
  lang: Language;
  error: string | null;
  onSave: (n: number, status: string, note: string, conflictNote: string) => Promise<void>;
  onOpenAlerts: () => void;
}) {
  const { task: t, lang } = props;
  const m = tasksMessages(lang);
  const [status, setStatus] = useState<string>(t.status);
  const [note, setNote] = useState(t.progressNote ?? '');
  const [conflictNote, setConflictNote] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setStatus(t.status), [t.status]);
  const units = (label: string, list: string[]) =>
    list.length ? <div>{m.units(label, list.join(m.listSeparator))}</div> : null;
  // what 已完成 would conflict with: the task's deadline rules' alerts in force, loop not closed (as the server checks)
  const pending = status === 'done' ? taskConflicts(t.number, 'done', t.alerts) : [];
  const noteShort = pending.length > 0 && conflictNote.trim().length < CONFLICT_NOTE_MIN;
  const shown = t.conflict.length
    ? { css: 'conflict', text: doneInConflictText(t.conflict, lang) }
    : t.lateness !== 'none'
      ? { css: t.lateness, text: latenessLabels[t.lateness][lang] }
      : { css: t.status, text: taskStatusLabels[t.status][lang] };
  return (
    <li class={`task task-${t.status}`} data-task={String(t.number)}>
      <span class="task-number">{t.number}</span>
      <div class="task-body">
        <div class="task-title">{lang === 'zh' ? t.title : t.titleEn}</div>
        <details>
          <summary class="muted">{lang === 'zh' ? m.requirement : `${m.requirement}${m.requirementOriginal}`}</summary>
          <p class="muted" lang="zh-CN">
            {t.requirement}
          </p>
        </details>
        <div class="task-meta">
          {units(m.leadUnits, t.leadUnits)}
          {units(m.cooperatingUnits, t.cooperatingUnits)}
          {units(m.responsibleUnits, t.responsibleUnits)}
          {t.deadlines.map((d) => (
            <div key={`${d.date}${d.quote}`} data-deadline={d.strength}>
              {m.deadline(deadlineText(d, lang), d.quote)}
            </div>
          ))}
          {t.schedule ? (
            <div data-schedule="">{m.schedule(scheduleText(t.schedule, lang), t.schedule.quote)}</div>
          ) : null}
          {t.period ? (
            <div data-period="">
              {m.period(periodText(t.period, lang), t.period.quote)}
              {t.period.convention ? <div class="muted">{periodConventionText(t.period, lang)}</div> : null}
            </div>
          ) : null}
          {t.conflict.length ? (
            <div class="error" data-conflict={String(t.number)}>
              {m.conflict(
                t.conflict.map((c) => m.conflictRule(ruleTitles[c.rule][lang], c.openHits)).join(m.listSeparator),
              )}
            </div>
          ) : null}
          <div>
            {t.alerts.length ? (
              <button
                type="button"
                class="link-button"
                data-open-alerts={String(t.number)}
                onClick={props.onOpenAlerts}
              >
                {m.relatedAlerts(t.alerts.length)}
              </button>
            ) : (
              m.noAlerts
            )}
          </div>
        </div>
        {session.can('tasks') ? (
          <div class="alert-actions">
            <select
              data-task-status={String(t.number)}
              aria-label={m.status}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value)}
            >
              {taskStatuses.map((s) => (
                <option key={s} value={s}>
                  {taskStatusLabels[s][lang]}
                </option>
              ))}
            </select>
            <input
              type="text"
              class="inline-input"
              placeholder={m.progressNote}
              aria-label={m.progressNote}
              value={note}
              data-task-note={String(t.number)}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
            {pending.length ? (
              <div class="conflict-note">
                <p class="muted" data-conflict-pending={String(t.number)}>
                  {m.conflictNoteNeeded(
                    pending.reduce((sum, c) => sum + c.openHits, 0),
                    CONFLICT_NOTE_MIN,
                  )}
                </p>
                <input
                  type="text"
                  class="inline-input"
                  placeholder={m.conflictNote}
                  aria-label={m.conflictNote}
                  value={conflictNote}
                  data-task-conflict-note={String(t.number)}
                  onInput={(event) => setConflictNote(event.currentTarget.value)}
                />
              </div>
            ) : null}
            <button
              type="button"
              class="tool"
              data-task-save={String(t.number)}
              disabled={busy || noteShort}
              onClick={() => {
                setBusy(true);
                const closing = pending.length ? conflictNote.trim() : '';
                void props.onSave(t.number, status, note.trim(), closing).finally(() => setBusy(false));
              }}
            >
              {busy ? m.saving : m.save}
            </button>
            {props.error ? (
              <p class="error" role="alert" data-task-error={String(t.number)}>
                {m.saveFailed(props.error)}
              </p>
            ) : null}
          </div>
        ) : null}
        {t.history.length ? (
          <details class="alert-history">
            <summary class="muted">{m.history}</summary>
            <ol>
              {t.history.map((e) => (
                <li key={`${e.at}${e.actor}`} class="muted">
                  {historyLine(lang, e)}
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </div>
      <span
        class={`status status-${shown.css}`}
        data-late={t.lateness}
        data-conflict-status={String(t.conflict.length > 0)}
      >
        {shown.text}
      </span>
    </li>
  );
}

/** The 任务 view behind the console's mount/dispose contract. */
export const mountTasksView: ViewMount = componentView(TasksView);
