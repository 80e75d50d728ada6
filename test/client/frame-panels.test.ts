// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../client/layers/feature-filter.ts';
import { renderDashboard } from '../../client/panels/dashboard-panel.ts';
import { renderLayersPanel } from '../../client/panels/layers-panel.ts';
import { searchFeatures } from '../../client/panels/search-index.ts';
import type { OverviewStanding } from '../../client/panels/target-standing.ts';
import { defaultState } from '../../client/state/app-state.ts';
import { createStore } from '../../client/state/store.ts';
import type { AqEvaluationResponse, PollutantEvaluation } from '../../server/schema/aq.ts';
import type { Plan, PlanResponse } from '../../server/schema/plan.ts';
import type { TasksResponse } from '../../server/schema/tasks.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';

const f = (id: string, properties: Record<string, unknown>) =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [0, 0] }, properties }) as LayerFeature;

describe('search ranking', () => {
  it('puts the town before the village of the same name (庄磨 → 庄磨镇 first)', () => {
    const data = {
      villages: [f('140902105200', { code: '140902105200', name: '庄磨村委会' })],
      townships: [f('140902105', { code: '140902105', name: '庄磨镇' })],
    };
    expect(searchFeatures(data, '庄磨').map((h) => h.name)).toEqual(['庄磨镇', '庄磨村委会']);
  });
});

describe('the 图层 legend', () => {
  it('explains the cluster discs while a layer that clusters is shown, and not with only the stations', () => {
    const panel = document.body.appendChild(document.createElement('aside'));
    renderLayersPanel(panel, createStore({ ...defaultState, view: 'layers' as const }), [], {}, []);
    const block = panel.querySelector('[data-legend-layer="clusters"]');
    expect(block?.querySelectorAll('[data-legend-key]').length).toBeGreaterThan(1);
    expect(block?.textContent).toContain('×');
    renderLayersPanel(panel, createStore({ ...defaultState, layers: ['stations'] }), [], {}, []);
    expect(panel.querySelector('[data-legend-layer="clusters"]')).toBeNull();
  });
});

describe('the 图层 township filter', () => {
  const townships = [
    { code: '140902101', name: '豆罗镇', nameEn: 'Douluo' },
    { code: '140902102', name: '董村镇', nameEn: 'Dongcun' },
    { code: '140902103', name: '庄磨镇', nameEn: 'Zhuangmo' },
  ];
  it('takes several townships, and 全区 clears them', () => {
    const store = createStore({ ...defaultState, view: 'layers' as const });
    const panel = document.body.appendChild(document.createElement('aside'));
    const render = () => renderLayersPanel(panel, store, [], {}, townships);
    store.subscribe(render);
    render();
    const box = (code: string) =>
      panel.querySelector<HTMLInputElement>(`[data-filter="township"] input[value="${code}"]`);
    expect(panel.querySelector<HTMLInputElement>('[data-township-all]')?.checked).toBe(true);
    box('140902101')?.click();
    box('140902103')?.click();
    expect(store.get().townships).toEqual(['140902101', '140902103']);
    expect(box('140902101')?.checked).toBe(true);
    expect(panel.querySelector('[data-township-summary]')?.textContent).toBe('豆罗镇、庄磨镇');
    panel.querySelector<HTMLInputElement>('[data-township-all]')?.click();
    expect(store.get().townships).toEqual([]);
  });
  it('keeps its list open across the re-render a choice causes', () => {
    const store = createStore({ ...defaultState, view: 'layers' as const });
    const panel = document.body.appendChild(document.createElement('aside'));
    const render = () => renderLayersPanel(panel, store, [], {}, townships);
    store.subscribe(render);
    render();
    const details = panel.querySelector<HTMLDetailsElement>('details[data-filter="township"]');
    if (!details) throw new Error('no township list');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    panel.querySelector<HTMLInputElement>('[data-filter="township"] input[value="140902102"]')?.click();
    expect(store.get().townships).toEqual(['140902102']);
    expect(panel.querySelector<HTMLDetailsElement>('details[data-filter="township"]')?.open).toBe(true);
  });
});

