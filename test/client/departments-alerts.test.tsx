// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AlertDepartment, DepartmentFilter } from '../../client/views/departments/alert-department.tsx';
import { forgetDepartmentOptions } from '../../client/views/departments/department-choices.ts';
import { ledgerAlert } from './alerts-fixtures.ts';
import { departmentSummary, json, stubApi } from './departments-fixtures.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const mount = () => {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
};
afterEach(() => {
  document.body.replaceChildren();
  forgetDepartmentOptions();
});
afterAll(() => vi.unstubAllGlobals());
const admin = { id: 1, username: 'admin', displayName: '管理员', role: 'admin', townships: [] };
const departments = {
  asOf: 'x',
  departments: [
    departmentSummary('eco-env', { name: '市生态环境局忻府分局' }),
    departmentSummary('housing', { name: '区住建局' }),
  ],
  unmappedUnits: [],
};
const ecoEnv = { id: 'eco-env', name: '市生态环境局忻府分局', nameEn: 'Eco-environment' };

describe('告警: 责任部门', () => {
  it('names the department, by default the task’s lead unit, or routed', async () => {
    await stubApi(admin, { '/api/departments': departments });
    const root = mount();
    act(() =>
      render(
        <>
          <AlertDepartment
            alert={ledgerAlert(1, { department: ecoEnv, routed: 'default' })}
            lang="zh"
            canRoute={false}
          />
          <AlertDepartment
            alert={ledgerAlert(2, { department: ecoEnv, routed: 'explicit' })}
            lang="zh"
            canRoute={false}
          />
          <AlertDepartment alert={ledgerAlert(3, { department: null, routed: null })} lang="zh" canRoute={false} />
          <AlertDepartment alert={ledgerAlert(4)} lang="zh" canRoute={false} />
        </>,
        root,
      ),
    );
    const shown = [...root.querySelectorAll('[data-alert-department]')].map((e) => e.textContent);
    expect(shown).toEqual([
      '责任部门：市生态环境局忻府分局（按任务牵头单位）',
      '责任部门：市生态环境局忻府分局（已转交）',
      '责任部门：未定',
    ]);
    expect(root.querySelector('select')).toBeNull();
  });

  it('routes to another department with PUT /api/alerts/:id/department, or back to the default', async () => {
    const bodies: unknown[] = [];
    await stubApi(admin, {
      '/api/departments': departments,
      '/api/alerts/2/department': (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return json(ledgerAlert(2, { department: { id: 'housing', name: '区住建局', nameEn: 'Housing' } }));
      },
    });
    const onRouted = vi.fn();
    const root = mount();
    const alert = ledgerAlert(2, { department: ecoEnv, routed: 'explicit' });
    act(() => render(<AlertDepartment alert={alert} lang="zh" canRoute={true} onRouted={onRouted} />, root));
    await flush();
    const select = root.querySelector('select[data-input="department"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['转交部门', '恢复为任务牵头单位', '区住建局']);
    select.value = 'housing';
    act(() => void select.dispatchEvent(new Event('change')));
    await flush();
    select.value = '-default';
    act(() => void select.dispatchEvent(new Event('change')));
    await flush();
    expect(bodies).toEqual([{ departmentId: 'housing' }, { departmentId: null }]);
    expect(onRouted).toHaveBeenCalledTimes(2);
  });

  it('shows a refused route beside the select', async () => {
    await stubApi(admin, {
      '/api/departments': departments,
      '/api/alerts/2/department': () => json({ error: { code: 'forbidden', message: 'no' } }, 403),
    });
    const root = mount();
    const alert = ledgerAlert(2, { department: ecoEnv, routed: 'default' });
    act(() => render(<AlertDepartment alert={alert} lang="zh" canRoute={true} onRouted={() => undefined} />, root));
    await flush();
    const select = root.querySelector('select[data-input="department"]') as HTMLSelectElement;
    select.value = 'housing';
    act(() => void select.dispatchEvent(new Event('change')));
    await flush();
    expect(root.querySelector('[data-action-error="department"]')?.textContent).toBe('转交失败：无此权限');
  });

  it('filters by department, the own one marked', async () => {
    await stubApi(admin, { '/api/departments': departments });
    const onChange = vi.fn();
    const root = mount();
    act(() => render(<DepartmentFilter lang="zh" value="" own="housing" onChange={onChange} />, root));
    await flush();
    const select = root.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '全部部门',
      '市生态环境局忻府分局',
      '区住建局 · 本部门',
    ]);
    select.value = 'eco-env';
    act(() => void select.dispatchEvent(new Event('change')));
    expect(onChange).toHaveBeenCalledWith('eco-env');
  });
});
