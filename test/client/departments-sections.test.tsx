// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { validFundAmounts } from '../../client/views/departments/fund-form.tsx';
import { FundsSection } from '../../client/views/departments/funds-section.tsx';
import { leaderRoster } from '../../client/views/departments/leader-form.tsx';
import { LeadersSection } from '../../client/views/departments/leaders-section.tsx';
import { validProgress } from '../../client/views/departments/plan-progress.tsx';
import { filterPlanItems } from '../../client/views/departments/plans-filter.ts';
import { PlansSection } from '../../client/views/departments/plans-section.tsx';
import {
  departmentSummary,
  fund,
  fundsResponse,
  json,
  leadersResponse,
  planItem,
  sectionContext,
  stubApi,
} from './departments-fixtures.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const mount = () => {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
};
afterEach(() => document.body.replaceChildren());
afterAll(() => vi.unstubAllGlobals());
const admin = { id: 1, username: 'admin', displayName: '管理员', role: 'admin', townships: [] };
const housingOfficial = {
  id: 2,
  username: 'zhujian',
  displayName: '住建',
  role: 'official',
  townships: [],
  department: { id: 'housing', name: '区住建局', nameEn: 'Housing' },
};
const departmentsBody = {
  asOf: 'x',
  departments: [departmentSummary('eco-env'), departmentSummary('housing')],
  unmappedUnits: [],
};

describe('第一责任人', () => {
  it('lists each township’s party secretary and government head, synthetic marked, editable for admins', async () => {
    await stubApi(admin, { '/api/departments/leaders': leadersResponse() });
    const root = mount();
    act(() => render(<LeadersSection context={sectionContext().context} lang="zh" asOf={null} />, root));
    await flush();
    const row = root.querySelector('tr[data-leader-row="140902001"]');
    expect(row?.querySelector('[data-leader="party-secretary"]')?.textContent).toBe(
      '王建国 · 党工委书记 · 任职起 2022-01-01 演示数据（合成）',
    );
    expect(root.querySelector('tr[data-leader-row="140902100"]')?.textContent).toContain('未登记');
    (root.querySelector('[data-leader-edit="140902100"]') as HTMLButtonElement).click();
    await flush();
    expect(root.querySelector('form[data-leader-form="140902100"]')).not.toBeNull();
  });

  it('offers no edit to a user without `edit`', async () => {
    await stubApi(housingOfficial, { '/api/departments/leaders': leadersResponse() });
    const root = mount();
    act(() => render(<LeadersSection context={sectionContext().context} lang="zh" asOf={null} />, root));
    await flush();
    expect(root.querySelector('[data-leaders-table]')).not.toBeNull();
    expect(root.querySelector('[data-leader-edit]')).toBeNull();
  });

  it('sends both first responsible persons and keeps the deputy; refuses a half-filled person', () => {
    const deputy = { ...leadersResponse().townships[0]!.leaders[0]!, role: 'deputy-in-charge' as const, name: '赵' };
    const entry = { name: ' 王 ', post: '党委书记', since: '2023-05-01' };
    expect(leaderRoster({ 'party-secretary': entry }, [deputy])).toEqual({
      leaders: [
        { role: 'party-secretary', name: '王', post: '党委书记', since: '2023-05-01' },
        { role: 'deputy-in-charge', name: '赵', post: '党工委书记', since: '2022-01-01' },
      ],
    });
    expect(leaderRoster({ 'party-secretary': { ...entry, post: ' ' } }, [])).toBeNull();
    expect(leaderRoster({}, [deputy])).toBeNull();
  });
});

