import { defineMessages } from './define-messages.ts';

/**
 * The 专项资金 tab's messages: the special funds (S5) with totals by purpose and status, and the new fund form.
 *
 * @example
 * departmentsFundsMessages('zh').amount; // '金额（万元）'
 */
export const departmentsFundsMessages = defineMessages({
  intro: {
    zh: '大气污染防治专项资金（S5），金额单位：万元。',
    en: 'Special funds for air-pollution control (S5); amounts in CNY 10 000 (万元).',
  },
  byPurpose: { zh: '按用途合计', en: 'Totals by purpose' },
  byStatus: { zh: '按状态合计', en: 'Totals by status' },
  project: { zh: '项目', en: 'Project' },
  department: { zh: '部门', en: 'Department' },
  year: { zh: '年度', en: 'Year' },
  purpose: { zh: '用途', en: 'Purpose' },
  status: { zh: '状态', en: 'Status' },
  amount: { zh: '金额（万元）', en: 'Amount (10k CNY)' },
  disbursed: { zh: '已拨付（万元）', en: 'Disbursed (10k CNY)' },
  share: { zh: '拨付比例', en: 'Disbursed share' },
  count: { zh: '项目数', en: 'Projects' },
  none: { zh: '尚无专项资金项目。', en: 'No special-fund projects yet.' },
  total: {
    zh: (n: number, amount: string, disbursed: string) => `共 ${n} 项，${amount} 万元，已拨付 ${disbursed} 万元`,
    en: (n: number, amount: string, disbursed: string) => `${n} projects, ${amount} × 10k CNY, ${disbursed} disbursed`,
  },
  newFund: { zh: '新增资金项目', en: 'New fund project' },
  create: { zh: '新增', en: 'Add' },
  invalid: {
    zh: '请填写项目名称，金额须大于 0，已拨付不得超过金额。',
    en: 'Give a project name; the amount must be above 0 and the disbursed sum no more than it.',
  },
  failed: { zh: (text: string) => `保存失败：${text}`, en: (text: string) => `Could not save: ${text}` },
  saved: { zh: '已保存。', en: 'Saved.' },
});
