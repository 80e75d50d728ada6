import { defineMessages } from './define-messages.ts';

/**
 * The 执法案件 tab of the 执法 view (issue 17; S8, S10): the summary strip, the filters, the list, a case's timeline,
 * decision, rectification, documents and step forms; the 「立案」 control of an alert.
 *
 * @example
 * enforcementCasesMessages('zh').summaryOpen(12); // '在办 12 件'
 */
export const enforcementCasesMessages = defineMessages({
  // the summary strip
  summaryOpen: { zh: (n: number) => `在办 ${n} 件`, en: (n: number) => `${n} open` },
  summaryOverdue: {
    zh: (n: number) => `整改逾期 ${n} 件`,
    en: (n: number) => `${n} overdue ${n === 1 ? 'rectification' : 'rectifications'}`,
  },
  summaryFines: {
    zh: (year: string, amount: string) => `${year} 年罚款 ${amount}`,
    en: (year: string, amount: string) => `fines ${year}: ${amount}`,
  },
  summaryDecided: {
    zh: (n: number) => `本月作出处罚决定 ${n} 件`,
    en: (n: number) => `${n} decided this month`,
  },
  yuan: { zh: (text: string) => `${text} 元`, en: (text: string) => `¥${text}` },
  tenThousandYuan: { zh: (text: string) => `${text} 万元`, en: (text: string) => `¥${text} × 10,000` },
  // the filters
  allStages: { zh: '全部阶段', en: 'All stages' },
  allTownships: { zh: '全部乡镇（街道）', en: 'All townships' },
  allTasks: { zh: '全部任务', en: 'All tasks' },
  task: { zh: (n: number) => `任务${n}`, en: (n: number) => `Task ${n}` },
  overdueOnly: { zh: '只看整改逾期', en: 'Overdue only' },
  search: { zh: '搜索编号、对象或违法事实', en: 'Search number, entity or violation' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  // the list
  total: { zh: (n: number) => `共 ${n} 件`, en: (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}` },
  none: { zh: '没有符合条件的案件', en: 'No case matches' },
  colNumber: { zh: '案件编号', en: 'Number' },
  colEntity: { zh: '当事对象', en: 'Entity' },
  colTownship: { zh: '乡镇（街道）', en: 'Township' },
  colStage: { zh: '阶段', en: 'Stage' },
  colTask: { zh: '任务', en: 'Task' },
  colOpened: { zh: '立案日期', en: 'Opened' },
  colDue: { zh: '整改期限', en: 'Due' },
  overdue: { zh: '逾期', en: 'overdue' },
  // the detail
  back: { zh: '返回列表', en: 'Back to the list' },
  detailTitle: { zh: (number: string) => `案件 ${number}`, en: (number: string) => `Case ${number}` },
  origin: { zh: '案件来源', en: 'Origin' },
  department: { zh: '执法部门', en: 'Department' },
  violation: { zh: '违法事实', en: 'Violation' },
  openedBy: {
    zh: (at: string, by: string) => `${at} 由 ${by} 立案`,
    en: (at: string, by: string) => `filed ${at} by ${by}`,
  },
  showOnMap: { zh: '在地图上显示', en: 'Show on the map' },
  openAlert: { zh: (id: number) => `查看告警 #${id}`, en: (id: number) => `Open alert #${id}` },
  reportTicket: { zh: (ticket: string) => `举报受理编号 ${ticket}`, en: (ticket: string) => `Report ticket ${ticket}` },
  sampleNo: { zh: (no: string) => `样品编号 ${no}`, en: (no: string) => `Sample ${no}` },
  timeline: { zh: '办理进程', en: 'Progress' },
  stepDone: {
    zh: (at: string, actor: string) => `${at} · ${actor}`,
    en: (at: string, actor: string) => `${at} · ${actor}`,
  },
  stepCurrent: { zh: '当前环节', en: 'current step' },
  stepPending: { zh: '未到', en: 'not yet' },
  decision: { zh: '处罚决定', en: 'Decision' },
  legalBasis: { zh: '法律依据', en: 'Legal basis' },
  decisionNo: { zh: '决定书文号', en: 'Decision number' },
  fine: { zh: '罚款', en: 'Fine' },
  measures: { zh: '其他措施', en: 'Other measures' },
  noMeasures: { zh: '无', en: 'none' },
  rectification: { zh: '整改', en: 'Rectification' },
  dueOn: { zh: '整改期限', en: 'Deadline' },
  dueOverdue: { zh: (date: string) => `${date}（已逾期）`, en: (date: string) => `${date} (overdue)` },
  reinspection: { zh: '复查', en: 'Re-inspection' },
  notes: { zh: '备注', en: 'Notes' },
  documents: { zh: '案件材料', en: 'Documents' },
  noDocuments: { zh: '尚无材料', en: 'No documents yet' },
  openPdf: { zh: (title: string) => `${title}（PDF，新窗口打开）`, en: (title: string) => `${title} (PDF, new tab)` },
  // the step forms
  nextSteps: { zh: '下一步', en: 'Next step' },
  noStepAllowed: { zh: '当前阶段没有您可办理的环节', en: 'No step you may take at this stage' },
  needsDecide: {
    zh: '处罚决定、不予处罚和结案须由有决定权限的账号办理',
    en: 'A decision, no penalty or closing needs an account allowed to decide',
  },
  stepAt: { zh: '办理时间', en: 'When' },
  stepNote: { zh: '情况说明', en: 'Note' },
  fineYuan: { zh: '罚款金额（元）', en: 'Fine (yuan)' },
  deadline: { zh: '整改期限', en: 'Deadline' },
  newDeadline: { zh: '新的整改期限', en: 'New deadline' },
  requirement: { zh: '整改要求', en: 'What to rectify' },
  result: { zh: '复查结论', en: 'Result' },
  submit: { zh: (step: string) => `提交：${step}`, en: (step: string) => `Record: ${step}` },
  working: { zh: '正在提交…', en: 'Sending…' },
  required: { zh: (field: string) => `请填写${field}`, en: (field: string) => `${field} is required` },
  badFine: { zh: '罚款金额须为不小于 0 的数', en: 'The fine must be a number of 0 or more' },
  failed: { zh: (text: string) => `未能提交：${text}`, en: (text: string) => `Not recorded: ${text}` },
  // uploading a document
  upload: { zh: '上传材料', en: 'Upload a document' },
  uploadKind: { zh: '材料类型', en: 'Kind' },
  uploadTitle: { zh: '材料名称', en: 'Title' },
  uploadPick: { zh: '选择文件（图片或 PDF，不超过 5 兆字节）', en: 'Choose a file (JPEG, PNG, PDF, ≤ 5 MB)' },
  uploadChosen: { zh: (name: string) => `已选：${name}`, en: (name: string) => `Chosen: ${name}` },
  uploadSend: { zh: '上传', en: 'Upload' },
  uploadNoFile: { zh: '请先选择文件', en: 'Choose a file first' },
  uploadTooBig: { zh: '文件超过 5 兆字节', en: 'The file is over 5 MB' },
  uploadBadType: { zh: '只接受图片或 PDF 文件', en: 'Only JPEG, PNG or PDF' },
  uploaded: { zh: '材料已上传', en: 'Document uploaded' },
  // 立案 from an alert
  fileCase: { zh: '立案', en: 'Open a case' },
  fileCaseTitle: { zh: '立案查处', en: 'Open an enforcement case' },
  fileViolation: { zh: '违法事实', en: 'Violation' },
  fileDepartment: { zh: (name: string) => `执法部门：${name}`, en: (name: string) => `Department: ${name}` },
  defaultDepartment: { zh: '市生态环境局忻府分局', en: 'Xinfu branch, municipal ecology and environment bureau' },
  fileSend: { zh: '确认立案', en: 'File the case' },
  cancel: { zh: '取消', en: 'Cancel' },
  viewCase: { zh: (number: string) => `查看案件 ${number}`, en: (number: string) => `View case ${number}` },
  alreadyFiled: {
    zh: (number: string) => `该告警已立案：${number}`,
    en: (number: string) => `This alert already has case ${number}`,
  },
});