describe('总览', () => {
  const plan = JSON.parse(readFileSync(join(import.meta.dirname, '../../seeds/plan/plan.json'), 'utf8')) as Plan;
  const tracked = {
    ...plan,
    tasks: plan.tasks.map((t) => ({ ...t, status: 'in-progress', progressNote: null, statusProvenance: 'synthetic' })),
  } as PlanResponse;
  const pollutant = (p: PollutantEvaluation['pollutant'], value: number, progress: PollutantEvaluation['progress']) =>
    ({ pollutant: p, value, provisionalValue: null, progress }) as PollutantEvaluation;
  const evaluation = {
    hasData: true,
    pollutants: [
      pollutant('SO2', 10.4, 'fail'),
      pollutant('NO2', 30, 'pass'),
      pollutant('PM10', 69, 'at-risk'),
      pollutant('PM2.5', 41.2, 'fail'),
      pollutant('CO', 1.4, 'pass'),
      pollutant('O3', 150, 'pass'),
    ],
  } as AqEvaluationResponse;
  const standing: OverviewStanding = { to: '2023-12-31', evaluation, openAlerts: 42, tasks: null };
  const legend = () => document.createElement('div');

  it('shows where each target stands (year-to-date figure and 达标/临界/超标) and the open alerts', () => {
    const panel = document.createElement('aside');
    const dustfall = [f('D1', { value: 8 }), f('D2', { value: 7 })];
    renderDashboard(panel, tracked, 'zh', null, { standing, dustfall, legend: legend() });
    const state = (id: string) => panel.querySelector(`[data-target="${id}"] .target-standing`)?.textContent;
    expect(state('pm25-annual')).toBe('41.2 µg/m³ · 超标');
    expect(state('pm10-annual')).toBe('69 µg/m³ · 临界');
    expect(state('so2-annual')).toBe('10.4 µg/m³ · 超标');
    expect(state('no2-annual')).toBe('30 µg/m³ · 达标');
    expect(state('co-p95-24h')).toBe('1.4 mg/m³ · 达标');
    expect(state('dustfall-monthly')).toBe('7.5 吨/(平方公里·月) · 超标');
    expect(panel.querySelector('[data-open-alerts]')?.textContent).toContain('未办结告警 42 条');
    expect(englishLeaks(panel.textContent ?? '')).toEqual([]);
  });

  it('shows each target’s strength, the tasks’ dates as the plan writes them, lateness and conflicts', () => {
    const panel = document.createElement('aside');
    const rows: TasksResponse['tasks'] = tracked.tasks.map((t) => ({
      ...t,
      status: t.number === 4 ? 'done' : t.status,
      lateness: t.number === 3 ? 'missed-strive' : t.number === 13 ? 'overdue' : 'none',
      conflict: t.number === 4 ? [{ rule: 'boiler-survey-overdue', openHits: 4 }] : [],
      alerts: [],
      history: [],
    }));
    const withTasks = { ...standing, tasks: { at: '2023-12-31T23:00', tasks: rows } };
    renderDashboard(panel, tracked, 'zh', null, { standing: withTasks, dustfall: [], legend: legend() });
    const limit = (id: string) => panel.querySelector(`[data-target="${id}"] .target-limit`)?.textContent;
    expect(limit('pm25-annual')).toBe('力争 ≤ 35 µg/m³');
    expect(limit('dustfall-monthly')).toBe('不得高于 7 吨/(平方公里·月)');
    const timing = (n: number) => panel.querySelector(`#task-${n} [data-timing]`)?.textContent;
    expect(timing(3)).toBe('时限：2023-06-30（力争）');
    expect(timing(4)).toBe('时限：2023-06-30');
    expect(timing(14)).toBe('时限：5–9月 每日10–16时');
    expect(timing(15)).toBe('时限：2023-10-01 — 2024-03-31（约定）');
    expect(panel.querySelector('#task-15 [data-convention]')?.textContent).toBe(
      '约定：规划未写起止日期，按秋冬季攻坚通行约定 10月1日—次年3月31日',
    );
    const status = (n: number) => panel.querySelector(`#task-${n} .status`)?.textContent;
    expect(status(3)).toBe('未按期（力争）');
    expect(status(13)).toBe('逾期');
    expect(status(4)).toBe('已完成（与规则结果冲突：4项未办结）');
    expect(status(1)).toBe('推进中');
  });

  it('has the legend of the map', () => {
    const panel = document.createElement('aside');
    const element = document.createElement('div');
    element.setAttribute('data-map-legend', '');
    renderDashboard(panel, tracked, 'zh', null, { standing: null, dustfall: [], legend: element });
    expect(panel.querySelector('[data-map-legend]')).not.toBeNull();
  });
});
