// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DepartmentDetailPanel, type DetailLinks } from '../../client/views/departments/department-detail.tsx';
import { OwnersSection } from '../../client/views/departments/owners-section.tsx';
import { OwnersTable } from '../../client/views/departments/owners-table.tsx';
import { departmentSummary, ecoEnvDetail, json, sectionContext, stubApi } from './departments-fixtures.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const mount = () => {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
};
afterEach(() => document.body.replaceChildren());
afterAll(() => vi.unstubAllGlobals());

const departments = [
  departmentSummary('housing', { name: '区住建局', tasks: { lead: 3, cooperating: 1, responsible: 0 } }),
  departmentSummary('eco-env', {
    name: '市生态环境局忻府分局',
    kind: 'city-branch',
    openAlerts: 12,
    openCases: 4,
    overdueRectifications: 2,
    planItems: { total: 4, done: 1, overdue: 1, meanProgress: 50 },
    funds: { totalWan: 120.5, disbursedWan: 60 },
  }),
  departmentSummary('township-140902001', { name: '秀容街道办事处', kind: 'township', townshipCode: '140902001' }),
];

describe('部门职责: the departments table', () => {
  it('groups the departments by kind, the own department first and marked 本部门', () => {
    const root = mount();
    act(() =>
      render(<OwnersTable lang="zh" departments={departments} own="housing" onSelect={() => undefined} />, root),
    );
    const bodies = [...root.querySelectorAll('tbody')].map((b) => b.getAttribute('data-kind'));
    expect(bodies).toEqual(['own', 'city-branch', 'township']);
    const own = root.querySelector('tr[data-department-row="housing"]');
    expect(own?.textContent).toContain('本部门');
    expect(root.querySelector('tbody[data-kind="city-branch"]')?.textContent).toContain('市局驻区分局');
    expect(root.querySelector('tbody[data-kind="township"]')?.textContent).toContain('乡镇（街道）');
    expect(own?.querySelector('[data-count="tasks-led"]')?.textContent).toBe('3');
  });

  it('counts what each department owns, the overdue in the overdue colour and in words', () => {
    const root = mount();
    act(() => render(<OwnersTable lang="zh" departments={departments} own={null} onSelect={() => undefined} />, root));
    const row = root.querySelector('tr[data-department-row="eco-env"]');
    const cell = (name: string) => row?.querySelector(`[data-count="${name}"]`);
    expect(cell('open-alerts')?.textContent).toBe('12');
    expect(cell('open-cases')?.textContent).toBe('4');
    expect(cell('overdue-rectifications')?.textContent).toBe('2 逾期');
    expect(cell('overdue-rectifications')?.classList.contains('department-overdue')).toBe(true);
    expect(cell('plan-items')?.textContent).toBe('1/4 完成 · 逾期 1');
    expect(cell('plan-items')?.querySelector('.department-progress-bar')?.getAttribute('style')).toContain('25%');
    expect(cell('funds')?.textContent).toBe('120.5 万元');
    expect(root.querySelector('tbody[data-kind="own"]')).toBeNull();
  });

  it('says so when there are no departments', () => {
    const root = mount();
    act(() => render(<OwnersTable lang="zh" departments={[]} own={null} onSelect={() => undefined} />, root));
    expect(root.textContent).toBe('尚无部门数据。');
  });
});

describe('部门职责: one department', () => {
  const links = (): DetailLinks & { calls: string[] } => {
    const calls: string[] = [];
    return {
      calls,
      openTask: (n) => calls.push(`task ${n}`),
      openAlert: (a) => calls.push(`alert ${a.id}`),
      openCase: (id) => calls.push(`case ${id}`),
      enterpriseName: (id) => id,
    };
  };

  it('lists its tasks by role, open alerts, cases, plan items, the overdue marked; empty blocks in words', () => {
    const root = mount();
    const l = links();
    act(() => render(<DepartmentDetailPanel lang="zh" detail={ecoEnvDetail()} links={l} />, root));
    expect(root.querySelector('[data-task-role="lead"]')?.textContent).toContain('牵头单位：任务10 深化工业污染治理。');
    expect(root.querySelector('[data-task-role="cooperating"]')?.textContent).toContain('配合单位');
    expect(root.querySelector('[data-detail-block="alerts"]')?.textContent).toContain('转交至本部门');
    const caseItem = root.querySelector('[data-detail-block="cases"] li');
    expect(caseItem?.classList.contains('department-overdue')).toBe(true);
    expect(caseItem?.textContent).toContain('逾期');
    expect(caseItem?.textContent).toContain('甲建材 · 整改');
    expect(caseItem?.textContent).not.toContain('rectifying');
    expect(root.querySelector('[data-detail-plan="1"]')?.textContent).toContain('逾期');
    expect(root.querySelector('[data-detail-block="funds"]')?.textContent).toContain('没有专项资金项目。');
    expect(root.querySelector('[data-detail-block="requests"]')?.textContent).toContain('没有待答复的诉求。');
    (root.querySelector('[data-detail-task="10"]') as HTMLButtonElement).click();
    (root.querySelector('[data-detail-alert="31"]') as HTMLButtonElement).click();
    (root.querySelector('[data-detail-case]') as HTMLButtonElement).click();
    expect(l.calls).toEqual(['task 10', 'alert 31', 'case 5']);
  });
});

describe('部门职责: loading', () => {
  it('loads the list, opens a department and goes back; links open the other views', async () => {
    await stubApi(
      { id: 1, username: 'admin', displayName: '管理员', role: 'admin', townships: [] },
      { '/api/departments/eco-env': ecoEnvDetail(), '/api/departments': { asOf: 'x', departments, unmappedUnits: [] } },
    );
    const root = mount();
    const { context, update } = sectionContext();
    act(() => render(<OwnersSection context={context} lang="zh" asOf={null} />, root));
    expect(root.textContent).toContain('正在加载…');
    await flush();
    (root.querySelector('[data-department-open="eco-env"]') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(root.querySelector('[data-department-detail="eco-env"]')).not.toBeNull();
    (root.querySelector('[data-detail-alert="31"]') as HTMLButtonElement).click();
    expect(update).toHaveBeenLastCalledWith({
      view: 'alerts',
      alertRule: 'nrmm-banned-in-zone',
      townships: ['140902103'],
    });
    (root.querySelector('[data-detail-case]') as HTMLButtonElement).click();
    expect(update).toHaveBeenLastCalledWith({ view: 'enforcement', caseId: 5 });
    (root.querySelector('[data-department-back]') as HTMLButtonElement).click();
    await flush();
    expect(root.querySelector('[data-departments-table]')).not.toBeNull();
  });

  it('shows what failed with a retry that loads again', async () => {
    let fail = true;
    const mock = await stubApi(null, {
      '/api/departments': () =>
        fail
          ? json({ error: { code: 'internal_error', message: 'boom' } }, 500)
          : json({ asOf: 'x', departments, unmappedUnits: [] }),
    });
    const root = mount();
    const { context } = sectionContext();
    act(() => render(<OwnersSection context={context} lang="zh" asOf="2023-12-31T23:00" />, root));
    await flush();
    expect(root.querySelector('[data-load-error]')?.textContent).toContain('加载失败：服务器内部错误');
    expect(mock.mock.calls.some(([p]) => p === '/api/departments?asOf=2023-12-31T23%3A00')).toBe(true);
    fail = false;
    (root.querySelector('[data-retry]') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(root.querySelector('[data-departments-table]')).not.toBeNull();
  });
});
