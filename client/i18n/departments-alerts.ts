import { defineMessages } from './define-messages.ts';

/**
 * The department words of the 告警 view (issue 17, S2): each alert's 责任部门 (the task's lead department by default,
 * or routed), the department filter and 转交部门.
 *
 * @example
 * departmentsAlertsMessages('zh').responsible; // '责任部门'
 */
export const departmentsAlertsMessages = defineMessages({
  responsible: { zh: '责任部门', en: 'Department' },
  byDefault: { zh: '（按任务牵头单位）', en: " (the task's lead unit)" },
  routed: { zh: '（已转交）', en: ' (routed)' },
  none: { zh: '未定', en: 'none' },
  filter: { zh: '责任部门', en: 'Department' },
  allDepartments: { zh: '全部部门', en: 'All departments' },
  ownDepartment: { zh: '本部门', en: 'My department' },
  reroute: { zh: '转交部门', en: 'Route to' },
  rerouteTo: { zh: '选择部门…', en: 'Choose a department…' },
  backToDefault: { zh: '恢复为任务牵头单位', en: "Back to the task's lead unit" },
  rerouting: { zh: '转交中…', en: 'Routing…' },
  failed: { zh: (text: string) => `转交失败：${text}`, en: (text: string) => `Could not route: ${text}` },
});
