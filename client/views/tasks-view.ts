import type { RuleHitsResponse } from '../../server/schema/rules.ts';
import { fetchJson } from '../api/fetch-json.ts';
import type { ViewMount } from '../app.ts';
import { h, present } from '../panels/dom.ts';
import type { Language } from '../state/app-state.ts';

const T = (lang: Language, zh: string, en: string) => (lang === 'zh' ? zh : en);
const statusLabels: Record<'not-started' | 'in-progress' | 'done' | 'overdue', { zh: string; en: string }> = {
  'not-started': { zh: '未开始', en: 'not started' }, 'in-progress': { zh: '推进中', en: 'in progress' },
  done: { zh: '已完成', en: 'done' }, overdue: { zh: '已逾期', en: 'overdue' },
};

/**
 * 任务 view: the plan's 17 tasks in full (requirement, lead / cooperating / responsible units,
 * deadlines with the plan's words, status), each with the rule hits that cite it at the as-of
 * moment and an overdue flag when a deadline has passed and the task is not done.
 * (Editing status and progress notes comes with accounts, roles and the audit log.)
 */
export const mountTasksView: ViewMount = ({ panel, store, data }) => {
  let request: AbortController | null = null;
  async function render(): Promise<void> {
    const state = store.get();
    const lang = state.lang;
    request?.abort();
    const current = new AbortController();
    request = current;
    const q = state.asOf ? `?asOf=${encodeURIComponent(state.asOf)}` : '';
    const result = await fetchJson<RuleHitsResponse>(`/api/rules${q}`, current.signal);
    if (current.signal.aborted) return;
    const hits = result.ok ? result.value.hits : [];
    const asOfDate = (state.asOf ?? data().meta.defaultAsOf).slice(0, 10);
    const items = data().plan.tasks.map((t) => {
      const taskHits = hits.filter((hit) => hit.task === t.number);
      const bySeverity = new Map<string, number>();
      for (const hit of taskHits) bySeverity.set(hit.severity, (bySeverity.get(hit.severity) ?? 0) + 1);
      const late = t.status !== 'done' && t.deadlines.some((d) => d.date < asOfDate);
      const units = (label: [string, string], list: string[]) => (list.length ? h('div', {}, `${T(lang, ...label)}：${list.join('、')}`) : null);
      const open = h('button', { type: 'button', class: 'link-button', 'data-open-alerts': String(t.number) }, T(lang, `${taskHits.length} 条相关告警`, `${taskHits.length} related hits`));
      open.addEventListener('click', () => store.update({ view: 'alerts' }));
      return h('li', { class: `task task-${t.status}${late ? ' task-late' : ''}`, 'data-task': String(t.number) },
        h('span', { class: 'task-number' }, String(t.number)),
        h('div', { class: 'task-body' },
          h('div', { class: 'task-title' }, lang === 'zh' ? t.title : t.titleEn),
          h('details', {}, h('summary', { class: 'muted' }, T(lang, '任务要求', 'Requirement')), h('p', { class: 'muted' }, t.requirement)),
          h('div', { class: 'task-meta' },
            ...[units(['牵头单位', 'Lead'], t.leadUnits), units(['配合单位', 'Cooperating'], t.cooperatingUnits), units(['责任单位', 'Responsible'], t.responsibleUnits)].filter((x): x is HTMLDivElement => x !== null),
            ...t.deadlines.map((d) => h('div', {}, `${T(lang, '时限', 'Deadline')} ${d.date}：${d.quote}`)),
            h('div', {}, [...bySeverity.entries()].map(([s, n]) => `${s} ${n}`).join(' · ') || T(lang, '当前无相关告警', 'no hits now'), ' ', taskHits.length ? open : '')),
        ),
        h('span', { class: `status status-${late ? 'overdue' : t.status}`, 'data-late': late ? 'true' : 'false' },
          late ? T(lang, '已逾期', 'overdue') : statusLabels[t.status][lang]),
      );
    });
    panel.replaceChildren(...present(
      h('h2', {}, T(lang, `重点任务（截至 ${asOfDate}）`, `Key tasks (as of ${asOfDate})`)),
      result.ok ? null : h('p', { class: 'error' }, result.error),
      h('p', { class: 'muted' }, T(lang, '任务进度为演示数据；逾期 = 时限已过且未完成。', 'Task status is demo data; overdue = a deadline passed and the task is not done.')),
      h('ol', { class: 'tasks' }, ...items),
    ));
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
    request?.abort();
  };
};
