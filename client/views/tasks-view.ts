import type { TrackedTask } from '../../server/schema/plan.ts';
import type { TasksResponse } from '../../server/schema/tasks.ts';
import { fetchJson } from '../api/fetch-json.ts';
import type { ViewMount } from '../app.ts';
import { h, present } from '../panels/dom.ts';
import { T } from '../i18n/messages.ts';
import { createLatestRequest } from '../api/latest-request.ts';
import { session } from '../api/session.ts';
import { sendJson } from '../api/send-json.ts';
import { taskStatusLabels, taskStatuses } from '../../server/schema/enums/task-status.ts';

/**
 * 任务 view (the task tracker): the 17 tasks in full (requirement, lead / cooperating /
 * responsible units, deadlines in the plan's words), status and progress note editable with
 * who and when recorded (PATCH /api/tasks/:n), an overdue flag (a deadline passed, not done),
 * the alerts citing each task at as-of, and the history of updates.
 */
export const mountTasksView: ViewMount = ({ panel, store }) => {
  const request = createLatestRequest();
  const message = h('p', { class: 'error', 'data-task-error': '' });

  async function save(n: number, status: string, progressNote: string): Promise<void> {
    const lang = store.get().lang;
    const result = await sendJson<TrackedTask>('PATCH', `/api/tasks/${n}`, { status, progressNote });
    message.textContent = result.ok ? '' : `${T(lang, '保存失败', 'Could not save')}：${result.error.message}`;
    if (result.ok) await render();
  }

  async function render(): Promise<void> {
    const state = store.get();
    const lang = state.lang;
    const signal = request.next();
    const result = await fetchJson<TasksResponse>(
      `/api/tasks${state.asOf ? `?asOf=${encodeURIComponent(state.asOf)}` : ''}`,
      signal,
    );
    if (signal.aborted) return;
    if (!result.ok) {
      panel.replaceChildren(h('p', { class: 'error' }, result.error.message));
      return;
    }
    const items = result.value.tasks.map((t) => {
      const units = (label: [string, string], list: string[]) =>
        list.length ? h('div', {}, `${T(lang, ...label)}：${list.join('、')}`) : null;
      const select = h(
        'select',
        { 'data-task-status': String(t.number) },
        ...taskStatuses.map((s) => h('option', { value: s, selected: s === t.status }, taskStatusLabels[s][lang])),
      );
      const note = h('input', {
        type: 'text',
        value: t.progressNote ?? '',
        placeholder: T(lang, '进展说明', 'progress note'),
        class: 'inline-input',
        'data-task-note': String(t.number),
      });
      const saveButton = h(
        'button',
        { type: 'button', class: 'tool', 'data-task-save': String(t.number) },
        T(lang, '保存', 'Save'),
      );
      saveButton.addEventListener('click', () => void save(t.number, select.value, note.value.trim()));
      const open = h(
        'button',
        { type: 'button', class: 'link-button', 'data-open-alerts': String(t.number) },
        T(lang, `${t.alerts.length} 条相关告警`, `${t.alerts.length} related alerts`),
      );
      open.addEventListener('click', () => store.update({ view: 'alerts' }));
      return h(
        'li',
        { class: `task task-${t.status}`, 'data-task': String(t.number) },
        h('span', { class: 'task-number' }, String(t.number)),
        h(
          'div',
          { class: 'task-body' },
          h('div', { class: 'task-title' }, lang === 'zh' ? t.title : t.titleEn),
          h(
            'details',
            {},
            h('summary', { class: 'muted' }, T(lang, '任务要求', 'Requirement')),
            h('p', { class: 'muted' }, t.requirement),
          ),
          h(
            'div',
            { class: 'task-meta' },
            ...present(
              units(['牵头单位', 'Lead'], t.leadUnits),
              units(['配合单位', 'Cooperating'], t.cooperatingUnits),
              units(['责任单位', 'Responsible'], t.responsibleUnits),
            ),
            ...t.deadlines.map((d) => h('div', {}, `${T(lang, '时限', 'Deadline')} ${d.date}：${d.quote}`)),
            h('div', {}, t.alerts.length ? open : T(lang, '当前无相关告警', 'no alerts now')),
          ),
          session.can('tasks') ? h('div', { class: 'alert-actions' }, select, note, saveButton) : h('span', {}),
          t.history.length
            ? h(
                'details',
                { class: 'alert-history' },
                h('summary', { class: 'muted' }, T(lang, '更新记录', 'Updates')),
                h(
                  'ol',
                  {},
                  ...t.history.map((e) =>
                    h(
                      'li',
                      { class: 'muted' },
                      `${e.at.replace('T', ' ').slice(0, 16)} · ${e.actor}` +
                        `${e.status ? ` · ${e.status}` : ''}` +
                        `${e.progressNote ? ` · ${e.progressNote}` : ''}`,
                    ),
                  ),
                ),
              )
            : h('span', {}),
        ),
        h(
          'span',
          { class: `status status-${t.overdue ? 'overdue' : t.status}`, 'data-late': t.overdue ? 'true' : 'false' },
          taskStatusLabels[t.overdue ? 'overdue' : t.status][lang],
        ),
      );
    });
    panel.replaceChildren(
      h(
        'h2',
        {},
        T(
          lang,
          `重点任务（截至 ${result.value.at.replace('T', ' ')}）`,
          `Key tasks (as of ${result.value.at.replace('T', ' ')})`,
        ),
      ),
      h(
        'p',
        { class: 'muted' },
        T(
          lang,
          '逾期 = 时限已过且未完成。初始进度为演示数据。',
          'Overdue = a deadline passed and the task is not done. Initial statuses are demo data.',
        ),
      ),
      message,
      h('ol', { class: 'tasks' }, ...items),
    );
    panel.dataset.ready = 'true';
  }
  let previous = store.get();
  const unsubscribe = store.subscribe((state) => {
    if (state.asOf !== previous.asOf || state.lang !== previous.lang) void render();
    previous = state;
  });
  void render();
  return () => {
    unsubscribe();
    request.abort();
  };
};
