import type { UserRecord } from '../../server/schema/auth.ts';
import { roleLabels, roles, type Role } from '../../server/schema/enums/role.ts';
import type { UsersResponse } from '../../server/schema/users.ts';
import { failureText } from '../api/failure-text.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { sendJson } from '../api/send-json.ts';
import { session } from '../api/session.ts';
import { usersMessages } from '../i18n/users.ts';
import { auditChanged } from './audit/audit-events.ts';
import type { Language } from '../state/app-state.ts';
import { h, present } from './dom.ts';
import { departmentBody, departmentSelect } from '../views/departments/department-select.ts';
import { departmentsUsersMessages } from '../i18n/departments-users.ts';

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

/** The username rule of the server (server/schema/auth.ts usernameSchema), checked before sending. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;

/**
 * What is obviously wrong with a new account before it is sent (a message key of usersMessages), or null; the
 * server checks again (password strength, a taken username) and its answer is shown in the same place.
 *
 * @example
 * createProblem({ username: 'a', displayName: '王五', role: 'official', townships: [], password: '…' });
 * // 'usernameRule'
 */
export function createProblem(body: {
  username: string;
  displayName: string;
  role: Role;
  townships: string[];
  password: string;
}): 'usernameRule' | 'nameRequired' | 'inspectorNeedsTownship' | 'passwordTooShort' | null {
  if (!USERNAME.test(body.username)) return 'usernameRule';
  if (body.displayName === '') return 'nameRequired';
  if (body.role === 'inspector' && body.townships.length === 0) return 'inspectorNeedsTownship';
  if (body.password.length < 10) return 'passwordTooShort';
  return null;
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
  const m = usersMessages(lang);
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
    if (!result.ok) showError(line, m.about(user.username, failureText(lang, result.error)));
    else {
      auditChanged(); // the open audit log reloads
      await load(done && m.about(user.username, done));
    }
  };

  const editRow = (user: UserRecord): HTMLTableRowElement => {
    const name = h('input', {
      type: 'text',
      value: user.displayName,
      maxlength: '40',
      'data-edit-name': user.username,
      'aria-label': m.name,
    });
    const role = roleSelect(lang, user.role, {
      'data-edit-role': user.username,
      'aria-label': m.role,
    });
    const department = departmentSelect(lang, user.department?.id ?? null, { 'data-edit-department': user.username });
    const checks = townshipChecks(townships, user.townships, 'edit-township');
    checks.hidden = user.role !== 'inspector';
    role.addEventListener('change', () => (checks.hidden = role.value !== 'inspector'));
    const line = errorLine();
    const save = h('button', { type: 'button', 'data-user-save': user.username }, m.save);
    const cancel = h('button', { type: 'button' }, m.cancel);
    save.addEventListener('click', () => {
      const next = role.value as Role;
      void patch(
        user,
        {
          displayName: name.value.trim(),
          role: next,
          townships: next === 'inspector' ? checkedCodes(checks) : [],
          ...departmentBody(department),
        },
        line,
      );
    });
    cancel.addEventListener('click', () => void load());
    return h(
      'tr',
      { class: 'users-edit', 'data-user-edit': user.username },
      h(
        'td',
        { colspan: '7' },
        h('div', { class: 'users-edit-fields' }, name, role, department, save, cancel),
        checks,
        line,
      ),
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
        title: self ? m.cannotDisableSelf : undefined,
      },
      user.disabled ? m.enable : m.disable,
    );
    toggle.addEventListener('click', () => void patch(user, { disabled: !user.disabled }));
    const password = h('input', {
      type: 'password',
      class: 'users-password',
      minlength: '10',
      autocomplete: 'new-password',
      placeholder: m.newPasswordPlaceholder,
      'data-user-password': user.username,
      'aria-label': m.newPassword,
    });
    const reset = h('button', { type: 'button', 'data-user-reset': user.username }, m.resetPassword);
    reset.addEventListener('click', () => {
      if (password.value.length < 10) return showError(status, m.about(user.username, m.passwordTooShort));
      void patch(user, { password: password.value }, status, m.passwordReset);
    });
    const edit = h('button', { type: 'button', 'data-user-edit-open': user.username }, m.edit);
    edit.addEventListener('click', () => {
      editing = user.username;
      void load();
    });
    return h(
      'tr',
      { 'data-user-row': user.username, class: user.disabled ? 'users-disabled' : undefined },
      h('td', {}, user.username, user.demo ? h('span', { class: 'users-demo', title: m.demoAccount }, m.demo) : null),
      h(
        'td',
        {},
        user.displayName,
        user.department &&
          h('span', { class: 'users-department' }, lang === 'zh' ? user.department.name : user.department.nameEn),
      ),
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
          user.disabled ? m.disabled : m.active,
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
    const department = departmentSelect(lang, null, { 'data-new-department': '' });
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
    const submit = h('button', { type: 'submit' }, m.create);
    const field = (label: string, input: HTMLElement) =>
      h('label', { class: 'users-field' }, h('span', {}, label), input);
    const form = h(
      'form',
      { class: 'users-create', 'data-user-create': '', novalidate: true },
      h('h3', {}, m.newAccount),
      field(m.username, username),
      field(m.name, name),
      field(m.role, role),
      field(departmentsUsersMessages(lang).department, department),
      checks,
      field(m.passwordField, password),
      submit,
      line,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const next = role.value as Role;
      const body = {
        username: username.value.trim().toLowerCase(),
        displayName: name.value.trim(),
        role: next,
        townships: next === 'inspector' ? checkedCodes(checks) : [],
        password: password.value,
        ...departmentBody(department),
      };
      const problem = createProblem(body);
      showError(line, problem && m[problem]);
      if (problem) return;
      submit.disabled = true;
      void sendJson<UserRecord>('POST', '/api/users', body).then((result) => {
        submit.disabled = false;
        if (!result.ok) showError(line, failureText(lang, result.error));
        else {
          auditChanged(); // the open audit log reloads
          void load(m.about(body.username, m.created));
        }
      });
    });
    return form;
  };

  async function load(notice?: string): Promise<void> {
    pending.get(container)?.abort();
    const controller = new AbortController();
    pending.set(container, controller);
    if (!container.querySelector('[data-users-table]'))
      container.replaceChildren(h('p', { class: 'loading' }, m.loading));
    const result = await fetchJson<UsersResponse>('/api/users', controller.signal);
    if (controller.signal.aborted) return;
    if (!result.ok) {
      const retry = h('button', { type: 'button' }, m.retry);
      retry.addEventListener('click', () => void load());
      container.replaceChildren(
        h('p', { class: 'error', role: 'alert' }, m.loadFailed(failureText(lang, result.error))),
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
        h('h2', {}, m.title),
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
              ...[m.username, m.name, m.role, m.townships, m.status, m.actions, m.passwordColumn].map((label) =>
                h('th', {}, label),
              ),
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
