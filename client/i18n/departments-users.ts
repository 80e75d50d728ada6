import { defineMessages } from './define-messages.ts';

/**
 * The department words of the accounts panel (issue 17): each account's department and its select.
 *
 * @example
 * departmentsUsersMessages('zh').department; // '所属部门'
 */
export const departmentsUsersMessages = defineMessages({
  department: { zh: '所属部门', en: 'Department' },
  unassigned: { zh: '未分配部门', en: 'No department' },
  loading: { zh: '正在加载部门…', en: 'Loading departments…' },
});
