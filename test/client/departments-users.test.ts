// @vitest-environment happy-dom
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { renderUsersPanel } from '../../client/panels/users-panel.ts';
import { forgetDepartmentOptions } from '../../client/views/departments/department-choices.ts';
import { departmentBody, departmentSelect } from '../../client/views/departments/department-select.ts';
import { departmentSummary, json, stubApi } from './departments-fixtures.ts';

const flush = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => {
  document.body.replaceChildren();
  forgetDepartmentOptions();
});
afterAll(() => vi.unstubAllGlobals());
const admin = { id: 1, username: 'admin', displayName: '管理员', role: 'admin', townships: [] };
const departments = {
  asOf: 'x',
  departments: [departmentSummary('eco-env', { name: '市生态环境局忻府分局' }), departmentSummary('housing')],
  unmappedUnits: [],
};
const user = {
  ...admin,
  id: 7,
  username: 'zhujian',
  displayName: '住建',
  role: 'official',
  department: { id: 'housing', name: '区住建局', nameEn: 'Housing' },
  disabled: false,
  demo: false,
  createdAt: '2023-01-01T00:00:00.000Z',
  updatedAt: '2023-01-01T00:00:00.000Z',
};

describe('accounts: the department', () => {
  it('offers 未分配部门 and every department, and sends nothing until they are read', async () => {
    await stubApi(admin, { '/api/departments': departments });
    const select = departmentSelect('zh', 'housing', { 'data-x': '' });
    expect(departmentBody(select)).toEqual({});
    await flush();
    await flush();
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '未分配部门',
      '市生态环境局忻府分局',
      '部门housing',
    ]);
    expect(departmentBody(select)).toEqual({ departmentId: 'housing' });
    select.value = '';
    expect(departmentBody(select)).toEqual({ departmentId: null });
  });

  it('keeps the user’s department as it is when the departments cannot be read', async () => {
    await stubApi(admin, { '/api/departments': () => json({ error: { code: 'internal_error', message: 'x' } }, 500) });
    const select = departmentSelect('zh', 'housing', {});
    await flush();
    await flush();
    expect(departmentBody(select)).toEqual({});
  });

  it('shows each account’s department and sends the chosen one on a new account', async () => {
    let created: unknown = null;
    await stubApi(admin, {
      '/api/departments': departments,
      '/api/users': (init) => {
        if (init?.method === 'POST') created = JSON.parse(String(init.body));
        return json(init?.method === 'POST' ? user : { users: [user] });
      },
    });
    const container = document.createElement('div');
    document.body.append(container);
    renderUsersPanel(container, 'zh', []);
    for (let i = 0; i < 4; i++) await flush();
    expect(container.querySelector('[data-user-row="zhujian"] .users-department')?.textContent).toBe('区住建局');
    const form = container.querySelector('form[data-user-create]') as HTMLFormElement;
    (form.querySelector('[data-new-username]') as HTMLInputElement).value = 'wangwu';
    (form.querySelector('[data-new-name]') as HTMLInputElement).value = '王五';
    (form.querySelector('[data-new-password]') as HTMLInputElement).value = 'a-long-password-1';
    (form.querySelector('[data-new-department]') as HTMLSelectElement).value = 'eco-env';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(created).toMatchObject({ username: 'wangwu', departmentId: 'eco-env' });
  });
});
