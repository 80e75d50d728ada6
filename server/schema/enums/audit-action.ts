/**
 * The actions the audit log records (`audit_log.action`: `<entity>.<verb>`). Zod-free: the
 * client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const auditActions = [
  'alert.assign',
  'alert.resolve',
  'alert.verify',
  'alert.reopen',
  'alert.sync',
  'task.update',
  'indicator.update',
  'indicator.delete',
  'record.update',
  'device.create',
  'device.update',
  'device.delete',
  'import.insert',
  'import.update',
  'import.commit',
  'user.create',
  'user.update',
  'user.password',
  'auth.login',
  'auth.logout',
  'auth.login-failed',
  'emergency.warning.issue',
  'emergency.warning.change',
  'emergency.warning.lift',
  'emergency.step.create',
  'emergency.notify',
  'emergency.acknowledge',
  'emergency.supervisors',
  'emergency.visit.create',
  'attachment.create',
  'muck.positions.import',
  'muck.permit.create',
  'muck.permit.update',
  'muck.spill.create',
  'muck.spill.update',
  'emergency.stagger.create',
  'emergency.stagger.update',
  'emergency.stagger.delete',
  'emergency.list.revise',
  'emergency.list.import',
  'emergency.requirement.create',
  'roadside-check.create',
  'repair-inspection.create',
  'repair-inspection.rectify',
  'stockyard.inspection.create',
  'road.standard.update',
  'road.cleaning.create',
  'road.cleaning.track',
  'road.dust-load.create',
  // issue 17 actions: cases
  // issue 17 actions: reports
  // issue 17 actions: visits
  // issue 17 actions: departments
  // issue 17 actions: fuel and voc
  // issue 17 actions: energy
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * @example
 * auditActionLabels['alert.verify'].zh; // '核验告警'
 */
export const auditActionLabels: Labels<AuditAction> = {
  'alert.assign': { zh: '指派告警', en: 'Assign alert' },
  'alert.resolve': { zh: '办结告警', en: 'Resolve alert' },
  'alert.verify': { zh: '核验告警', en: 'Verify alert' },
  'alert.reopen': { zh: '退回告警', en: 'Reopen alert' },
  'alert.sync': { zh: '规则引擎同步告警', en: 'Rule engine synced alerts' },
  'task.update': { zh: '更新任务', en: 'Update task' },
  'indicator.update': { zh: '录入市下达指标', en: 'Enter city-assigned indicators' },
  'indicator.delete': { zh: '删除市下达指标', en: 'Delete city-assigned indicators' },
  'record.update': { zh: '修改记录', en: 'Edit record' },
  'device.create': { zh: '登记设备', en: 'Register device' },
  'device.update': { zh: '修改设备', en: 'Update device' },
  'device.delete': { zh: '删除设备', en: 'Delete device' },
  'import.insert': { zh: '导入新增', en: 'Import: insert' },
  'import.update': { zh: '导入更新', en: 'Import: update' },
  'import.commit': { zh: '完成导入', en: 'Commit import' },
  'user.create': { zh: '新建账号', en: 'Create account' },
  'user.update': { zh: '修改账号', en: 'Update account' },
  'user.password': { zh: '修改本人密码', en: 'Changed own password' },
  'auth.login': { zh: '登录', en: 'Sign in' },
  'auth.logout': { zh: '退出', en: 'Sign out' },
  'auth.login-failed': { zh: '登录失败', en: 'Failed sign-in' },
  'emergency.warning.issue': { zh: '发布重污染天气预警', en: 'Issue a heavy-pollution warning' },
  'emergency.warning.change': {
    zh: '调整预警（升级、降级或延长）',
    en: 'Change a warning (upgrade, downgrade, extend)',
  },
  'emergency.warning.lift': { zh: '解除预警', en: 'Lift a warning' },
  'emergency.step.create': { zh: '记录应急工作步骤', en: 'Record a step of the response' },
  'emergency.notify': { zh: '通知清单企业', en: 'Notify listed enterprises' },
  'emergency.acknowledge': { zh: '登记企业回执', en: 'Record an acknowledgement' },
  'emergency.supervisors': { zh: '指派驻点监督人员', en: 'Assign resident supervisors' },
  'emergency.visit.create': { zh: '记录现场检查', en: 'Record a visit' },
  'attachment.create': { zh: '上传附件', en: 'Upload an attachment' },
  'muck.positions.import': { zh: '导入渣土车定位', en: 'Import muck-truck positions' },
  'muck.permit.create': { zh: '登记渣土车准运证', en: 'Register a muck-truck permit' },
  'muck.permit.update': { zh: '修改渣土车准运证', en: 'Edit a muck-truck permit' },
  'muck.spill.create': { zh: '登记沿途抛洒', en: 'Record a spill report' },
  'muck.spill.update': { zh: '处置沿途抛洒', en: 'Close a spill report' },
  'emergency.stagger.create': { zh: '新增错峰生产安排', en: 'Add a staggered-production schedule' },
  'emergency.stagger.update': { zh: '修改错峰生产安排', en: 'Edit a staggered-production schedule' },
  'emergency.stagger.delete': { zh: '删除错峰生产安排', en: 'Delete a staggered-production schedule' },
  'emergency.list.revise': { zh: '修订应急减排清单', en: 'Revise the emergency reduction list' },
  'emergency.list.import': { zh: '导入应急减排清单', en: 'Import the emergency reduction list' },
  'emergency.requirement.create': { zh: '录入应急减排比例要求', en: 'Enter the required reduction shares' },
  'roadside-check.create': { zh: '记录路检路查', en: 'Record a roadside check' },
  'repair-inspection.create': { zh: '记录维修机构检查', en: 'Record a repair-shop inspection' },
  'repair-inspection.rectify': { zh: '登记维修机构整改', en: 'Record a repair-shop rectification' },
  'stockyard.inspection.create': { zh: '记录堆场检查', en: 'Record a stockyard inspection' },
  'road.standard.update': { zh: '修改道路清扫保洁标准', en: 'Change a road-cleaning standard' },
  'road.cleaning.create': { zh: '登记道路清扫作业', en: 'Record a road cleaning' },
  'road.cleaning.track': { zh: '按作业轨迹登记道路清扫', en: 'Record road cleanings from a sweeper track' },
  'road.dust-load.create': { zh: '记录道路积尘负荷', en: 'Record a road-dust load' },
  // issue 17 labels: cases
  // issue 17 labels: reports
  // issue 17 labels: visits
  // issue 17 labels: departments
  // issue 17 labels: fuel and voc
  // issue 17 labels: energy
};
