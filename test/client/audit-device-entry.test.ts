import { describe, expect, it } from 'vitest';
import { actionText, describeChanges, entityText } from '../../client/panels/audit/describe-entry.ts';
import type { AuditEntry } from '../../server/schema/audit.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';

const entry = (action: string, rest: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-12-04T06:00:00.000Z',
  actorId: 1,
  actor: 'admin',
  role: 'admin',
  action,
  entity: 'device',
  entityId: 'LT22A2180A',
  before: null,
  after: null,
  detail: null,
  ...rest,
});

const device = {
  mn: 'LT22A2180A',
  kind: 'stack',
  entity: { layer: 'outlets', id: 'E0001-DA001' },
  intervalS: 60,
  enabled: true,
};

describe('the audit panel on device registry entries (what routes/devices.ts records)', () => {
  it('names the entity, the action, the fields and the coded values in Chinese', () => {
    const created = entry('device.create', {
      after: device,
      detail: { outlet: { id: 'E0001-DA001', standard: 'gb4915-2013-grinding', limits: { pm: 20 } } },
    });
    const updated = entry('device.update', {
      before: device,
      after: { ...device, intervalS: 3600, enabled: false },
      detail: { passwordChanged: true },
    });
    const lines = [
      entityText(created, 'zh'),
      actionText('device.create', 'zh'),
      actionText('device.update', 'zh'),
      actionText('device.delete', 'zh'),
      ...describeChanges(created, 'zh', null),
      ...describeChanges(updated, 'zh', null),
    ];
    expect(entityText(created, 'zh')).toBe('在线监测设备 #LT22A2180A');
    expect(lines.join('\n')).toContain('类型：— → 排放口在线监测');
    expect(lines.join('\n')).toContain('绑定对象：— → 图层：排放口；编号：E0001-DA001');
    expect(describeChanges(updated, 'zh', null)).toEqual([
      '数据间隔（秒）：60 → 3600',
      '启用：是 → 否',
      '已重设密码：是',
    ]);
    // the MN and ids are codes; every other Latin word would be English in the Chinese UI
    const leaks = englishLeaks(lines.join('\n').replace(/LT22A2180A|E0001-DA001|gb4915-2013-grinding/g, ''));
    expect(leaks).toEqual([]);
  });
});
