// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditChanged } from '../../client/panels/audit/audit-events.ts';
import { AuditPanel } from '../../client/panels/audit/audit-panel.tsx';
import type { AuditEntry } from '../../server/schema/audit.ts';
import { auditActions } from '../../server/schema/enums/audit-action.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { importTargetsBody, json } from './import-targets-fixture.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const entry = (id: number, action: string, rest: Partial<AuditEntry>): AuditEntry => ({
  id,
  at: '2026-12-03T18:32:05.000Z',
  actorId: 1,
  actor: 'admin',
  role: 'admin',
  action,
  entity: 'session',
  entityId: null,
  before: null,
  after: null,
  detail: null,
  ...rest,
});
const entries: AuditEntry[] = [
  entry(5, 'record.update', {
    entity: 'enterprises',
    entityId: '91140902MA0TEST01X',
    before: { operating_status: 'operating', annual_freight_t: 1_200_000, rail_spur: 'none', updated_at: 'x' },
    after: { operating_status: 'suspended', annual_freight_t: 1_500_000, rail_spur: 'planned', updated_at: 'y' },
  }),
  entry(4, 'auth.login', { detail: { address: '::1' } }),
  entry(3, 'import.commit', {
    entity: 'enterprises',
    detail: { fileName: '名录.csv', format: 'csv', crs: 'WGS84', inserted: 3, updated: 0, reassigned: {}, warnings: 1 },
  }),
  entry(2, 'user.create', {
    entity: 'user',
    entityId: '7',
    after: { username: 'zhangsan', displayName: '张三', role: 'inspector', townships: ['140902001'], disabled: false },
  }),
  entry(0, 'alert.sync', { actorId: null, actor: 'system', role: null, entity: 'alert', detail: { raised: [1, 2] } }),
  entry(1, 'alert.assign', {
    entity: 'alert',
    entityId: '12',
    before: { status: 'open', assignee: null },
    after: { status: 'assigned', assignee: 'zhangsan' },
    detail: { note: '请核查', photo: undefined },
  }),
];

describe('audit log (zh)', () => {
  let root: HTMLElement;
  let calls: string[];
  let page: AuditEntry[];
  beforeEach(async () => {
    const targets = await importTargetsBody();
    calls = [];
    page = entries;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        calls.push(url);
        return url.startsWith('/api/audit') ? json({ entries: page, nextBefore: null }) : json(targets);
      }),
    );
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<AuditPanel lang="zh" />, root));
    await flush();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
  });

  const row = (id: number) => root.querySelector(`[data-audit-row="${id}"]`)?.textContent ?? '';

  it('labels actions and fields in Chinese, words values and details, in Beijing time', () => {
    expect(row(5)).toContain('修改记录');
    expect(row(5)).toContain('工业企业 #91140902MA0TEST01X');
    expect(row(5)).toContain('生产状态：在产 → 停产');
    expect(row(5)).toContain('年货运量：120 万吨/年 → 150 万吨/年');
    expect(row(5)).toContain('铁路专用线：无 → 规划中');
    expect(row(4)).toContain('登录地址：::1');
    expect(row(3)).toContain('文件：名录.csv');
    expect(row(3)).toContain('格式：CSV');
    expect(row(2)).toContain('角色：— → 巡查员');
    expect(row(1)).toContain('状态：待处置 → 已指派');
    expect(row(1)).toContain('备注：请核查');
    expect(row(0)).toContain('系统（规则引擎）');
    expect(row(0)).toContain('新增告警：1、2');
    expect(root.textContent).not.toMatch(/[{}]/);
    expect(row(4)).toContain('2026-12-04 02:32:05');
    const text = (root.textContent ?? '')
      .replaceAll('名录.csv', '')
      .replaceAll('zhangsan', '')
      .replaceAll('91140902MA0TEST01X', '');
    expect(englishLeaks(text)).toEqual([]);
  });

  it('filters by action label, not code', async () => {
    const select = root.querySelector('[data-audit-action]') as HTMLSelectElement;
    const options = [...select.querySelectorAll('option')];
    expect(options).toHaveLength(auditActions.length + 1);
    expect(options.map((o) => o.textContent).join()).not.toMatch(/[a-z]+\.[a-z]/);
    select.value = 'record.update';
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(calls.at(-1)).toContain('action=record.update');
  });

  it('reloads when something was audited (an import, an edit, an account)', async () => {
    page = [entry(6, 'import.commit', { entity: 'enterprises', detail: { inserted: 1 } }), ...entries];
    act(() => auditChanged());
    await flush();
    expect(root.querySelector('[data-audit-row="6"]')).not.toBeNull();
  });
});

describe('audit log before the field names arrive', () => {
  it('shows no row with column names while the vocabulary loads', async () => {
    const targets = await importTargetsBody();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.startsWith('/api/audit') ? json({ entries, nextBefore: null }) : held.then(() => json(targets)),
      ),
    );
    const root = document.createElement('div');
    act(() => render(<AuditPanel lang="zh" />, root));
    await flush();
    expect(root.textContent).not.toContain('operating_status');
    act(() => release());
    await flush();
    await flush();
    expect(root.querySelector('[data-audit-row="5"]')?.textContent).toContain('生产状态：在产 → 停产');
    render(null, root);
    vi.unstubAllGlobals();
  });
});