describe('年度计划', () => {
  const items = [
    planItem(1, { overdue: true }),
    planItem(2, { status: 'done', progress: 100, doneOn: '2023-05-01' }),
    planItem(3, { departmentId: 'housing', departmentName: '区住建局', dueOn: '2023-03-31' }),
    planItem(4, { year: 2022 }),
  ];

  it('filters by department, year, status and overdue, and counts what it keeps', () => {
    const all = { department: '', year: 2023, status: '', overdueOnly: false } as const;
    expect(filterPlanItems(items, all)).toMatchObject({ done: 1, overdue: 1 });
    expect(filterPlanItems(items, all).shown.map((i) => i.id)).toEqual([1, 2, 3]);
    expect(filterPlanItems(items, { ...all, department: 'housing' }).shown.map((i) => i.id)).toEqual([3]);
    expect(filterPlanItems(items, { ...all, overdueOnly: true }).shown.map((i) => i.id)).toEqual([1]);
    expect(filterPlanItems(items, { ...all, status: 'done' }).shown.map((i) => i.id)).toEqual([2]);
    expect(filterPlanItems(items, { ...all, year: 2022 }).shown.map((i) => i.id)).toEqual([4]);
  });

  it('takes a whole percent from 0 to 100 only', () => {
    expect(['0', '100', '55'].map(validProgress)).toEqual([true, true, true]);
    expect(['101', '-1', '5.5', '', 'abc'].map(validProgress)).toEqual([false, false, false, false, false]);
  });

  it('lets the item’s own department edit progress, not others; no new item form for them', async () => {
    let patched: unknown = null;
    await stubApi(housingOfficial, {
      '/api/departments/plan-items/3': (init) => {
        patched = JSON.parse(String(init?.body));
        return json(planItem(3, { progress: 80 }));
      },
      '/api/departments/plan-items': { asOf: 'x', items },
      '/api/departments': departmentsBody,
    });
    const root = mount();
    act(() => render(<PlansSection context={sectionContext().context} lang="zh" asOf="2023-12-31T23:00" />, root));
    await flush();
    expect(root.querySelector('[data-plan-total]')?.textContent).toBe('共 3 项，已完成 1 项，逾期 1 项');
    expect(root.querySelector('[data-plan-item="1"]')?.classList.contains('department-overdue-row')).toBe(true);
    expect(root.querySelector('[data-plan-item="1"] [data-progress-edit]')).toBeNull();
    const input = root.querySelector('[data-plan-item="3"] [data-progress-input]') as HTMLInputElement;
    input.value = '120';
    act(() => void input.dispatchEvent(new Event('input')));
    (root.querySelector('[data-plan-item="3"] [data-progress-save]') as HTMLButtonElement).click();
    await flush();
    expect(root.querySelector('[data-plan-item="3"] [role="alert"]')?.textContent).toBe('进度须为 0–100 的整数。');
    input.value = '80';
    act(() => void input.dispatchEvent(new Event('input')));
    (root.querySelector('[data-plan-item="3"] [data-progress-save]') as HTMLButtonElement).click();
    await flush();
    expect(patched).toEqual({ progress: 80 });
    expect(root.querySelector('[data-plan-item-form]')).toBeNull();
  });

  it('gives admins the new item form and every item’s progress', async () => {
    await stubApi(admin, {
      '/api/departments/plan-items': { asOf: 'x', items },
      '/api/departments': departmentsBody,
    });
    const root = mount();
    act(() => render(<PlansSection context={sectionContext().context} lang="zh" asOf={null} />, root));
    await flush();
    await flush();
    expect(root.querySelectorAll('[data-progress-edit]').length).toBe(3);
    expect(root.querySelector('[data-plan-item-form]')).not.toBeNull();
  });
});

describe('专项资金', () => {
  const funds = [
    fund(1),
    fund(2, { purpose: 'monitoring', amountWan: 50, disbursedWan: 50, status: 'completed' }),
    fund(3, { amountWan: 30, disbursedWan: 0, status: 'cancelled' }),
  ];

  it('totals by purpose and status in 万元 with the disbursed share', async () => {
    await stubApi(admin, { '/api/departments/funds': fundsResponse(funds), '/api/departments': departmentsBody });
    const root = mount();
    act(() => render(<FundsSection context={sectionContext().context} lang="zh" asOf={null} />, root));
    await flush();
    await flush();
    expect(root.querySelector('[data-fund-total]')?.textContent).toBe('共 2 项，150 万元，已拨付 75 万元');
    const cells = (selector: string) =>
      [...root.querySelectorAll(`${selector} th, ${selector} td`)].map((c) => c.textContent);
    expect(cells('[data-fund-purpose="loose-coal"]')).toEqual(['散煤治理', '1', '100', '25', '25%']);
    expect(cells('[data-fund-purpose="capacity"]')).toEqual(['监管能力建设', '0', '0', '0', '—']);
    expect(cells('[data-fund-status="cancelled"]')).toEqual(['已取消', '1', '30', '0', '0%']);
    expect(root.querySelector('[data-fund="2"]')?.textContent).toContain('100%');
    expect(root.querySelector('[data-fund="1"]')?.textContent).toContain('演示数据（合成）');
    expect(root.querySelector('[data-fund-form]')).not.toBeNull();
  });

  it('checks the amounts before sending', () => {
    expect(validFundAmounts('100', '')).toBe(true);
    expect(validFundAmounts('100', '100')).toBe(true);
    expect(validFundAmounts('100', '100.01')).toBe(false);
    expect(validFundAmounts('0', '')).toBe(false);
    expect(validFundAmounts('', '')).toBe(false);
    expect(validFundAmounts('50', '-1')).toBe(false);
  });

  it('shows no form to a user without `edit`', async () => {
    await stubApi(housingOfficial, {
      '/api/departments/funds': fundsResponse([]),
      '/api/departments': departmentsBody,
    });
    const root = mount();
    act(() => render(<FundsSection context={sectionContext().context} lang="zh" asOf={null} />, root));
    await flush();
    await flush();
    expect(root.textContent).toContain('尚无专项资金项目。');
    expect(root.querySelector('[data-fund-form]')).toBeNull();
  });
});
