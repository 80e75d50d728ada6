import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { Alert, AlertsResponse, ListedAlert } from '../../server/schema/alerts.ts';
import type { ControlsResponse } from '../../server/schema/controls.ts';
import { fetchJson } from '../api/fetch-json.ts';
import type { ViewMount } from '../app.ts';
import { h } from '../panels/dom.ts';
import { handSitesToPlanner, type HandedSite } from './route-handoff.ts';
import type { Language } from '../state/app-state.ts';
import { T } from '../i18n/messages.ts';
import { createLatestRequest } from '../api/latest-request.ts';
import { session } from '../api/session.ts';
import { sendJson } from '../api/send-json.ts';
import { alertEventLabels, alertStatusLabels } from '../../server/schema/enums/alert-status.ts';
import { severityLabels, type Severity } from '../../server/schema/enums/severity.ts';

/** POSTs an action on an alert; returns an error message or null. */
async function act(
  id: number,
  action: 'assign' | 'resolve' | 'verify',
  body: Record<string, string>,
): Promise<string | null> {
  const result = await sendJson<Alert>('POST', `/api/alerts/${id}/${action}`, body);
  return result.ok ? null : result.error.message;
}

/** Reads a chosen image file as a data URL. */
function readPhoto(input: HTMLInputElement): Promise<string | undefined> {
  const file = input.files?.[0];
  if (!file) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
    reader.onerror = () => resolve(undefined);
    reader.readAsDataURL(file);
  });
}

/**
 * 告警 view: the alerts in force at the console's as-of (GET /api/alerts: every plan-rule hit
 * becomes an alert that persists), grouped by rule with task number, lead units and severity,
 * filtered by township and severity; the controls in force and the alert level at the top.
 * Each alert runs the loop: 指派 (assign) → 办结 (resolve, with a note and optional photo) →
 * 核验 or 退回 (verify or reopen), each step recorded with who and when. Clicking an alert's
 * entity selects it on the map. Rows the alert ledger does not hold (a moment other than the
 * ledger's, or another heavy-pollution level: `provisional`) are a read-only 预览 with no actions.
 */
