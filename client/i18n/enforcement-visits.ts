import { defineMessages } from './define-messages.ts';

/**
 * The 执法 view's 帮扶走访 tab (issue 17; S6, S11, T15.4): visits with the problems found, the enterprise's
 * requests (诉求) and the follow-up, and the visit form.
 *
 * @example
 * enforcementVisitsMessages('zh').title; // '帮扶走访'
 */
export const enforcementVisitsMessages = defineMessages({
  title: { zh: '帮扶走访', en: 'Assistance visits' },
  figures: {
    zh: (month: number, year: number, open: number, long: number, overdue: number) =>
      `本月走访 ${month} 次，本年 ${year} 次；诉求待答复 ${open} 项（超过 30 天 ${long} 项）；跟进逾期 ${overdue} 项`,
    en: (month: number, year: number, open: number, long: number, overdue: number) =>
      `${month} visits this month, ${year} this year; ${open} requests open (${long} over 30 days); ` +
      `${overdue} follow-ups overdue`,
  },
  topicFilter: { zh: '走访主题', en: 'Topic' },
  all: { zh: '全部', en: 'All' },
  openOnly: { zh: '只看有待答复诉求的', en: 'Only with open requests' },
  count: {
    zh: (shown: number, total: number) => `显示 ${shown} / 共 ${total} 次`,
    en: (shown: number, total: number) => `${shown} of ${total} visits`,
  },
  empty: { zh: '没有符合条件的走访记录', en: 'No visits match' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  problems: { zh: '发现问题', en: 'Problems found' },
  noProblems: { zh: '未发现问题', en: 'none found' },
  requests: { zh: '企业诉求', en: 'Requests' },
  followUp: { zh: '跟进事项', en: 'Follow-up' },
  dueOn: { zh: (d: string) => `期限 ${d}`, en: (d: string) => `due ${d}` },
  doneOn: { zh: (d: string) => `${d} 已完成`, en: (d: string) => `done ${d}` },
  overdue: { zh: '跟进逾期', en: 'follow-up overdue' },
  openDays: { zh: (n: number) => `已 ${n} 天`, en: (n: number) => `${n} d open` },
  answer: { zh: '答复', en: 'Answer' },
  response: { zh: '答复内容', en: 'Response' },
  markDone: { zh: '跟进完成', en: 'Follow-up done' },
  newVisit: { zh: '记录走访', en: 'Record a visit' },
  enterprise: { zh: '企业（输入名称搜索）', en: 'Enterprise (type to search)' },
  department: { zh: '走访部门', en: 'Department' },
  ownDepartment: { zh: '本人所属部门（无则为生态环境分局）', en: 'my department (else the eco-environment branch)' },
  visitedAt: { zh: '走访时间', en: 'Visited at' },
  visitors: { zh: '走访人员', en: 'Visitors' },
  topic: { zh: '主题', en: 'Topic' },
  problemText: { zh: '问题描述', en: 'Problem' },
  requestText: { zh: '诉求内容', en: 'Request' },
  category: { zh: '类别', en: 'Category' },
  answerBy: { zh: '答复部门', en: 'To answer' },
  addProblem: { zh: '+ 问题', en: '+ problem' },
  addRequest: { zh: '+ 诉求', en: '+ request' },
  remove: { zh: '删除', en: 'Remove' },
  followUpText: { zh: '跟进事项', en: 'Follow-up' },
  followUpDue: { zh: '跟进期限', en: 'Due on' },
  save: { zh: '保存走访', en: 'Save visit' },
  pickEnterprise: { zh: '请从搜索结果中选择企业', en: 'Pick an enterprise from the matches' },
  failed: { zh: (text: string) => `操作失败：${text}`, en: (text: string) => `Failed: ${text}` },
});

/** The departments a request may go to (ids fixed by issue 17), with their names. */
export const requestDepartments = defineMessages({
  'eco-env': { zh: '市生态环境局忻府分局', en: 'Eco-environment branch' },
  ndrc: { zh: '区发改局', en: 'Development and reform' },
  approval: { zh: '区行政审批局', en: 'Administrative approval' },
  industry: { zh: '区工信局', en: 'Industry and IT' },
  energy: { zh: '区能源局', en: 'Energy' },
  market: { zh: '区市场监管局', en: 'Market regulation' },
  'natural-resources': { zh: '区自然资源局', en: 'Natural resources' },
  transport: { zh: '区交通局', en: 'Transport' },
  housing: { zh: '区住建局', en: 'Housing and construction' },
  finance: { zh: '区财政局', en: 'Finance' },
  commerce: { zh: '区商务局', en: 'Commerce' },
});
