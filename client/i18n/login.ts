import { defineMessages } from './define-messages.ts';

/** The sign-in page's messages (client/panels/login-screen.ts). */
export const loginMessages = defineMessages({
  otherLanguage: { zh: 'English', en: '中文' },
  title: { zh: '蓝天 · 忻府区大气环境监管', en: 'Lantian · Xinfu air-quality supervision' },
  username: { zh: '账号', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  signIn: { zh: '登录', en: 'Sign in' },
  expired: { zh: '登录已过期，请重新登录', en: 'Your session ended: sign in again' },
  missing: { zh: '请填写账号和密码', en: 'Enter your username and password' },
  demoNote: {
    zh: '演示模式：以下演示账号的密码均为 lantian-demo',
    en: 'Demo mode: each demo account’s password is lantian-demo',
  },
  demoOfficial: { zh: '领导（只读）', en: 'official (read)' },
  demoAnalyst: { zh: '分析员（统计、导出）', en: 'analyst (statistics, exports)' },
  demoInspector: { zh: '巡查员（巡查、告警，限所辖乡镇）', en: 'inspector (routes, alerts in their townships)' },
  demoDuty: {
    zh: '应急值守（发布和解除重污染天气预警）',
    en: 'duty officer (issues and lifts heavy-pollution warnings)',
  },
  demoAdmin: { zh: '管理员（用户、导入、编辑）', en: 'admin (users, imports, edits)' },
});
