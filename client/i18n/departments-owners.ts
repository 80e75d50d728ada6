import { defineMessages } from './define-messages.ts';

/**
 * The 部门职责 tab's messages: the departments table and one department's detail.
 *
 * @example
 * departmentsOwnersMessages('zh').ownDepartment; // '本部门'
 */
export const departmentsOwnersMessages = defineMessages({
  department: { zh: '部门', en: 'Department' },
  tasksLed: { zh: '牵头任务', en: 'Tasks led' },
  openAlerts: { zh: '未结告警', en: 'Open alerts' },
  openCases: { zh: '在办案件', en: 'Open cases' },
  overdueRectifications: { zh: '整改逾期', en: 'Overdue rectifications' },
  planItems: { zh: '年度计划', en: 'Plan items' },
  funds: { zh: '专项资金', en: 'Funds' },
  openRequests: { zh: '待答诉求', en: 'Open requests' },
  ownDepartment: { zh: '本部门', en: 'own department' },
  noDepartments: { zh: '尚无部门数据。', en: 'No departments yet.' },
  planDone: {
    zh: (done: number, total: number) => `${done}/${total} 完成`,
    en: (done: number, total: number) => `${done}/${total} done`,
  },
  overdueCount: { zh: (n: number) => `逾期 ${n}`, en: (n: number) => `${n} overdue` },
  wan: { zh: (amount: string) => `${amount} 万元`, en: (amount: string) => `CNY ${amount} × 10k` },
  back: { zh: '返回部门列表', en: 'Back to the departments' },
  roleTasks: { zh: '任务', en: 'Tasks' },
  noTasks: {
    zh: '该部门不牵头、配合或负责任何任务。',
    en: 'This department leads, cooperates on or answers for no task.',
  },
  alertsTitle: { zh: '未结告警', en: 'Open alerts' },
  moreAlerts: {
    zh: (n: number) => `另有 ${n} 条未列出：在告警视图中按责任部门筛选查看。`,
    en: (n: number) => `${n} more not listed: filter the alerts view by department.`,
  },
  noAlerts: { zh: '没有未结告警。', en: 'No open alerts.' },
  casesTitle: { zh: '在办案件', en: 'Open cases' },
  noCases: { zh: '没有在办案件。', en: 'No open cases.' },
  planTitle: { zh: '年度计划事项', en: 'Annual plan items' },
  noPlan: { zh: '没有年度计划事项。', en: 'No annual plan items.' },
  fundsTitle: { zh: '专项资金', en: 'Special funds' },
  noFunds: { zh: '没有专项资金项目。', en: 'No special-fund projects.' },
  requestsTitle: { zh: '待答复的企业诉求', en: 'Enterprise requests to answer' },
  noRequests: { zh: '没有待答复的诉求。', en: 'No requests to answer.' },
  overdue: { zh: '逾期', en: 'overdue' },
  dueOn: { zh: (date: string) => `期限 ${date}`, en: (date: string) => `due ${date}` },
  openTask: { zh: (n: number) => `在任务视图中查看任务 ${n}`, en: (n: number) => `Show task ${n} in the tasks view` },
  openAlert: { zh: '在告警视图中查看', en: 'Show in the alerts view' },
  openCase: { zh: '在执法视图中查看', en: 'Show in the enforcement view' },
  age: { zh: (days: number) => `已 ${days} 天`, en: (days: number) => `${days} d old` },
  routed: { zh: '转交至本部门', en: 'routed here' },
  byDefault: { zh: '按任务牵头单位', en: "the task's lead unit" },
  disbursed: { zh: (share: string) => `已拨付 ${share}`, en: (share: string) => `${share} disbursed` },
  taskNumber: { zh: (n: number) => `任务${n}`, en: (n: number) => `Task ${n}` },
});
