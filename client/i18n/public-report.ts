import { defineMessages } from './define-messages.ts';

/**
 * The public report page (群众举报, `/report.html`, no sign-in) and its link on the sign-in screen.
 *
 * @example
 * publicReportMessages('zh').ticketIs; // '您的受理编号'
 */
export const publicReportMessages = defineMessages({
  loginLink: { zh: '群众举报大气污染（无需登录）', en: 'Report air pollution (no sign-in)' },
  title: { zh: '忻府区大气污染群众举报', en: 'Report air pollution in Xinfu District' },
  intro: {
    zh: '发现工业废气、扬尘、露天焚烧、散煤、黑加油站点等问题，可在此举报。无需登录。',
    en: 'Report industrial emissions, dust, open burning, loose coal, illegal fuel and the like. No sign-in needed.',
  },
  otherLanguage: { zh: 'English', en: '中文' },
  category: { zh: '问题类别', en: 'What kind of problem' },
  description: { zh: '情况描述（10–1000 字）', en: 'What you saw (10–1,000 characters)' },
  pin: { zh: '位置：点击地图标注', en: 'Place: tap the map to drop a pin' },
  pinSet: {
    zh: (lon: string, lat: string) => `已标注：${lon}, ${lat}`,
    en: (lon: string, lat: string) => `Pinned: ${lon}, ${lat}`,
  },
  pinMissing: { zh: '请在地图上点击标注位置', en: 'Tap the map to pin the place' },
  useMyLocation: { zh: '使用我的位置', en: 'Use my location' },
  locationFailed: { zh: '无法获取位置，请在地图上点选', en: 'Could not get your location; tap the map instead' },
  address: { zh: '地址或地标（选填）', en: 'Address or landmark (optional)' },
  photo: { zh: '现场照片（选填，JPEG/PNG，不超过 5 MB）', en: 'Photo (optional, JPEG/PNG, at most 5 MB)' },
  photoTooBig: { zh: '照片超过 5 MB，请压缩后再选', en: 'The photo exceeds 5 MB' },
  contactTitle: { zh: '联系方式（选填）', en: 'Contact (optional)' },
  contactNote: {
    zh: '仅办理举报的工作人员（管理员、值班人员和所在乡镇巡查员）可见，不会公开。',
    en: 'Seen only by the staff handling the report (admins, duty officers, the township’s inspectors); never public.',
  },
  name: { zh: '称呼', en: 'Name' },
  phone: { zh: '电话', en: 'Phone' },
  honeypot: { zh: '请勿填写此项', en: 'Leave this empty' },
  submit: { zh: '提交举报', en: 'Submit' },
  submitting: { zh: '正在提交…', en: 'Submitting…' },
  tooShort: { zh: '情况描述至少 10 个字', en: 'Describe it in at least 10 characters' },
  failed: { zh: (text: string) => `提交失败：${text}`, en: (text: string) => `Not submitted: ${text}` },
  thanks: { zh: '举报已收到，感谢您的监督！', en: 'Report received, thank you!' },
  ticketIs: { zh: '您的受理编号', en: 'Your ticket' },
  keepTicket: { zh: '请记下编号，凭编号查询办理进度。', en: 'Keep this number to follow your report.' },
  another: { zh: '再举报一件', en: 'Report another' },
  followTitle: { zh: '查询办理进度', en: 'Follow a report' },
  followTicket: { zh: '受理编号', en: 'Ticket' },
  followButton: { zh: '查询', en: 'Look up' },
  status: { zh: '办理状态', en: 'Status' },
  received: { zh: '收到时间', en: 'Received' },
  updated: { zh: '最近更新', en: 'Last update' },
  reply: { zh: '回复', en: 'Reply' },
  noReply: { zh: '暂无回复', en: 'No reply yet' },
  lookupFailed: { zh: (text: string) => `查询失败：${text}`, en: (text: string) => `Lookup failed: ${text}` },
  networkError: { zh: '网络错误，请稍后再试', en: 'Network error; try again later' },
  toConsole: { zh: '工作人员登录', en: 'Staff sign-in' },
});
