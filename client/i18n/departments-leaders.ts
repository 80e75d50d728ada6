import { defineMessages } from './define-messages.ts';

/**
 * The 第一责任人 tab's messages: each township's party secretary and head of government, and the edit form.
 *
 * @example
 * departmentsLeadersMessages('zh').township; // '乡镇（街道）'
 */
export const departmentsLeadersMessages = defineMessages({
  intro: {
    zh: '乡镇（街道）党委和政府主要负责人是本辖区大气污染防治工作的第一责任人。',
    en: "Each township's party secretary and head of government answer first for its air-pollution work.",
  },
  township: { zh: '乡镇（街道）', en: 'Township' },
  role: { zh: '职责', en: 'Role' },
  name: { zh: '姓名', en: 'Name' },
  post: { zh: '职务', en: 'Post' },
  since: { zh: '任职起', en: 'Since' },
  vacant: { zh: '未登记', en: 'not recorded' },
  noLeaders: { zh: '尚无第一责任人记录。', en: 'No first responsible persons recorded yet.' },
  edit: { zh: '修改', en: 'Edit' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  saved: { zh: '已保存。', en: 'Saved.' },
  required: { zh: '姓名、职务和任职日期均为必填。', en: 'Name, post and start date are required.' },
  failed: { zh: (text: string) => `保存失败：${text}`, en: (text: string) => `Could not save: ${text}` },
});
