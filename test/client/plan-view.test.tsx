// A component test in Node with a happy-dom document (installDom): the console's data come from the real app served
// in process; the plan's register and text from a small fixture in the contract's shape (plan-requirements.ts).
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ViewMount } from '../../client/app.ts';
import { createApp } from '../../server/app.ts';
import {
  type PlanDocumentResponse,
  planDocumentResponseSchema,
  type Requirement,
  type RequirementsResponse,
  requirementsResponseSchema,
} from '../../server/schema/plan-requirements.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { createTestConsole, installDom, readableLines, waitFor } from '../helpers/console-context.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const none = { lead: [], cooperating: [], responsible: [] };
const requirements: Requirement[] = [
  {
    id: 'G1',
    part: '二、主要目标',
    task: null,
    quote: '坚决完成市政府下达我区年度约束性指标',
    kind: 'target',
    strength: '坚决',
    units: none,
    status: 'covered',
    supports: [
      { kind: 'indicator', id: 'city-indicators' },
      { kind: 'target', id: 'pm25-annual' },
    ],
    gap: null,
  },
  {
    id: 'T10.1',
    part: '三、重点任务',
    task: 10,
    quote: '禁止使用排放不达标的非道路移动机械',
    kind: 'control',
    strength: '禁止',
    units: { lead: ['市生态环境局忻府分局'], cooperating: ['区住建局'], responsible: ['各乡（镇）人民政府'] },
    status: 'partial',
    supports: [
      { kind: 'layer', id: 'machines' },
      { kind: 'rule', id: 'nrmm-banned-in-zone' },
      { kind: 'report', id: 'monthly' },
      { kind: 'api', id: 'GET /api/rules' },
    ],
    gap: { zh: '尚无机械进出场登记。', en: 'No record of machines entering or leaving sites.' },
  },
  {
    id: 'T10.2',
    part: '三、重点任务',
    task: 10,
    quote: '开展机动车尾气路检路查',
    kind: 'obligation',
    strength: null,
    units: { lead: ['市公安局忻府分局'], cooperating: ['市生态环境局忻府分局'], responsible: [] },
    status: 'missing',
    supports: [],
    gap: { zh: '控制台没有路检记录。', en: 'The console holds no roadside checks.' },
  },
  {
    id: 'S1',
    part: '五、保障措施',
    task: null,
    quote: '压实各级责任',
    kind: 'safeguard',
    strength: null,
    units: { lead: [], cooperating: [], responsible: ['各乡（镇）人民政府'] },
    status: 'covered',
    supports: [{ kind: 'view', id: 'tasks' }],
    gap: null,
  },
];
const register: RequirementsResponse = requirementsResponseSchema.parse({
  requirements,
  counts: { covered: 2, partial: 1, missing: 1 },
});
const structure = (text: string) => ({ text, requirement: null, role: 'structure' as const });
const preamble = (text: string) => ({ text, requirement: null, role: 'preamble' as const });
const quoted = (id: string) => ({
  text: requirements.find((r) => r.id === id)?.quote ?? '',
  requirement: id,
  role: 'requirement' as const,
});
const planDocument: PlanDocumentResponse = planDocumentResponseSchema.parse({
  titleZh: '忻府区空气质量再提升2023年行动计划',
  issuedBy: '忻州市忻府区人民政府办公室',
  issued: '2023-05-05',
  paragraphs: [
    { kind: 'part', task: null, spans: [structure('一、指导思想')] },
    { kind: 'paragraph', task: null, spans: [preamble('以习近平生态文明思想为指导。')] },
    { kind: 'part', task: null, spans: [structure('二、主要目标')] },
    { kind: 'paragraph', task: null, spans: [quoted('G1'), preamble('。')] },
    { kind: 'part', task: null, spans: [structure('三、重点任务')] },
    { kind: 'section', task: null, spans: [structure('（四）全面推动运输结构调整')] },
    {
      kind: 'paragraph',
      task: 10,
      spans: [structure('10、'), quoted('T10.1'), preamble('，'), quoted('T10.2'), preamble('。')],
    },
    { kind: 'part', task: null, spans: [structure('五、保障措施')] },
    { kind: 'paragraph', task: null, spans: [structure('（一）'), quoted('S1'), preamble('。')] },
  ],
});

