import type { Alert } from '../../server/schema/alerts.ts';

/** A ledger alert for the 告警 view's component tests. */
export function ledgerAlert(id: number, changes: Partial<Alert> = {}): Alert & { provisional: false } {
  return {
    id,
    provisional: false,
    rule: 'nrmm-banned-in-zone',
    task: 14,
    severity: 'violation',
    layer: 'machines',
    entityId: `M0000${id}`,
    township: '140902103',
    title: { zh: '禁用区内高排放机械', en: 'Banned machine in the zone' },
    detail: { zh: '国二挖掘机', en: 'China II excavator' },
    since: '2023-12-01T00:00',
    raisedAt: '2023-12-31T23:00',
    lastSeenAt: '2023-12-31T23:00',
    clearedAt: null,
    status: 'open',
    assignee: null,
    events: [{ action: 'raised', actor: 'system', at: '2023-12-31T23:00', note: null, hasPhoto: false }],
    ...changes,
  };
}
