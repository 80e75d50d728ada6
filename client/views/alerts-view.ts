import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { RuleHitsResponse } from '../../server/schema/rules.ts';
import { fetchJson } from '../api/fetch-json.ts';
import type { ViewMount } from '../app.ts';
import { h } from '../panels/dom.ts';
import type { Language } from '../state/app-state.ts';

const T = (lang: Language, zh: string, en: string) => (lang === 'zh' ? zh : en);
type Severity = RuleHitsResponse['hits'][number]['severity'];
const severityLabels: Record<Severity, [string, string]> = {
  violation: ['违规', 'violation'], overdue: ['逾期', 'overdue'], warning: ['问题', 'warning'], control: ['管控', 'control'], info: ['进展', 'progress'],
};
const severityOrder: Severity[] = ['violation', 'overdue', 'warning', 'control', 'info'];

/**
 * 告警 view: every plan-rule hit at the console's as-of (GET /api/rules), grouped by rule with
 * its task number and severity, filtered by township and severity; the controls in force
 * (ozone window, autumn–winter campaign) and the alert level at the top. Clicking a hit selects
 * its entity on the map. (Assigning and closing alerts comes with accounts and roles.)
 */
export const mountAlertsView: ViewMount = ({ panel, store, data }) => {
  let severities: Severity[] = ['violation', 'overdue', 'warning', 'control'];
  let alertLevel: 'none' | 'yellow' | 'orange' | 'red' = 'none';
  let request: AbortController | null = null;

  async function render(): Promise<void> {
    const state = store.get();
    const lang = state.lang;
    request?.abort();
    const current = new AbortController();
    request = current;
    panel.replaceChildren(h('p', { class: 'loading' }, T(lang, '正在加载…', 'Loading…')));
    const q = new URLSearchParams({ alertLevel });
    if (state.asOf) q.set('asOf', state.asOf);
    const result = await fetchJson<RuleHitsResponse>(`/api/rules?${q.toString()}`, current.signal);
    if (current.signal.aborted) return;
    if (!result.ok) {
      const retry = h('button', { type: 'button' }, T(lang, '重试', 'Retry'));
      retry.addEventListener('click', () => void render());
      panel.replaceChildren(h('p', { class: 'error' }, `${T(lang, '告警加载失败', 'Could not load alerts')}：${result.error}`), retry);
      return;
    }
    const r = result.value;
    const townshipNames = new Map((data().layers.townships ?? []).map((f) => [String(f.properties.code), lang === 'zh' ? String(f.properties.name) : String(f.properties.nameEn)]));
    const entityName = (layer: string, id: string) => {
      const f = data().layers[layer as LayerId]?.find((x) => String(x.id) === id);
      return f ? String(f.properties.name ?? id) : (townshipNames.get(id) ?? id);
    };
    const hits = r.hits.filter((hit) => severities.includes(hit.severity) && (!state.township || hit.township === state.township));
    const tasks = new Map(data().plan.tasks.map((t) => [t.number, t]));
    const groups = new Map<string, typeof hits>();
    for (const hit of hits) groups.set(hit.rule, [...(groups.get(hit.rule) ?? []), hit]);

    const levelSelect = h('select', { 'data-alert-level': '' },
      ...(['none', 'yellow', 'orange', 'red'] as const).map((l) =>
        h('option', { value: l, selected: l === alertLevel }, { none: T(lang, '无预警', 'no alert'), yellow: T(lang, '黄色预警', 'yellow'), orange: T(lang, '橙色预警', 'orange'), red: T(lang, '红色预警', 'red') }[l])));
    levelSelect.addEventListener('change', () => {
      alertLevel = levelSelect.value as typeof alertLevel;
      void render();
    });
    const chips = severityOrder.map((s) => {
      const input = h('input', { type: 'checkbox', value: s, checked: severities.includes(s) });
      input.addEventListener('change', () => {
        severities = input.checked ? [...severities, s] : severities.filter((x) => x !== s);
        void render();
      });
      return h('label', { class: 'chip' }, input, `${T(lang, ...severityLabels[s])} ${r.hits.filter((x) => x.severity === s && (!state.township || x.township === state.township)).length}`);
    });
    const sections = [...groups.entries()].map(([rule, list]) => {
      const first = list[0];
      const task = first ? tasks.get(first.task) : undefined;
      const units = task ? (task.leadUnits.length ? task.leadUnits : task.responsibleUnits).join('、') : '';
      return h('details', { class: 'alert-group', 'data-rule': rule, open: list.length <= 8 },
        h('summary', {}, h('span', { class: `severity severity-${first?.severity ?? 'info'}` }, T(lang, ...severityLabels[first?.severity ?? 'info'])), ' ',
          `${T(lang, `任务${first?.task}`, `task ${first?.task}`)} · ${first ? first.title[lang] : rule} `,
          h('strong', {}, String(list.length))),
        h('p', { class: 'muted' }, `${T(lang, '牵头', 'Lead')}：${units}`),
        h('ul', { class: 'alert-list' }, ...list.map((hit) => {
          const item = h('li', {}, h('button', { type: 'button', class: 'link-button', 'data-hit-entity': `${hit.layer}:${hit.entityId}` },
            entityName(hit.layer, hit.entityId)),
            ` ${townshipNames.get(hit.township) ?? ''} · ${hit.detail[lang]}${hit.since ? ` · ${T(lang, '自', 'since')} ${hit.since}` : ''}`);
          item.querySelector('button')?.addEventListener('click', () => {
            const layer = hit.layer as LayerId;
            store.update({ selected: { layer, id: hit.entityId }, layers: state.layers.includes(layer) ? state.layers : [...state.layers, layer] });
          });
          return item;
        })));
    });
    panel.replaceChildren(
      h('h2', {}, T(lang, `告警（截至 ${r.asOf.replace('T', ' ')}）`, `Alerts (as of ${r.asOf.replace('T', ' ')})`)),
      h('p', { class: 'controls-in-force', 'data-controls': '' },
        r.controls.ozone ? h('span', { class: 'control-chip' }, T(lang, '臭氧管控 10:00–16:00', 'Ozone control 10:00–16:00')) : '',
        r.controls.autumnWinter ? h('span', { class: 'control-chip' }, T(lang, '秋冬季攻坚', 'Autumn–winter campaign')) : '',
        !r.controls.ozone && !r.controls.autumnWinter ? T(lang, '当前无季节性管控', 'No seasonal control in force') : ''),
      h('label', { class: 'field' }, h('span', { class: 'muted' }, T(lang, '重污染天气预警', 'Heavy-pollution alert')), levelSelect),
      h('div', { class: 'chips' }, ...chips),
      h('p', { class: 'muted', 'data-alert-total': String(hits.length) }, T(lang, `共 ${hits.length} 条${state.township ? '（已按乡镇筛选）' : ''}`, `${hits.length} hits${state.township ? ' (township filter on)' : ''}`)),
      ...sections,
    );
    panel.dataset.ready = 'true';
  }

  let previous = store.get();
  const unsubscribe = store.subscribe((state) => {
    if (state.asOf !== previous.asOf || state.lang !== previous.lang || state.township !== previous.township) void render();
    previous = state;
  });
  void render();
  return () => {
    unsubscribe();
    request?.abort();
  };
};
