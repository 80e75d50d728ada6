// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../client/api/session.ts';
import { eventLine } from '../../client/views/alerts/alert-history.tsx';
import { AlertGroup } from '../../client/views/alerts/alert-group.tsx';
import type { RowContext } from '../../client/views/alerts/alert-row.tsx';
import { summarizeAlerts } from '../../client/views/alerts/alert-summary.ts';
import { alertTime } from '../../client/views/alerts/alert-time.ts';
import { createAssigneeCache } from '../../client/views/alerts/use-assignees.ts';
import type { ListedAlert } from '../../server/schema/alerts.ts';
import { ledgerAlert } from './alerts-fixtures.ts';

const admin = { id: 1, username: 'admin', displayName: '演示·管理员', role: 'admin', townships: [] };
beforeAll(async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      const body = path.startsWith('/api/auth/me')
        ? { user: admin, csrfToken: 't', demo: false, publicRead: false }
        : { alertId: 1, township: '140902103', assignees: [{ username: 'zhangsan', displayName: '张三' }] };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
  await loadSession();
});
afterAll(() => vi.unstubAllGlobals());

const context = (): RowContext => ({
  lang: 'zh',
  entityName: (_layer, id) => `机械${id}`,
  townshipName: () => '庄磨镇',
  showEntity: () => undefined,
  assignees: createAssigneeCache(),
  send: async () => null,
});
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('alert times and history', () => {
  it('shows every time in China Standard Time', () => {
    expect(alertTime('2026-12-03T18:28:05.123Z')).toBe('2026-12-04 02:28');
    expect(alertTime('2023-12-31T23:00')).toBe('2023-12-31 23:00');
    expect(
      eventLine(
        {
          action: 'resolved',
          actor: 'lixd',
          actorName: '李晓东',
          at: '2026-12-03T18:28:00.000Z',
          note: '已撤出',
          hasPhoto: true,
        },
        'zh',
      ),
    ).toBe('2026-12-04 02:28 办结 · 李晓东 · 已撤出 · 附照片');
  });

  it('names people by display name, the system in Chinese, and words the ledger’s English note', () => {
    expect(
      eventLine(
        {
          action: 'assigned',
          actor: 'admin',
          actorName: '演示·管理员',
          assigneeName: '张三',
          at: '2026-12-03T16:00:00.000Z',
          note: '→ zhangsan · 今日核查',
          hasPhoto: false,
        },
        'zh',
      ),
    ).toBe('2026-12-04 00:00 指派 · 演示·管理员 · → 张三 · 今日核查');
    expect(
      eventLine(
        {
          action: 'cleared',
          actor: 'system',
          at: '2024-01-02T00:00',
          note: 'condition no longer holds',
          hasPhoto: false,
        },
        'zh',
      ),
    ).toBe('2024-01-02 00:00 条件消除 · 系统 · 条件已不再成立');
  });
});

describe('a live refresh of the list', () => {
  it('patches rows in place: typed text, focus, open sections stay; the other row’s news shows', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const ctx = context();
    const first: ListedAlert[] = [
      ledgerAlert(1, { status: 'assigned', assignee: 'zhangsan', assigneeName: '张三' }),
      ledgerAlert(2),
    ];
    act(() =>
      render(<AlertGroup rule="nrmm-banned-in-zone" hits={first} leadUnits="区生态环境分局" context={ctx} />, root),
    );
    await flush();
    const note = root.querySelector('li[data-alert="1"] [data-input="note"]') as HTMLInputElement;
    act(() => {
      note.focus();
      note.value = '正在撤出';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const history = root.querySelector('li[data-alert="1"] details.alert-history') as HTMLDetailsElement;
    history.open = true;
    const group = root.querySelector('details.alert-group') as HTMLDetailsElement;
    act(() => {
      group.open = false;
      group.dispatchEvent(new Event('toggle'));
    });

    // another session assigned alert 2; a third alert came in: the refresh brings a new list
    const second: ListedAlert[] = [
      { ...first[0], events: [...(first[0]?.events ?? [])] } as ListedAlert,
      ledgerAlert(2, { status: 'assigned', assignee: 'zhangsan', assigneeName: '张三' }),
      ledgerAlert(3),
    ];
    act(() =>
      render(<AlertGroup rule="nrmm-banned-in-zone" hits={second} leadUnits="区生态环境分局" context={ctx} />, root),
    );
    await flush();
    expect(root.querySelector('li[data-alert="1"] [data-input="note"]')).toBe(note);
    expect(note.value).toBe('正在撤出');
    expect(document.activeElement).toBe(note);
    expect(history.open).toBe(true);
    expect(group.open).toBe(false);
    expect(root.querySelector('li[data-alert="2"] [data-alert-status]')?.textContent).toBe('已指派 · 张三');
    expect(root.querySelectorAll('li[data-alert]')).toHaveLength(3);
  });
});

describe('the township filter', () => {
  it('narrows the list, the severity counts and the 按乡镇 summary', () => {
    const alerts = [
      ledgerAlert(1, { township: '140902103' }),
      ledgerAlert(2, { township: '140902105', severity: 'warning' }),
      ledgerAlert(3, { township: '140902001' }),
    ];
    const all = summarizeAlerts(alerts, ['violation', 'warning'], []);
    expect(all.byTownship.map(([code]) => code).sort()).toEqual(['140902001', '140902103', '140902105']);
    const mine = summarizeAlerts(alerts, ['violation', 'warning'], ['140902103', '140902105']);
    expect(mine.shown.map((a) => a.id)).toEqual([1, 2]);
    expect(mine.byTownship).toEqual([
      ['140902103', 1],
      ['140902105', 1],
    ]);
    expect(summarizeAlerts(alerts, ['violation'], ['140902103', '140902105']).bySeverity.get('warning')).toBe(1);
  });
});
