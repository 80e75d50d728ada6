import type { UserRecord } from '../../server/schema/auth.ts';
import { roleLabels, roles, type Role } from '../../server/schema/enums/role.ts';
import type { UsersResponse } from '../../server/schema/users.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { sendJson } from '../api/send-json.ts';
import { session } from '../api/session.ts';
import { T } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';
import { h, present } from './dom.ts';

type Township = { code: string; name: string };

/** The request still in flight for each container, aborted when the panel is rendered again. */
const pending = new WeakMap<HTMLElement, AbortController>();

function roleSelect(lang: Language, value: Role, attributes: Record<string, string>): HTMLSelectElement {
  return h(
    'select',
    attributes,
    ...roles.map((role) => h('option', { value: role, selected: role === value }, roleLabels[role][lang])),
  );
}

/** A group of township checkboxes, each carrying `data-<attribute>="<code>"`. */
function townshipChecks(townships: Township[], selected: string[], attribute: string): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'users-townships' },
    ...townships.map((t) =>
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          value: t.code,
          [`data-${attribute}`]: t.code,
          checked: selected.includes(t.code),
        }),
        t.name,
      ),
    ),
  );
}

function checkedCodes(group: HTMLElement): string[] {
  return [...group.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((input) => input.value);
}

function errorLine(): HTMLParagraphElement {
  return h('p', { class: 'error', role: 'alert', hidden: true });
}

function showError(line: HTMLElement, message: string | null): void {
  line.textContent = message ?? '';
  line.hidden = message === null;
}

/**
 * The admin's 账号管理 panel: lists the accounts (GET /api/users) in a compact table with
 * enable/disable, inline password reset and role/township editing (PATCH /api/users/:id),
 * and a 新建账号 form below (POST /api/users). Server errors are shown inline; every write refreshes the list.
 * `townships` gives the 9-digit codes and names the checkboxes offer.
 * @example renderUsersPanel(panel, 'zh', [{ code: '140902100', name: '秀容街道' }]);
 */
export function renderUsersPanel(container: HTMLElement, lang: Language, townships: Township[]): void {
  const names = new Map(townships.map((t) => [t.code, t.name]));
  let editing: string | null = null;
  const status = errorLine();

  const patch = async (
    user: UserRecord,
    body: Record<string, unknown>,
    line: HTMLElement = status,
    done?: string,
  ): Promise<void> => {
    const result = await sendJson<UserRecord>('PATCH', `/api/users/${user.id}`, body);
    if (!result.ok) showError(line, `${user.username}：${result.error.message}`);
    else await load(done && `${user.username}：${done}`);
  };

  const editRow = (user: UserRecord): HTMLTableRowElement => {
    const name = h('input', {
      type: 'text',
      value: user.displayName,
      maxlength: '40',
      'data-edit-name': user.username,
      'aria-label': T(lang, '姓名', 'Name'),
    });
    const role = roleSelect(lang, user.role, {
      'data-edit-role': user.username,
      'aria-label': T(lang, '角色', 'Role'),
    });
    const checks = townshipChecks(townships, user.townships, 'edit-township');
    checks.hidden = user.role !== 'inspector';
    role.addEventListener('change', () => (checks.hidden = role.value !== 'inspector'));
    const line = errorLine();
    const save = h('button', { type: 'button', 'data-user-save': user.username }, T(lang, '保存', 'Save'));
    const cancel = h('button', { type: 'button' }, T(lang, '取消', 'Cancel'));
    save.addEventListener('click', () => {
      const next = role.value as Role;
      void patch(
        user,
        { displayName: name.value.trim(), role: next, townships: next === 'inspector' ? checkedCodes(checks) : [] },
        line,
      );
    });
    cancel.addEventListener('click', () => void load());
    return h(
      'tr',
      { class: 'users-edit', 'data-user-edit': user.username },
      h('td', { colspan: '7' }, h('div', { class: 'users-edit-fields' }, name, role, save, cancel), checks, line),
    );
  };

  const userRow = (user: UserRecord): HTMLTableRowElement => {
    const self = session.user?.id === user.id;
    const toggle = h(
      'button',
      {
        type: 'button',
        'data-user-toggle': user.username,
        disabled: self,
        title: self ? T(lang, '不能停用自己', 'You cannot disable yourself') : undefined,
      },
      user.disabled ? T(lang, '启用', 'Enable') : T(lang, '停用', 'Disable'),
    );
    toggle.addEventListener('click', () => void patch(user, { disabled: !user.disabled }));
    const password = h('input', {
      type: 'password',
      class: 'users-password',
      minlength: '10',
      autocomplete: 'new-password',
      placeholder: T(lang, '新密码（≥10位）', 'New password (≥ 10)'),
      'data-user-password': user.username,
      'aria-label': T(lang, '新密码', 'New password'),
    });
    const reset = h(
      'button',
      { type: 'button', 'data-user-reset': user.username },
      T(lang, '重置密码', 'Reset password'),
    );
    reset.addEventListener('click', () => {
      if (password.value.length < 10)
        return showError(
          status,
          `${user.username}：${T(lang, '密码至少 10 位', 'password must be at least 10 characters')}`,
        );
      void patch(user, { password: password.value }, status, T(lang, '密码已重置', 'password reset'));
    });
    const edit = h('button', { type: 'button', 'data-user-edit-open': user.username }, T(lang, '编辑', 'Edit'));
    edit.addEventListener('click', () => {
      editing = user.username;
      void load();
    });
    return h(
      'tr',
      { 'data-user-row': user.username, class: user.disabled ? 'users-disabled' : undefined },
      h(
        'td',
        {},
        user.username,
        user.demo
          ? h('span', { class: 'users-demo', title: T(lang, '演示账号', 'Demo account') }, T(lang, '演示', 'demo'))
          : null,
      ),
      h('td', {}, user.displayName),
      h('td', {}, roleLabels[user.role][lang]),
      h(
        'td',
        { class: 'users-township-names' },
        user.townships.map((code) => names.get(code) ?? code).join('、') || '—',
      ),
      h(
        'td',
        {},
        h(
          'span',
          { class: `users-status users-status-${user.disabled ? 'off' : 'on'}` },
          user.disabled ? T(lang, '停用', 'Disabled') : T(lang, '启用', 'Active'),
        ),
      ),
      h('td', { class: 'users-actions' }, toggle, edit),
      h('td', { class: 'users-actions' }, password, reset),
    );
  };

  const createForm = (): HTMLFormElement => {
    const username = h('input', { type: 'text', required: true, autocomplete: 'off', 'data-new-username': '' });
    const name = h('input', {
      type: 'text',
      required: true,
      maxlength: '40',
      autocomplete: 'off',
      'data-new-name': '',
    });
    const role = roleSelect(lang, 'official', { 'data-new-role': '' });
    const checks = townshipChecks(townships, [], 'new-township');
    checks.hidden = true;
    role.addEventListener('change', () => (checks.hidden = role.value !== 'inspector'));
    const password = h('input', {
      type: 'password',
      required: true,
      minlength: '10',
      autocomplete: 'new-password',
      'data-new-password': '',
    });
    const line = errorLine();
    const submit = h('button', { type: 'submit' }, T(lang, '创建', 'Create'));
    const field = (label: string, input: HTMLElement) =>
      h('label', { class: 'users-field' }, h('span', {}, label), input);
    const form = h(
      'form',
      { class: 'users-create', 'data-user-create': '' },
      h('h3', {}, T(lang, '新建账号', 'New account')),
      field(T(lang, '账号', 'Username'), username),
      field(T(lang, '姓名', 'Name'), name),
      field(T(lang, '角色', 'Role'), role),
      checks,
      field(T(lang, '密码（≥10位）', 'Password (≥ 10)'), password),
      submit,
      line,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const next = role.value as Role;
      submit.disabled = true;
      void sendJson<UserRecord>('POST', '/api/users', {
        username: username.value.trim().toLowerCase(),
        displayName: name.value.trim(),
        role: next,
        townships: next === 'inspector' ? checkedCodes(checks) : [],
        password: password.value,
      }).then((result) => {
        submit.disabled = false;
        if (!result.ok) showError(line, result.error.message);
        else void load(`${username.value.trim().toLowerCase()}：${T(lang, '账号已创建', 'account created')}`);
      });
    });
    return form;
  };

  async function load(notice?: string): Promise<void> {
    pending.get(container)?.abort();
    const controller = new AbortController();
    pending.set(container, controller);
    if (!container.querySelector('[data-users-table]'))
      container.replaceChildren(h('p', { class: 'loading' }, T(lang, '正在加载账号…', 'Loading accounts…')));
    const result = await fetchJson<UsersResponse>('/api/users', controller.signal);
    if (controller.signal.aborted) return;
    if (!result.ok) {
      const retry = h('button', { type: 'button' }, T(lang, '重试', 'Retry'));
      retry.addEventListener('click', () => void load());
      container.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          `${T(lang, '账号加载失败', 'Could not load accounts')}：${result.error.message}`,
        ),
        retry,
      );
      return;
    }
    const rows = result.value.users.flatMap((user) =>
      present(userRow(user), editing === user.username && editRow(user)),
    );
    editing = null;
    showError(status, null);
    container.replaceChildren(
      ...present(
        h('h2', {}, T(lang, '账号管理', 'Accounts')),
        status,
        notice ? h('p', { class: 'users-notice', role: 'status' }, notice) : null,
        h(
          'table',
          { class: 'users-table', 'data-users-table': '' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...[
                ['账号', 'Username'],
                ['姓名', 'Name'],
                ['角色', 'Role'],
                ['所辖乡镇', 'Townships'],
                ['状态', 'Status'],
                ['操作', 'Actions'],
                ['重置密码', 'Password'],
              ].map(([zh = '', en = '']) => h('th', {}, T(lang, zh, en))),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
        createForm(),
      ),
    );
  }

  void load();
}
