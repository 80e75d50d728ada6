import { defineMessages } from './define-messages.ts';

const spaced = (at: string) => at.replace('T', ' ');

/** Every visible string of the 告警 view (client/views/alerts/), in Chinese and English. */
export const alertsMessages = defineMessages({
  loading: { zh: '正在加载…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  loadFailed: { zh: (why: string) => `告警加载失败：${why}`, en: (why: string) => `Could not load alerts: ${why}` },
  title: { zh: (at: string) => `告警（截至 ${spaced(at)}）`, en: (at: string) => `Alerts (as of ${spaced(at)})` },
  refreshedAt: {
    zh: (at: string) => `每 15 秒自动刷新 · 更新于 ${at}`,
    en: (at: string) => `Refreshes every 15 s · updated ${at}`,
  },
  ozoneControl: { zh: '臭氧管控', en: 'Ozone control' },
  /** With the window in the one wording of task 14 (scheduleText): 臭氧管控 5–9月 每日10–16时. */
  ozoneControlWindow: {
    zh: (window: string) => `臭氧管控 ${window}`,
    en: (window: string) => `Ozone control ${window}`,
  },
  /** The campaign's season, its dates a convention (约定). */
  autumnWinterPeriod: {
    zh: (from: string, to: string) => `秋冬季攻坚期间 ${from} — ${to}（约定）`,
    en: (from: string, to: string) => `Campaign season ${from} — ${to} (convention)`,
  },
  autumnWinter: { zh: '秋冬季攻坚', en: 'Autumn–winter campaign' },
  noControl: { zh: '当前无季节性管控', en: 'No seasonal control in force' },
  alertLevel: { zh: '重污染天气预警', en: 'Heavy-pollution alert' },
  levelIssued: { zh: '按已发布的预警', en: 'as issued' },
  levelNone: { zh: '预览：无预警', en: 'preview: no alert' },
  levelYellow: { zh: '预览：黄色预警', en: 'preview: yellow' },
  levelOrange: { zh: '预览：橙色预警', en: 'preview: orange' },
  levelRed: { zh: '预览：红色预警', en: 'preview: red' },
  levelBasis: {
    zh: '预警等级及触发条件：忻州市重污染天气应急预案（规划外）',
    en: 'Alert levels and triggers: Xinzhou heavy-pollution emergency plan (outside the plan)',
  },
  heavyPollutionChip: {
    zh: (level: 'none' | 'yellow' | 'orange' | 'red', percent: number, issued: boolean) =>
      `${issued ? '已发布' : '预览'}重污染天气${{ none: '无', yellow: '黄色', orange: '橙色', red: '红色' }[level]}` +
      `预警 · 减排≥${percent}%`,
    en: (level: 'none' | 'yellow' | 'orange' | 'red', percent: number, issued: boolean) =>
      `${issued ? 'Issued' : 'Preview:'} heavy-pollution ${level} alert · cut ≥ ${percent} %`,
  },
  actingAs: {
    zh: (name: string, inspector: boolean) => `以 ${name} 的身份处置${inspector ? '（仅限所辖乡镇）' : ''}`,
    en: (name: string, inspector: boolean) => `Acting as ${name}${inspector ? ' (your townships only)' : ''}`,
  },
  readOnly: {
    zh: '只读：处置告警需巡查员或管理员账号',
    en: 'Read-only: handling alerts needs an inspector or admin account',
  },
  previewNote: {
    zh: (n: number, ledgerAt: string | null) =>
      `预览 ${n} 条：告警台账${ledgerAt ? `同步至 ${spaced(ledgerAt)}` : '尚未同步'}` +
      '，此时刻的规则命中尚未入账，仅供查看，不可处置',
    en: (n: number, ledgerAt: string | null) =>
      `${n} previews: the alert ledger is ${ledgerAt ? `synced to ${spaced(ledgerAt)}` : 'not synced yet'}` +
      '; rule hits at this moment not yet in it are shown read-only, with no actions',
  },
  planRoute: {
    zh: (n: number) => `为这些问题点位规划巡查路线（${n}）`,
    en: (n: number) => `Plan an inspection route for these (${n})`,
  },
  byTownship: { zh: '按乡镇：', en: 'By township: ' },
  noneListed: { zh: '无', en: 'none' },
  /** The rule filter's chip (a 计划 rule jump sets it); its × clears the filter. */
  ruleChip: { zh: (title: string) => `规则：${title}`, en: (title: string) => `Rule: ${title}` },
  clearRule: { zh: '清除规则筛选', en: 'Clear the rule filter' },
  total: {
    zh: (n: number, filtered: boolean) => `共 ${n} 条${filtered ? '（已按乡镇筛选）' : ''}`,
    en: (n: number, filtered: boolean) =>
      `${n} ${n === 1 ? 'alert' : 'alerts'}${filtered ? ' (township filter on)' : ''}`,
  },
  townshipFilter: { zh: '乡镇', en: 'Townships' },
  wholeDistrict: { zh: '全区', en: 'Whole district' },
  myTownships: { zh: '所辖乡镇', en: 'My townships' },
  task: { zh: (n: number) => `任务${n}`, en: (n: number) => `task ${n}` },
  lead: { zh: (units: string) => `牵头：${units || '—'}`, en: (units: string) => `Lead: ${units || '—'}` },
  responsible: {
    zh: (units: string) => `责任单位：${units || '—'}`,
    en: (units: string) => `Responsible: ${units || '—'}`,
  },
  since: { zh: (at: string) => `自 ${spaced(at)}`, en: (at: string) => `since ${spaced(at)}` },
  preview: { zh: '预览', en: 'preview' },
  previewTitle: { zh: '尚未记入告警台账，不可处置', en: 'not yet in the alert ledger: nothing to act on' },
  history: { zh: '处置记录', en: 'History' },
  system: { zh: '系统', en: 'system' },
  conditionCleared: { zh: '条件已不再成立', en: 'condition no longer holds' },
  assignTo: { zh: '指派给', en: 'Assign to' },
  chooseAssignee: { zh: '请选择指派对象', en: 'Choose whom to assign it to' },
  loadingAssignees: { zh: '正在读取巡查员…', en: 'Loading inspectors…' },
  noAssignees: { zh: '该乡镇暂无巡查员账号', en: 'No inspector account for this township' },
  assign: { zh: '指派', en: 'Assign' },
  reassign: { zh: '改派', en: 'Reassign' },
  whatWasDone: { zh: '处置情况', en: 'what was done' },
  noteRequired: { zh: '请填写处置情况', en: 'Say what was done' },
  photo: { zh: '添加现场照片', en: 'Add a site photo' },
  withPhoto: { zh: '附照片', en: 'photo attached' },
  photoChosen: { zh: (name: string) => `照片：${name}`, en: (name: string) => `Photo: ${name}` },
  resolve: { zh: '办结', en: 'Resolve' },
  remark: { zh: '意见', en: 'remark' },
  verify: { zh: '核验通过', en: 'Verify' },
  reopen: { zh: '退回', en: 'Reopen' },
  working: { zh: '提交中…', en: 'Sending…' },
  failed: { zh: (why: string) => `操作失败：${why}`, en: (why: string) => `Failed: ${why}` },
});

/** The messages of the 告警 view in one language. */
export type AlertsMessages = ReturnType<typeof alertsMessages>;
