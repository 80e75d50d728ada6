import { defineMessages } from './define-messages.ts';

/** The 数据 view's messages (client/views/data-view.ts). */
export const dataMessages = defineMessages({
  title: { zh: '数据', en: 'Data' },
  sections: { zh: '本页内容', en: 'On this page' },
  report: { zh: '月报', en: 'Monthly report' },
  account: { zh: '我的账号', en: 'My account' },
  accountOf: { zh: (name: string) => `我的账号（${name}）`, en: (name: string) => `My account (${name})` },
  export: { zh: '导出', en: 'Export' },
  import: { zh: '导入', en: 'Import' },
  users: { zh: '账号管理', en: 'Accounts' },
  audit: { zh: '审计日志', en: 'Audit log' },
  indicators: { zh: '市下达指标', en: 'City indicators' },
  devices: { zh: '设备', en: 'Devices' },
  openReport: { zh: '打开可打印月报', en: 'Open the printable report' },
  reportMonth: { zh: '月份', en: 'Month' },
  reportAbout: {
    zh: (limit: number) =>
      `各乡镇降尘对照 ${limit} t/(km²·月)、空气质量目标、未办结告警与任务进展；在新页面中打印或另存为 PDF。`,
    en: (limit: number) =>
      `Dustfall by township against ${limit} t/(km²·month), air-quality targets, open alerts and task ` +
      'progress; print it or save as PDF from the new page.',
  },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  newPassword: { zh: '新密码（至少 10 位）', en: 'New password (10 characters or more)' },
  newPasswordAgain: { zh: '再次输入新密码', en: 'New password again' },
  changePassword: { zh: '修改密码', en: 'Change password' },
  passwordsDiffer: { zh: '两次输入的新密码不一致', en: 'The new passwords differ' },
  passwordMissing: { zh: '请填写当前密码和新密码', en: 'Enter the current and the new password' },
  passwordTooShort: { zh: '新密码至少 10 位', en: 'The new password must be at least 10 characters' },
  passwordChanged: {
    zh: '密码已修改；其他设备上的登录已退出。',
    en: 'Password changed; sessions elsewhere are signed out.',
  },
  exportLayer: { zh: '图层', en: 'Layer' },
  exportAbout: {
    zh: '按当前乡镇（可多选）、来源筛选和时点导出；CSV 文件可用电子表格软件直接打开，中文不会乱码。',
    en:
      'Exports follow the current townships, provenance filters and as-of time; ' +
      'CSV is UTF-8 with BOM, so Excel opens it as is.',
  },
  mapPng: { zh: '导出地图 PNG', en: 'Map as PNG' },
  pngFailed: { zh: '地图图片导出失败，请重试', en: 'Could not export the map image; try again' },
  pngCaption: {
    zh: (asOf: string) => `蓝天 · 忻府区大气环境监管 · 截至 ${asOf} · 乡镇边界示意、企业等为合成演示数据处已标注`,
    en: (asOf: string) => `Lantian · Xinfu District · as of ${asOf} · approximate and synthetic data are marked`,
  },
});
