import type { PlanResponse } from '../../server/schema/plan.ts';
import { message } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';
import { taskStatusLabels } from '../../server/schema/enums/task-status.ts';

const statusLabels = taskStatusLabels;

/**
 * The 总览 view: the plan's targets with their basis, and the 17 tasks with lead units,
 * deadline and status, readable at a glance. `highlightTask` scrolls to and marks one task.
 */
export function renderDashboard(
  container: HTMLElement,
  plan: PlanResponse,
  lang: Language,
  highlightTask: number | null,
): void {
  const targets = plan.targets.map((t) =>
    h(
      'li',
      { class: 'target', 'data-target': t.id },
      h('span', { class: 'target-name' }, lang === 'zh' ? t.nameZh : t.nameEn),
      h(
        'span',
        { class: 'target-limit' },
        `≤ ${t.limit} ${t.unit === 't/(km²·month)' && lang === 'zh' ? '吨/(平方公里·月)' : t.unit}`,
      ),
      h(
        'span',
        { class: 'target-basis' },
        t.basis === 'plan' ? message(lang, 'planTarget') : (t.standard ?? message(lang, 'standardNote')),
      ),
    ),
  );
  const counts = { done: 0, 'in-progress': 0, overdue: 0, 'not-started': 0 };
  for (const t of plan.tasks) counts[t.status]++;
  const tasks = plan.tasks.map((t) => {
    const units = t.leadUnits.length ? t.leadUnits : t.responsibleUnits;
    const deadline =
      t.deadlines.map((d) => d.date).join('，') ||
      (t.schedule
        ? `${t.schedule.months[0]}–${t.schedule.months.at(-1)}${lang === 'zh' ? '月' : ''}`
        : t.period
          ? `${t.period.from} — ${t.period.to}`
          : message(lang, 'noDeadline'));
    return h(
      'li',
      {
        class: `task task-${t.status}${highlightTask === t.number ? ' task-highlight' : ''}`,
        id: `task-${t.number}`,
        'data-task': String(t.number),
      },
      h('span', { class: 'task-number' }, String(t.number)),
      h(
        'div',
        { class: 'task-body' },
        h('div', { class: 'task-title' }, lang === 'zh' ? t.title : t.titleEn),
        h(
          'div',
          { class: 'task-meta' },
          h('span', {}, `${message(lang, t.leadUnits.length ? 'leadUnits' : 'responsibleUnits')}：${units.join('、')}`),
          h('span', {}, `${message(lang, 'deadline')}：${deadline}`),
        ),
      ),
      h('span', { class: `status status-${t.status}` }, statusLabels[t.status][lang]),
    );
  });
  container.replaceChildren(
    h('h2', {}, `${lang === 'zh' ? plan.titleZh : plan.titleEn} · ${message(lang, 'targets')}`),
    h('ul', { class: 'targets' }, ...targets),
    h('h2', {}, `${message(lang, 'tasks')}（17）`),
    h(
      'p',
      { class: 'muted' },
      `${statusLabels.done[lang]} ${counts.done} · ` +
        `${statusLabels['in-progress'][lang]} ${counts['in-progress']} · ` +
        `${statusLabels.overdue[lang]} ${counts.overdue} · ` +
        `${message(lang, 'statusSynthetic')}`,
    ),
    h('ol', { class: 'tasks' }, ...tasks),
  );
  if (highlightTask) container.querySelector(`#task-${highlightTask}`)?.scrollIntoView({ block: 'center' });
}
