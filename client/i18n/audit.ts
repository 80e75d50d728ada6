import { defineMessages } from './define-messages.ts';

/**
 * The 审计日志 panel's messages.
 *
 * @example
 * auditMessages('zh').title; // '审计日志'
 */
export const auditMessages = defineMessages({
  title: { zh: '审计日志', en: 'Audit log' },
  readonly: {
    zh: '审计日志只读，不可修改；最新的在前；时间为北京时间。',
    en: 'The audit log is read-only and cannot be edited; newest first; times are China Standard Time.',
  },
  actor: { zh: '操作人', en: 'Actor' },
  actorFilter: { zh: '按操作人筛选', en: 'Filter by actor' },
  actionFilter: { zh: '按操作筛选', en: 'Filter by action' },
  allActions: { zh: '全部操作', en: 'All actions' },
  time: { zh: '时间', en: 'Time' },
  action: { zh: '操作', en: 'Action' },
  object: { zh: '对象', en: 'Object' },
  changes: { zh: '变更', en: 'Changes' },
  loading: { zh: '正在加载审计日志…', en: 'Loading the audit log…' },
  failed: { zh: '审计日志加载失败', en: 'Could not load the audit log' },
  retry: { zh: '重试', en: 'Retry' },
  older: { zh: '更早', en: 'Older' },
  none: { zh: '没有符合条件的记录', en: 'No matching entries' },
  boundaryUpdated: { zh: '（边界已更新）', en: '(boundary updated)' },
  more: { zh: (n: number) => `…另有 ${n} 项`, en: (n: number) => `… ${n} more` },
  items: { zh: (n: number) => `${n} 项`, en: (n: number) => `${n} items` },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  self: { zh: '本人', en: 'self' },
  attached: { zh: '已附', en: 'attached' },
  position: {
    zh: (lon: string, lat: string) => `经度 ${lon}，纬度 ${lat}`,
    en: (lon: string, lat: string) => `${lon}, ${lat}`,
  },
  unknownAction: { zh: '其他操作', en: 'Other action' },
  system: { zh: '系统（规则引擎）', en: 'system (rule engine)' },
});

/**
 * Names of the keys the audit log's before/after and details hold that are not import fields (those are named by
 * GET /api/imports/targets): the layers' computed columns, alerts, tasks, accounts, sessions and import summaries.
 */
export const auditKeyLabels: Readonly<Record<string, { zh: string; en: string }>> = {
  id: { zh: '编号', en: 'Code' },
  code: { zh: '代码', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  lon: { zh: '经度', en: 'Longitude' },
  lat: { zh: '纬度', en: 'Latitude' },
  township_code: { zh: '所属乡镇', en: 'Township' },
  township: { zh: '所属乡镇', en: 'Township' },
  provenance: { zh: '来源', en: 'Provenance' },
  source: { zh: '数据出处', en: 'Source' },
  updated_at: { zh: '更新时间', en: 'Updated at' },
  created_at: { zh: '创建时间', en: 'Created at' },
  treatment_processes: { zh: '治理工艺', en: 'Treatment processes' },
  key_vehicle_unit: { zh: '重点用车单位', en: 'Key vehicle user' },
  gate_system: { zh: '门禁系统', en: 'Gate system' },
  readings_provenance: { zh: '监测数据来源', en: 'Readings provenance' },
  area_km2: { zh: '面积（km²）', en: 'Area (km²)' },
  status: { zh: '状态', en: 'Status' },
  assignee: { zh: '指派给', en: 'Assignee' },
  note: { zh: '备注', en: 'Note' },
  photo: { zh: '照片', en: 'Photo' },
  progressNote: { zh: '进展说明', en: 'Progress note' },
  username: { zh: '用户名', en: 'User name' },
  displayName: { zh: '姓名', en: 'Name' },
  role: { zh: '角色', en: 'Role' },
  townships: { zh: '负责乡镇', en: 'Townships' },
  disabled: { zh: '已停用', en: 'Disabled' },
  passwordChanged: { zh: '已重设密码', en: 'Password reset' },
  by: { zh: '操作方式', en: 'By' },
  address: { zh: '登录地址', en: 'IP address' },
  at: { zh: '时点', en: 'As of' },
  raised: { zh: '新增告警', en: 'Raised' },
  cleared: { zh: '消除告警', en: 'Cleared' },
  fileName: { zh: '文件', en: 'File' },
  format: { zh: '格式', en: 'Format' },
  crs: { zh: '坐标系', en: 'CRS' },
  inserted: { zh: '新增', en: 'Inserted' },
  updated: { zh: '更新', en: 'Updated' },
  reassigned: { zh: '改属乡镇', en: 'Moved township' },
  warnings: { zh: '提示', en: 'Warnings' },
  position: { zh: '位置', en: 'Position' },
};

/** What an audit entry concerns: the layers by their names, and the other entities. */
export const auditEntityLabels: Readonly<Record<string, { zh: string; en: string }>> = {
  townships: { zh: '乡镇（街道）边界', en: 'Township boundaries' },
  villages: { zh: '村（社区）', en: 'Villages' },
  enterprises: { zh: '工业企业', en: 'Enterprises' },
  'construction-sites': { zh: '建筑工地', en: 'Construction sites' },
  'nrmm-zones': { zh: '非道路移动机械排放控制区', en: 'NRMM control zones' },
  machines: { zh: '非道路移动机械', en: 'Non-road machinery' },
  stations: { zh: '空气质量监测站', en: 'Monitoring stations' },
  'dustfall-points': { zh: '降尘监测点', en: 'Dustfall points' },
  'fuel-points': { zh: '非标油品线索', en: 'Illegal fuel points' },
  alert: { zh: '告警', en: 'Alert' },
  task: { zh: '任务', en: 'Task' },
  'city-indicators': { zh: '市下达年度约束性指标', en: 'City-assigned annual indicators' },
  user: { zh: '账号', en: 'Account' },
  session: { zh: '登录会话', en: 'Session' },
};
