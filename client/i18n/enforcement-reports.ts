import { defineMessages } from './define-messages.ts';

/**
 * The 群众举报 tab of the 执法 view (issue 17): the public reports with their filters, a report's detail with its
 * photo and (for those who may see them) the reporter's contact data, the handling steps and 「立案」.
 *
 * @example
 * enforcementReportsMessages('zh').summary(40, 3); // '共 40 件举报，3 件待处理'
 */
export const enforcementReportsMessages = defineMessages({
  title: { zh: '群众举报', en: 'Public reports' },
  summary: {
    zh: (total: number, open: number) => `共 ${total} 件举报，${open} 件待处理`,
    en: (total: number, open: number) => `${total} reports, ${open} waiting`,
  },
  filterStatus: { zh: '状态', en: 'Status' },
  filterCategory: { zh: '类别', en: 'Category' },
  all: { zh: '全部', en: 'all' },
  none: { zh: '没有符合条件的举报', en: 'No reports match' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  loadFailed: { zh: (text: string) => `加载失败：${text}`, en: (text: string) => `Could not load: ${text}` },
  retry: { zh: '重试', en: 'Retry' },
  synthetic: { zh: '演示数据（合成）', en: 'demo data (synthetic)' },
  ticket: { zh: '受理编号', en: 'Ticket' },
  received: { zh: '收到时间', en: 'Received' },
  township: { zh: '所在乡镇', en: 'Township' },
  address: { zh: '地址', en: 'Address' },
  description: { zh: '举报内容', en: 'Report' },
  photo: { zh: '现场照片', en: 'Photo' },
  contact: { zh: '举报人联系方式', en: 'Reporter’s contact' },
  contactNone: { zh: '举报人未留联系方式', en: 'The reporter left no contact' },
  contactHidden: {
    zh: '联系方式仅对管理员、值班人员和所在乡镇的巡查员显示',
    en: 'Contact data are shown only to admins, duty officers and the township’s inspectors',
  },
  reply: { zh: '公开回复', en: 'Public reply' },
  handler: { zh: '办理人', en: 'Handler' },
  alert: { zh: (id: number) => `告警 #${id} 待处理`, en: (id: number) => `alert #${id} open` },
  steps: { zh: '办理记录', en: 'Handling' },
  showOnMap: { zh: '在地图上显示', en: 'Show on the map' },
  back: { zh: '返回列表', en: 'Back to the list' },
  // steps
  accept: { zh: '受理', en: 'Accept' },
  reject: { zh: '不予受理', en: 'Reject' },
  handle: { zh: '登记处理结果', en: 'Record handling' },
  close: { zh: '办结', en: 'Close' },
  reason: { zh: '不予受理理由', en: 'Reason' },
  done: { zh: '处理情况', en: 'What was done' },
  replyHint: { zh: '公开回复（举报人凭受理编号可见）', en: 'Public reply (the reporter sees it with the ticket)' },
  send: { zh: '提交', en: 'Submit' },
  cancel: { zh: '取消', en: 'Cancel' },
  working: { zh: '正在提交…', en: 'Submitting…' },
  required: { zh: (what: string) => `请填写${what}`, en: (what: string) => `${what} is required` },
  failed: { zh: (text: string) => `操作失败：${text}`, en: (text: string) => `Failed: ${text}` },
  // case
  fileCase: { zh: '立案', en: 'Open a case' },
  caseFiled: { zh: (no: string) => `已立案：${no}`, en: (no: string) => `Case opened: ${no}` },
});
