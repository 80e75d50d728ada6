import { departmentsUsersMessages } from '../../i18n/departments-users.ts';
import { h } from '../../panels/dom.ts';
import type { Language } from '../../state/app-state.ts';
import { departmentName, loadDepartmentOptions } from './department-choices.ts';

/**
 * A department select for the accounts panel (DOM, not Preact): 「未分配部门」 ('') and every department, filled
 * once they are read, `value` chosen; departmentBody reads it for a user body.
 *
 * @example
 * const select = departmentSelect('zh', user.department?.id ?? null, { 'data-edit-department': user.username });
 */
export function departmentSelect(
  lang: Language,
  value: string | null,
  attributes: Record<string, string>,
): HTMLSelectElement {
  const m = departmentsUsersMessages(lang);
  const select = h('select', { ...attributes, 'aria-label': m.department }, h('option', { value: '' }, m.loading));
  void loadDepartmentOptions().then((options) => {
    if (!options) return; // unread: the select stays without a choice, and departmentBody sends nothing
    select.replaceChildren(
      h('option', { value: '' }, m.unassigned),
      ...options.map((d) => h('option', { value: d.id, selected: d.id === value }, departmentName(d, lang))),
    );
    select.value = value ?? '';
    select.dataset.loaded = 'true';
  });
  return select;
}

/**
 * The `departmentId` part of a user body from a departmentSelect: the chosen id, null for 「未分配部门」, nothing
 * while the departments are unread (so a save then leaves the user's department as it is).
 *
 * @example
 * sendJson('PATCH', `/api/users/${id}`, { role, ...departmentBody(select) });
 */
export function departmentBody(select: HTMLSelectElement): { departmentId?: string | null } {
  return select.dataset.loaded === 'true' ? { departmentId: select.value || null } : {};
}