let seeded: ReturnType<typeof createSeededDbFile>;
let caller: Caller;
let dom: ReturnType<typeof installDom>;
let mountPlanView: ViewMount;
let dispose: (() => void) | null = null;
/** Set to make the register's request fail with this status. */
let failRegister: number | null = null;

beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.25 });
  caller = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  dom = installDom();
  ({ mountPlanView } = await import('../../client/views/plan/plan-view.tsx'));
}, 60_000);
afterAll(() => {
  dom.uninstall();
  seeded.dispose();
});
afterEach(() => {
  act(() => dispose?.());
  dispose = null;
  failRegister = null;
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function mountPlan(state: Parameters<typeof createTestConsole>[1] = {}) {
  const harness = await createTestConsole(caller, { view: 'plan', ...state });
  // the plan's two routes answer from the fixture; every other request goes to the app as before
  const served = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (path.endsWith('/api/plan/requirements')) {
      harness.paths.push(path);
      return failRegister
        ? json({ error: { code: 'internal_error', message: 'register unreadable' } }, failRegister)
        : json(register);
    }
    if (path.endsWith('/api/plan/document')) {
      harness.paths.push(path);
      return json(planDocument);
    }
    return served(input, init);
  });
  act(() => {
    dispose = mountPlanView(harness.context);
  });
  return harness;
}

const panelOf = (harness: Awaited<ReturnType<typeof mountPlan>>) => harness.context.panel;
const reqSpan = (panel: HTMLElement, id: string) => {
  const span = panel.querySelector<HTMLElement>(`[data-req="${id}"]`);
  if (!span) throw new Error(`no span for ${id}`);
  return span;
};
const click = (element: Element) =>
  act(() => {
    element.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }) as unknown as Event);
  });
const choose = (select: HTMLSelectElement, value: string) =>
  act(() => {
    select.value = value;
    select.dispatchEvent(new dom.window.Event('change', { bubbles: true }) as unknown as Event);
  });

