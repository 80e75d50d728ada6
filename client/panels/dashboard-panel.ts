import type { PlanResponse } from '../../server/schema/plan.ts';
import { consoleMessages } from '../i18n/messages.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';
import { taskStatusLabels } from '../../server/schema/enums/task-status.ts';
import { targetLimitText } from '../../server/schema/target-strength.ts';
import {
  doneInConflictText,
  latenessLabels,
  periodConventionText,
  taskTimingText,
} from '../../server/schema/task-timing.ts';
import { standingText, targetStanding, type OverviewStanding } from './target-standing.ts';
import { cityIndicatorsOverview } from './city-indicators-overview.ts';

const statusLabels = taskStatusLabels;

/** What 总览 shows besides the plan: where the targets stand, the dustfall shown, and the map's legend. */
export interface DashboardExtras {
  /** Null while it loads. */
  standing: OverviewStanding | null;
  dustfall: readonly LayerFeature[];
  legend: HTMLElement;
}

/**
 * The 总览 view: the plan's targets with their strength (力争 / 不得高于), basis and where each stands (the
 * year-to-date figure and 达标 / 临界 / 超标 from the AQ evaluation), the open alerts, the 17 tasks with lead
 * units, dates as the plan writes them (力争, 5–9月 每日10–16时, 约定) and status (逾期, 未按期（力争）,
 * 已完成 in conflict with the rules, once GET /api/tasks has answered), and the legend of the map.
 * `highlightTask` scrolls to and marks one task.
 */
export function renderDashboard(
  container: HTMLElement,
  plan: PlanResponse,
  lang: Language,
  highlightTask: number | null,
  extras: DashboardExtras,
): void {
  const m = consoleMessages(lang);
  const { standing } = extras;
  const unitText = (unit: string) => (unit === 't/(km²·month)' && lang === 'zh' ? '吨/(平方公里·月)' : unit);
  const targets = plan.targets.map((t) => {
    const where = standing ? targetStanding(t, standing, extras.dustfall) : null;
    return h(
      'li',
      { class: 'target', 'data-target': t.id },
      h('span', { class: 'target-name' }, lang === 'zh' ? t.nameZh : t.nameEn),
      h(
        'span',
        { class: 'target-limit', 'data-strength': t.strength },
        targetLimitText(t.strength, t.limit, unitText(t.unit), lang),
      ),
      h('span', { class: 'target-basis' }, t.basis === 'plan' ? m.planTarget : (t.standard ?? m.standardNote)),
      where
        ? h(
            'span',
            { class: `target-standing progress-${where.progress}`, 'data-progress': where.progress },
            standingText(m, where.value, unitText(t.unit), where.provisional, where.progress),
          )
        : null,
    );
  });
  // how late each task is and its conflicts with the rules come from GET /api/tasks at the as-of (with the standing)
  const rows = new Map((standing?.tasks?.tasks ?? []).map((r) => [r.number, r]));
  const shownStatus = (t: PlanResponse['tasks'][number]): { css: string; text: string } => {
    const row = rows.get(t.number);
    if (row?.conflict.length) return { css: 'conflict', text: doneInConflictText(row.conflict, lang) };
    if (row && row.lateness !== 'none') return { css: row.lateness, text: latenessLabels[row.lateness][lang] };
    return { css: t.status, text: statusLabels[t.status][lang] };
  };
  const counts: Record<string, number> = {};
  for (const t of plan.tasks) {
    const { css } = shownStatus(t);
    counts[css] = (counts[css] ?? 0) + 1;
  }
  const tasks = plan.tasks.map((t) => {
    const units = t.leadUnits.length ? t.leadUnits : t.responsibleUnits;
    const deadline = taskTimingText(t, lang) ?? m.noDeadline;
    const convention = t.period ? periodConventionText(t.period, lang) : null;
    const status = shownStatus(t);
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
          h('span', {}, m.labelled(t.leadUnits.length ? m.leadUnits : m.responsibleUnits, units.join(m.listSeparator))),
          h('span', { 'data-timing': '', title: convention ?? undefined }, m.labelled(m.deadline, deadline)),
          convention ? h('span', { class: 'muted', 'data-convention': '' }, convention) : null,
        ),
      ),
      h('span', { class: `status status-${status.css}`, 'data-late': rows.get(t.number)?.lateness }, status.text),
    );
  });
  const standingNote = standing
    ? h(
        'p',
        { class: 'muted target-note', 'data-standing-to': standing.to },
        standing.evaluation ? m.yearToDate(standing.to) : m.evaluationFailed,
        standing.openAlerts === null
          ? null
          : h(
              'span',
              { class: 'open-alerts', 'data-open-alerts': String(standing.openAlerts) },
              ` · ${m.openAlerts(standing.openAlerts)}`,
            ),
      )
    : h('p', { class: 'muted target-note' }, m.loading);
  container.replaceChildren(
    h('h2', {}, `${lang === 'zh' ? plan.titleZh : plan.titleEn} · ${m.targets}`),
    standingNote,
    h('ul', { class: 'targets' }, ...targets),
    // the city-assigned annual binding indicators of the year (requirement G1/G2), under the plan's own
    cityIndicatorsOverview(standing, lang),
    h('h2', {}, m.tasksHeading(plan.tasks.length)),
    h(
      'p',
      { class: 'muted' },
      `${statusLabels.done[lang]} ${counts.done ?? 0} · ` +
        `${statusLabels['in-progress'][lang]} ${counts['in-progress'] ?? 0} · ` +
        `${latenessLabels.overdue[lang]} ${counts.overdue ?? 0} · ` +
        (counts['missed-strive'] ? `${latenessLabels['missed-strive'][lang]} ${counts['missed-strive']} · ` : '') +
        (counts.conflict ? `${m.tasksInConflict} ${counts.conflict} · ` : '') +
        `${m.statusSynthetic}`,
    ),
    h('ol', { class: 'tasks' }, ...tasks),
    extras.legend,
  );
  if (highlightTask) container.querySelector(`#task-${highlightTask}`)?.scrollIntoView({ block: 'center' });
}