export const mountAlertsView: ViewMount = ({ panel, store, data, map }) => {
  let severities: Severity[] = ['violation', 'overdue', 'warning', 'control'];
  let alertLevel: 'none' | 'yellow' | 'orange' | 'red' = 'none';
  const request = createLatestRequest();

  const message = h('p', { class: 'error', 'data-action-error': '' });

  async function run(
    id: number,
    action: 'assign' | 'resolve' | 'verify',
    body: Record<string, string | undefined>,
  ): Promise<void> {
    const lang = store.get().lang;
    const clean = Object.fromEntries(
      Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
    );
    const error = await act(id, action, clean);
    message.textContent = error ? `${T(lang, '操作失败', 'Failed')}：${error}` : '';
    if (!error) await render();
  }

  function actions(listed: ListedAlert, lang: Language): HTMLElement {
    const box = h('span', { class: 'alert-actions' });
    // a preview row is not in the ledger: nothing to act on
    if (listed.provisional) return box;
    const alert: Alert = listed;
    // the server decides; the console only hides what this user cannot do
    if (!session.can('alerts') || !session.actsIn(alert.township)) return box;
    const text = (placeholder: string, key: string) =>
      h('input', { type: 'text', placeholder, 'data-input': key, class: 'inline-input' });
    const button = (label: string, key: string, onClick: () => void) => {
      const b = h('button', { type: 'button', class: 'tool', 'data-act': key }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    if (alert.status === 'open' || alert.status === 'assigned') {
      const who = text(T(lang, '指派给', 'assign to'), 'assignee');
      box.append(
        who,
        button(
          alert.status === 'open' ? T(lang, '指派', 'Assign') : T(lang, '改派', 'Reassign'),
          'assign',
          () => void run(alert.id, 'assign', { assignee: who.value.trim() }),
        ),
      );
    }
    if (alert.status === 'assigned') {
      const note = text(T(lang, '处置情况', 'what was done'), 'note');
      const photo = h('input', {
        type: 'file',
        accept: 'image/jpeg,image/png',
        'data-input': 'photo',
        class: 'inline-file',
      });
      box.append(
        note,
        photo,
        button(T(lang, '办结', 'Resolve'), 'resolve', () => {
          void readPhoto(photo).then((data) => run(alert.id, 'resolve', { note: note.value.trim(), photo: data }));
        }),
      );
    }
    if (alert.status === 'resolved' || alert.status === 'verified') {
      const note = text(T(lang, '意见', 'remark'), 'note');
      box.append(note);
      if (alert.status === 'resolved')
        box.append(
          button(
            T(lang, '核验通过', 'Verify'),
            'verify',
            () => void run(alert.id, 'verify', { outcome: 'verified', note: note.value.trim() }),
          ),
        );
      box.append(
        button(
          T(lang, '退回', 'Reopen'),
          'reopen',
          () => void run(alert.id, 'verify', { outcome: 'reopened', note: note.value.trim() }),
        ),
      );
    }
    return box;
  }

  /** “Plan an inspection route for these”: hands the listed alerts' places to the 巡查 view. */
  function planButton(hits: ListedAlert[], lang: Language): HTMLElement {
    const stopLayers = new Set(['construction-sites', 'villages', 'machines', 'enterprises', 'fuel-points']);
    const sites = [
      ...new Map(
        hits
          .filter(
            (a) =>
              stopLayers.has(a.layer) &&
              (a.severity === 'violation' || a.severity === 'overdue' || a.severity === 'warning'),
          )
          .map((a) => [
            `${a.layer}:${a.entityId}`,
            {
              layer: a.layer as HandedSite['layer'],
              id: a.entityId,
              name:
                (data().layers[a.layer as LayerId]?.find((f) => String(f.id) === a.entityId)?.properties
                  .name as string) ?? a.entityId,
            },
          ]),
      ).values(),
    ].slice(0, 200);
    const b = h(
      'button',
      { type: 'button', class: 'tool', 'data-plan-alerts': String(sites.length), disabled: sites.length === 0 },
      T(lang, `为这些问题点位规划巡查路线（${sites.length}）`, `Plan an inspection route for these (${sites.length})`),
    );
    b.addEventListener('click', () => {
      handSitesToPlanner(sites);
      store.update({ view: 'routes' });
    });
    return b;
  }

  async function render(): Promise<void> {
    const state = store.get();
    const lang = state.lang;
    const signal = request.next();
    panel.replaceChildren(h('p', { class: 'loading' }, T(lang, '正在加载…', 'Loading…')));
    const q = new URLSearchParams({ alertLevel });
    if (state.asOf) q.set('asOf', state.asOf);
    const [result, controls] = await Promise.all([
      fetchJson<AlertsResponse>(`/api/alerts?${q.toString()}`, signal),
      fetchJson<ControlsResponse>(`/api/controls?${q.toString()}`, signal),
    ]);
    if (signal.aborted) return;
    if (!result.ok) {
      const retry = h('button', { type: 'button' }, T(lang, '重试', 'Retry'));
      retry.addEventListener('click', () => void render());
      panel.replaceChildren(
        h('p', { class: 'error' }, `${T(lang, '告警加载失败', 'Could not load alerts')}：${result.error.message}`),
        retry,
      );
      return;
    }
    const r = {
      ...result.value,
      hits: result.value.alerts,
      controls: controls.ok
        ? { ozone: controls.value.ozone.inForce, autumnWinter: controls.value.autumnWinter.inForce }
        : { ozone: false, autumnWinter: false },
      asOf: result.value.at,
    };
    const townshipNames = new Map(
      (data().layers.townships ?? []).map((f) => [
        String(f.properties.code),
        lang === 'zh' ? String(f.properties.name) : String(f.properties.nameEn),
      ]),
    );
    const entityName = (layer: string, id: string) => {
      const f = data().layers[layer as LayerId]?.find((x) => String(x.id) === id);
      return f ? String(f.properties.name ?? id) : (townshipNames.get(id) ?? id);
    };
    const hits = r.hits.filter(
      (hit) => severities.includes(hit.severity) && (!state.township || hit.township === state.township),
    );
    const previews = hits.filter((hit) => hit.provisional).length;
    const tasks = new Map(data().plan.tasks.map((t) => [t.number, t]));
    const groups = new Map<string, typeof hits>();
    for (const hit of hits) groups.set(hit.rule, [...(groups.get(hit.rule) ?? []), hit]);

    const levelSelect = h(
      'select',
      { 'data-alert-level': '' },
      ...(['none', 'yellow', 'orange', 'red'] as const).map((l) =>
        h(
          'option',
          { value: l, selected: l === alertLevel },
          {
            none: T(lang, '无预警', 'no alert'),
            yellow: T(lang, '黄色预警', 'yellow'),
            orange: T(lang, '橙色预警', 'orange'),
            red: T(lang, '红色预警', 'red'),
          }[l],
        ),
      ),
    );
    levelSelect.addEventListener('change', () => {
      alertLevel = levelSelect.value as typeof alertLevel;
      void render();
    });
    const chips = severities.map((s) => {
      const input = h('input', { type: 'checkbox', value: s, checked: severities.includes(s) });
      input.addEventListener('change', () => {
        severities = input.checked ? [...severities, s] : severities.filter((x) => x !== s);
        void render();
      });
      return h(
        'label',
        { class: 'chip' },
        input,
        `${severityLabels[s][lang]} ` +
          `${r.hits.filter((x) => x.severity === s && (!state.township || x.township === state.township)).length}`,
      );
    });
    const sections = [...groups.entries()].map(([rule, list]) => {
      const first = list[0];
      const task = first ? tasks.get(first.task) : undefined;
      const units = task ? (task.leadUnits.length ? task.leadUnits : task.responsibleUnits).join('、') : '';
      return h(
        'details',
        { class: 'alert-group', 'data-rule': rule, open: list.length <= 8 },
        h(
          'summary',
          {},
          h(
            'span',
            { class: `severity severity-${first?.severity ?? 'info'}` },
            severityLabels[first?.severity ?? 'info'][lang],
          ),
          ' ',
          `${T(lang, `任务${first?.task}`, `task ${first?.task}`)} · ${first ? first.title[lang] : rule} `,
          h('strong', {}, String(list.length)),
        ),
        h('p', { class: 'muted' }, `${T(lang, '牵头', 'Lead')}：${units}`),
        h(
          'ul',
          { class: 'alert-list' },
          ...list.map((hit) => {
            const entity = h(
              'button',
              { type: 'button', class: 'link-button', 'data-hit-entity': `${hit.layer}:${hit.entityId}` },
              entityName(hit.layer, hit.entityId),
            );
            entity.addEventListener('click', () => {
              const layer = hit.layer as LayerId;
              store.update({
                selected: { layer, id: hit.entityId },
                layers: state.layers.includes(layer) ? state.layers : [...state.layers, layer],
              });
              const geometry = data().layers[layer]?.find((f) => String(f.id) === hit.entityId)?.geometry;
              if (geometry?.type === 'Point')
                map.flyTo({
                  center: geometry.coordinates as [number, number],
                  zoom: Math.max(map.getZoom(), 13),
                  duration: 700,
                });
            });
            const where =
              ` ${townshipNames.get(hit.township) ?? ''} · ` +
              `${hit.detail[lang]} · ` +
              `${T(lang, '自', 'since')} ${(hit.since ?? hit.raisedAt).replace('T', ' ')} `;
            if (hit.provisional) {
              return h(
                'li',
                { 'data-alert-preview': `${hit.rule}|${hit.entityId}` },
                entity,
                where,
                h(
                  'span',
                  {
                    class: 'alert-status alert-status-preview',
                    'data-alert-status': 'preview',
                    title: T(lang, '尚未记入告警台账，不可处置', 'not yet in the alert ledger: nothing to act on'),
                  },
                  T(lang, '预览', 'preview'),
                ),
              );
            }
            return h(
              'li',
              { 'data-alert': String(hit.id) },
              entity,
              where,
              h(
                'span',
                { class: `alert-status alert-status-${hit.status}`, 'data-alert-status': hit.status },
                alertStatusLabels[hit.status][lang],
                hit.assignee ? ` · ${hit.assignee}` : '',
              ),
              actions(hit, lang),
              h(
                'details',
                { class: 'alert-history' },
                h('summary', { class: 'muted' }, T(lang, '处置记录', 'History')),
                h(
                  'ol',
                  {},
                  ...hit.events.map((e) =>
                    h(
                      'li',
                      { class: 'muted' },
                      `${e.at.replace('T', ' ').slice(0, 16)} ` +
                        `${alertEventLabels[e.action][lang]} · ${e.actor}` +
                        `${e.note ? ` · ${e.note}` : ''}${e.hasPhoto ? ' · 📷' : ''}`,
                    ),
                  ),
                ),
              ),
            );
          }),
        ),
      );
    });
    panel.replaceChildren(
      h('h2', {}, T(lang, `告警（截至 ${r.asOf.replace('T', ' ')}）`, `Alerts (as of ${r.asOf.replace('T', ' ')})`)),
      h(
        'p',
        { class: 'controls-in-force', 'data-controls': '' },
        r.controls.ozone
          ? h('span', { class: 'control-chip' }, T(lang, '臭氧管控 10:00–16:00', 'Ozone control 10:00–16:00'))
          : '',
        r.controls.autumnWinter
          ? h('span', { class: 'control-chip' }, T(lang, '秋冬季攻坚', 'Autumn–winter campaign'))
          : '',
        !r.controls.ozone && !r.controls.autumnWinter
          ? T(lang, '当前无季节性管控', 'No seasonal control in force')
          : '',
      ),
      h(
        'label',
        { class: 'field' },
        h('span', { class: 'muted' }, T(lang, '重污染天气预警', 'Heavy-pollution alert')),
        levelSelect,
      ),
      session.can('alerts')
        ? h(
            'p',
            { class: 'muted', 'data-acting-as': session.user?.username ?? '' },
            T(
              lang,
              `以 ${session.user?.displayName ?? ''} 的身份处置` +
                `${session.user?.role === 'inspector' ? '（仅限所辖乡镇）' : ''}`,
              `Acting as ${session.user?.displayName ?? ''}` +
                `${session.user?.role === 'inspector' ? ' (your townships only)' : ''}`,
            ),
          )
        : h(
            'p',
            { class: 'muted', 'data-read-only': '' },
            T(
              lang,
              '只读：处置告警需巡查员或管理员账号',
              'Read-only: handling alerts needs an inspector or admin account',
            ),
          ),
      message,
      previews
        ? h(
            'p',
            { class: 'muted', 'data-preview-note': String(previews) },
            T(
              lang,
              `预览 ${previews} 条：` +
                `告警台账${result.value.ledgerAt ? `同步至 ${result.value.ledgerAt.replace('T', ' ')}` : '尚未同步'}` +
                `，此时刻的规则命中尚未入账，仅供查看，不可处置`,
              `${previews} previews: the alert ledger is ` +
                `${result.value.ledgerAt ? `synced to ${result.value.ledgerAt.replace('T', ' ')}` : 'not synced yet'}` +
                `; rule hits at this moment not yet in it are shown read-only, with no actions`,
            ),
          )
        : '',
      h('div', { class: 'chips' }, ...chips),
      planButton(hits, lang),
      h(
        'p',
        { class: 'muted', 'data-township-counts': '' },
        T(lang, '按乡镇：', 'By township: '),
        Object.entries(result.value.countsByTownship)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([code, n]) => `${townshipNames.get(code) ?? code} ${n}`)
          .join(' · '),
      ),
      h(
        'p',
        { class: 'muted', 'data-alert-total': String(hits.length) },
        T(
          lang,
          `共 ${hits.length} 条${state.township ? '（已按乡镇筛选）' : ''}`,
          `${hits.length} hits${state.township ? ' (township filter on)' : ''}`,
        ),
      ),
      ...sections,
    );
    panel.dataset.ready = 'true';
  }

  let previous = store.get();
  const unsubscribe = store.subscribe((state) => {
    if (state.asOf !== previous.asOf || state.lang !== previous.lang || state.township !== previous.township)
      void render();
    previous = state;
  });
  void render();
  return () => {
    unsubscribe();
    request.abort();
  };
};