describe('计划 view (component)', () => {
  it('shows the whole text, each requirement highlighted by its status with a mark and its id', async () => {
    const harness = await mountPlan();
    const panel = panelOf(harness);
    await waitFor(() => expect(panel.querySelector('[data-plan-view]')).not.toBeNull());
    expect(harness.paths).toEqual(['/api/plan/requirements', '/api/plan/document']);
    const spans = [...panel.querySelectorAll<HTMLElement>('[data-req]')];
    expect(spans.map((s) => [s.dataset.req, s.dataset.status])).toEqual([
      ['G1', 'covered'],
      ['T10.1', 'partial'],
      ['T10.2', 'missing'],
      ['S1', 'covered'],
    ]);
    expect(reqSpan(panel, 'T10.1').classList.contains('plan-req-partial')).toBe(true);
    expect(reqSpan(panel, 'T10.2').classList.contains('plan-req-missing')).toBe(true);
    // colour is not the only carrier: a mark and the id beside each quote
    expect(reqSpan(panel, 'T10.1').querySelector('sup')?.textContent).toBe('△T10.1');
    expect(reqSpan(panel, 'T10.2').querySelector('sup')?.textContent).toBe('✗T10.2');
    // the text stays whole: the plain runs (headings, preamble, unit lists) are there, unhighlighted
    const text = panel.querySelector('[data-plan-text]');
    expect(text?.querySelector('h3')?.textContent).toBe('一、指导思想');
    expect(text?.querySelector('h4')?.textContent).toBe('（四）全面推动运输结构调整');
    expect(text?.querySelector('[data-task="10"]')?.textContent).toBe(
      '10、禁止使用排放不达标的非道路移动机械△T10.1，开展机动车尾气路检路查✗T10.2。',
    );
    // the summary bar shows the API's counts
    const counts = [...panel.querySelectorAll<HTMLElement>('[data-plan-count]')].map((b) => [
      b.dataset.planCount,
      b.querySelector('strong')?.textContent,
    ]);
    expect(counts).toEqual([
      ['covered', '2'],
      ['partial', '1'],
      ['missing', '1'],
    ]);
    expect(panel.querySelector('[data-plan-card]')).toBeNull();
    // no English in the Chinese view
    const leaks = readableLines(panel).flatMap((line) => englishLeaks(line));
    expect(leaks).toEqual([]);
  }, 60_000);

  it('dims what the filters leave out, counts filtered against total; the summary bar filters by status', async () => {
    const harness = await mountPlan();
    const panel = panelOf(harness);
    const { store } = harness.context;
    await waitFor(() => expect(panel.querySelector('[data-plan-view]')).not.toBeNull());
    const dimmed = () =>
      [...panel.querySelectorAll<HTMLElement>('[data-req]')]
        .filter((s) => s.dataset.dimmed === 'true')
        .map((s) => s.dataset.req);
    expect(dimmed()).toEqual([]);
    const task = panel.querySelector<HTMLSelectElement>('[data-plan-filter="task"]');
    if (!task) throw new Error('no task filter');
    expect([...task.options].map((o) => o.textContent)).toEqual([
      '全部',
      '主要目标',
      ...Array.from({ length: 17 }, (_, i) => `任务${i + 1}`),
      '保障措施',
    ]);
    choose(task, '10');
    expect(store.get().planTask).toBe('10');
    expect(dimmed()).toEqual(['G1', 'S1']);
    expect(reqSpan(panel, 'G1').classList.contains('plan-dim')).toBe(true);
    // filtered and total side by side
    expect(panel.querySelector('[data-plan-count="covered"] strong')?.getAttribute('data-count')).toBe('0/2');
    expect(panel.querySelector('[data-plan-count="partial"] strong')?.textContent).toBe('1 / 1');
    expect(panel.querySelector('[data-plan-shown]')?.getAttribute('data-plan-shown')).toBe('2');
    // the text stays whole
    expect(panel.querySelectorAll('[data-req]').length).toBe(4);

    // the status filter from the summary bar, and off again
    const missing = panel.querySelector('[data-plan-count="missing"]');
    if (!missing) throw new Error('no missing count');
    click(missing);
    expect(store.get().planStatus).toBe('missing');
    expect(missing.getAttribute('aria-pressed')).toBe('true');
    expect(dimmed()).toEqual(['G1', 'T10.1', 'S1']);
    click(missing);
    expect(store.get().planStatus).toBeNull();

    // every unit named by any requirement, once; choosing one dims the rest
    const unit = panel.querySelector<HTMLSelectElement>('[data-plan-filter="unit"]');
    if (!unit) throw new Error('no unit filter');
    expect([...unit.options].map((o) => o.value)).toEqual([
      '',
      '市生态环境局忻府分局',
      '区住建局',
      '各乡（镇）人民政府',
      '市公安局忻府分局',
    ]);
    choose(task, '');
    choose(unit, '各乡（镇）人民政府');
    expect(store.get().planUnit).toBe('各乡（镇）人民政府');
    expect(dimmed()).toEqual(['G1', 'T10.2']);
    const clear = panel.querySelector('[data-plan-clear]');
    if (!clear) throw new Error('no clear button');
    click(clear);
    expect(store.get()).toMatchObject({ planTask: null, planUnit: null, planStatus: null });
    expect(dimmed()).toEqual([]);
  }, 60_000);

  it('opens a requirement on click: its facts, gap and supports; a support jumps', async () => {
    const harness = await mountPlan({ asOf: '2023-06-15T14:00' });
    const panel = panelOf(harness);
    const { store } = harness.context;
    await waitFor(() => expect(panel.querySelector('[data-plan-view]')).not.toBeNull());
    click(reqSpan(panel, 'T10.1'));
    expect(store.get().planReq).toBe('T10.1');
    const card = panel.querySelector<HTMLElement>('[data-plan-card="T10.1"]');
    if (!card) throw new Error('no card');
    // the card opens under the requirement's paragraph
    expect(card.previousElementSibling?.getAttribute('data-task')).toBe('10');
    expect(card.querySelector('[data-kind]')?.textContent).toBe('管控要求');
    expect(card.querySelector('[data-strength]')?.textContent).toBe('禁止');
    expect(card.querySelector('[data-units="lead"]')?.textContent).toBe('市生态环境局忻府分局');
    expect(card.querySelector('[data-units="responsible"]')?.textContent).toBe('各乡（镇）人民政府');
    expect(card.querySelector('[data-card-status]')?.textContent).toContain('部分覆盖');
    expect(card.querySelector('[data-gap]')?.textContent).toBe('尚缺：尚无机械进出场登记。');
    const supports = [...card.querySelectorAll<HTMLElement>('[data-support]')];
    expect(supports.map((s) => [s.tagName.toLowerCase(), s.textContent])).toEqual([
      ['button', '图层 · 非道路移动机械'],
      ['button', '规则 · 控制区内使用禁用非道路移动机械'],
      ['a', '报告 · 月度报告'],
      ['span', '接口 · GET /api/rules（数据接口，无页面可跳转）'],
    ]);
    // the report of the as-of month opens beside the console
    expect(card.querySelector('a[data-support]')?.getAttribute('href')).toBe(
      '/api/reports/monthly?month=2023-06&lang=zh',
    );
    expect(card.querySelector('a[data-support]')?.getAttribute('target')).toBe('_blank');

    // a layer: 图层 with that layer shown
    act(() => store.update({ layers: ['townships', 'stations'] }));
    click(card.querySelector('[data-support="layer:machines"]') as Element);
    expect(store.get().view).toBe('layers');
    expect(store.get().layers).toEqual(['townships', 'machines', 'stations']);
    // the selection stays in the state: back in 计划 the card is open again
    expect(store.get().planReq).toBe('T10.1');
    act(() => store.update({ view: 'plan' }));
    click(panel.querySelector('[data-support="rule:nrmm-banned-in-zone"]') as Element);
    expect(store.get().view).toBe('alerts');
    // …narrowed to that rule's alerts
    expect(store.get().alertRule).toBe('nrmm-banned-in-zone');
    act(() => store.update({ alertRule: null }));

    // a missing requirement says so, with nothing to jump to
    act(() => store.update({ view: 'plan' }));
    click(reqSpan(panel, 'T10.2'));
    expect(panel.querySelector('[data-plan-card="T10.1"]')).toBeNull();
    const missing = panel.querySelector('[data-plan-card="T10.2"]');
    expect(missing?.querySelector('[data-no-supports]')?.textContent).toBe('控制台尚无任何手段监管此项要求。');
    expect(missing?.querySelector('[data-gap]')?.textContent).toContain('控制台没有路检记录');
    // targets and indicators lead to 总览; a view support to that view
    click(reqSpan(panel, 'G1'));
    click(panel.querySelector('[data-support="indicator:city-indicators"]') as Element);
    expect(store.get().view).toBe('overview');
    act(() => store.update({ view: 'plan', planReq: 'S1' }));
    expect(panel.querySelector('[data-support="view:tasks"]')?.textContent).toBe('视图 · 任务');
    click(panel.querySelector('[data-support="view:tasks"]') as Element);
    expect(store.get().view).toBe('tasks');
    // clicking the selected requirement again, or 关闭, closes the card
    act(() => store.update({ view: 'plan' }));
    click(panel.querySelector('[data-plan-close]') as Element);
    expect(store.get().planReq).toBeNull();
    expect(panel.querySelector('[data-plan-card]')).toBeNull();
  }, 60_000);

  it('opens on the selection and filters of the URL, and speaks English in English', async () => {
    const harness = await mountPlan({ lang: 'en', planReq: 'T10.2', planTask: '10' });
    const panel = panelOf(harness);
    await waitFor(() => expect(panel.querySelector('[data-plan-card="T10.2"]')).not.toBeNull());
    expect(panel.querySelector('h2')?.textContent).toBe('The plan');
    expect(panel.querySelector('[data-plan-count="missing"]')?.textContent).toBe('✗Not covered1 of 1');
    const card = panel.querySelector('[data-plan-card="T10.2"]');
    expect(card?.getAttribute('lang')).toBe('en');
    expect(card?.querySelector('[data-gap]')?.textContent).toBe(
      'What is missing: The console holds no roadside checks.',
    );
    expect(card?.querySelector('[data-kind]')?.textContent).toBe('Obligation');
    // the plan's own text stays as published
    expect(panel.querySelector('[data-plan-text]')?.getAttribute('lang')).toBe('zh-CN');
    expect(reqSpan(panel, 'G1').dataset.dimmed).toBe('true');
  }, 60_000);

  it('lists the requirements the filters keep, as an alternative to the text', async () => {
    const harness = await mountPlan({ planStatus: 'covered' });
    const panel = panelOf(harness);
    const { store } = harness.context;
    await waitFor(() => expect(panel.querySelector('[data-plan-text]')).not.toBeNull());
    click(panel.querySelector('[data-plan-mode="list"]') as Element);
    expect(store.get().planList).toBe(true);
    expect(panel.querySelector('[data-plan-text]')).toBeNull();
    const rows = () => [...panel.querySelectorAll<HTMLElement>('[data-req-row]')].map((r) => r.dataset.reqRow);
    expect(rows()).toEqual(['G1', 'S1']);
    expect(panel.querySelector('[data-req-row="S1"]')?.textContent).toBe('✓ 已覆盖 S1 保障措施压实各级责任');
    click(panel.querySelector('[data-req-row="S1"]') as Element);
    expect(store.get().planReq).toBe('S1');
    expect(panel.querySelector('[data-plan-card="S1"]')?.previousElementSibling?.getAttribute('data-req-row')).toBe(
      'S1',
    );
    act(() => store.update({ planStatus: 'missing' }));
    expect(rows()).toEqual(['T10.2']);
    // the selected requirement, filtered out of the list, keeps its card above it
    expect(panel.querySelector('[data-plan-card="S1"]')?.nextElementSibling?.hasAttribute('data-plan-list')).toBe(true);
    act(() => store.update({ planTask: 'goals' }));
    expect(panel.querySelector('[data-plan-list-empty]')?.textContent).toBe('没有符合筛选条件的要求。');
    click(panel.querySelector('[data-plan-mode="text"]') as Element);
    expect(store.get().planList).toBe(false);
    expect(panel.querySelectorAll('[data-req]').length).toBe(4);
  }, 60_000);

  it('shows what failed with a retry, then the plan once the retry succeeds', async () => {
    failRegister = 500;
    const harness = await mountPlan();
    const panel = panelOf(harness);
    await waitFor(() => expect(panel.querySelector('[data-plan-error]')).not.toBeNull());
    expect(panel.querySelector('[data-plan-failed="requirements"]')?.textContent).toBe(
      '要求登记加载失败：服务器内部错误',
    );
    expect(panel.querySelector('[data-plan-failed="document"]')).toBeNull();
    failRegister = null;
    click(panel.querySelector('[data-action="retry"]') as Element);
    await waitFor(() => expect(panel.querySelectorAll('[data-req]').length).toBe(4));
  }, 60_000);
});
