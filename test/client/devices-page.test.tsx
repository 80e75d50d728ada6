// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DevicesPage, type DevicesSubscribe } from '../../client/views/devices/devices-page.tsx';
import type { DevicesEvent } from '../../server/schema/live-events.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { json } from './import-targets-fixture.ts';
import { detail, devices } from './devices-fixtures.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

interface Sent {
  method: string;
  url: string;
  body: unknown;
}

/** Mounts the page over a fetch that serves the fixtures; `answer` decides the writes. */
async function mount(options: { admin: boolean; answer?: (sent: Sent) => Response; subscribe?: DevicesSubscribe }) {
  const sent: Sent[] = [];
  const gets: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      if (method === 'GET') {
        gets.push(url);
        if (url === '/api/devices') return json({ devices });
        const mn = decodeURIComponent(url.split('/').at(-1) ?? '');
        const found = devices.find((d) => d.mn === mn);
        return found ? json(detail(found)) : json({ error: { code: 'not_found', message: 'no device' } }, 404);
      }
      const entry = { method, url, body: init?.body ? (JSON.parse(String(init.body)) as unknown) : null };
      sent.push(entry);
      return options.answer?.(entry) ?? json({}, 500);
    }),
  );
  const root = document.createElement('div');
  document.body.append(root);
  const stations = [{ id: '1318A', name: '忻府区环境监测站' }];
  const enterprises = [{ id: 'E0101', name: '忻州市某水泥有限公司' }];
  act(() =>
    render(
      <DevicesPage
        lang="zh"
        admin={options.admin}
        stations={stations}
        enterprises={enterprises}
        subscribe={options.subscribe}
      />,
      root,
    ),
  );
  await flush();
  return { root, sent, gets };
}

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-device-row]')].map((r) => r.getAttribute('data-device-row'));
const statusOf = (root: HTMLElement, mn: string) =>
  root.querySelector(`[data-device-row="${mn}"] [data-device-status]`)?.textContent;
function choose(select: Element | null, value: string) {
  const element = select as HTMLSelectElement;
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}
function type(input: Element | null, value: string) {
  const element = input as HTMLInputElement;
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

let mounted: HTMLElement | null = null;
afterEach(() => {
  if (mounted) render(null, mounted);
  mounted?.remove();
  mounted = null;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('数据 → 设备: the list', () => {
  it('shows every device, offline first, with status since, counts and the last error, in Chinese only', async () => {
    const { root } = await mount({ admin: false });
    mounted = root;
    expect(rows(root)).toEqual(['S0001', 'M0001', 'A0001', 'N0001']);
    expect(statusOf(root, 'S0001')).toBe('离线 自 2026-12-04 06:00');
    expect(statusOf(root, 'M0001')).toBe('延迟 自 2026-12-04 09:50');
    expect(statusOf(root, 'A0001')).toBe('在线 自 2026-12-04 09:00');
    expect(statusOf(root, 'N0001')).toBe('已停用');
    const a = root.querySelector('[data-device-row="A0001"]');
    expect(a?.querySelector('[data-device-counts]')?.textContent).toBe('1440 / 2 / 5');
    expect(a?.textContent).toContain('2026-12-04 10:05');
    expect(a?.textContent).toContain('空气自动站');
    expect(root.querySelector('[data-device-row="S0001"]')?.textContent).toContain('9 CRC校验错误');
    expect(root.querySelector('[data-device-row="N0001"]')?.textContent).toContain('J-001（已不存在）');
    expect(root.querySelector('[data-devices-count]')?.textContent).toBe('显示 4 / 共 4 台');
    // a reader gets no admin controls
    expect(root.querySelector('[data-device-add]')).toBeNull();
    expect(root.textContent).toContain('仅管理员可新增');
    expect(englishLeaks(root.textContent ?? '')).toEqual([]);
  });

  it('filters by kind and by status', async () => {
    const { root } = await mount({ admin: false });
    mounted = root;
    choose(root.querySelector('[data-devices-filter="kind"]'), 'stack');
    await flush();
    expect(rows(root)).toEqual(['S0001']);
    choose(root.querySelector('[data-devices-filter="status"]'), 'online');
    await flush();
    expect(rows(root)).toEqual([]);
    expect(root.textContent).toContain('没有符合筛选条件的设备');
    choose(root.querySelector('[data-devices-filter="kind"]'), '');
    await flush();
    expect(rows(root)).toEqual(['A0001']);
    expect(root.querySelector('[data-devices-count]')?.textContent).toBe('显示 1 / 共 4 台');
  });

  it('moves statuses on live devices events without a reload', async () => {
    let listener: ((event: DevicesEvent) => void) | null = null;
    const subscribe: DevicesSubscribe = (l) => {
      listener = l;
      return () => {
        listener = null;
      };
    };
    const { root, gets } = await mount({ admin: false, subscribe });
    mounted = root;
    const before = gets.length;
    act(() => listener?.({ devices: [{ mn: 'A0001', status: 'offline', since: '2026-12-04T03:00:00.000Z' }] }));
    await flush();
    expect(statusOf(root, 'A0001')).toBe('离线 自 2026-12-04 11:00');
    expect(rows(root)).toEqual(['A0001', 'S0001', 'M0001', 'N0001']);
    expect(gets.length).toBe(before);
    render(null, root);
    expect(listener).toBeNull();
  });

  it('polls the list every 30 s without live events', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { root, gets } = await mount({ admin: false });
    mounted = root;
    expect(root.querySelector('[data-devices-live]')?.textContent).toContain('每30秒刷新');
    const before = gets.filter((g) => g === '/api/devices').length;
    vi.advanceTimersByTime(30_000);
    await flush();
    expect(gets.filter((g) => g === '/api/devices').length).toBe(before + 1);
  });

  it('a failed load says what failed and retries', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ error: { code: 'internal_error', message: 'boom' } }, 500)),
    );
    const root = document.createElement('div');
    mounted = root;
    document.body.append(root);
    act(() => render(<DevicesPage lang="zh" admin={false} stations={[]} enterprises={[]} />, root));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('设备加载失败：服务器内部错误');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ devices })),
    );
    act(() => (root.querySelector('[data-devices-retry]') as HTMLButtonElement).click());
    await flush();
    expect(rows(root)).toHaveLength(4);
  });
});

describe('数据 → 设备: a device’s detail', () => {
  it('a reader’s rows do not open (the API serves packets and error logs to admins)', async () => {
    const { root, gets } = await mount({ admin: false });
    mounted = root;
    act(() => (root.querySelector('[data-device-row="S0001"]') as HTMLElement).click());
    await flush();
    expect(root.querySelector('[data-device-detail]')).toBeNull();
    expect(root.querySelector('[data-device-open]')).toBeNull();
    expect(gets).toEqual(['/api/devices']);
  });

  it('opens with its last packet and error log, each code with its meaning', async () => {
    const { root } = await mount({ admin: true });
    mounted = root;
    act(() => (root.querySelector('[data-device-open="S0001"]') as HTMLElement).click());
    await flush();
    const panel = root.querySelector('[data-device-detail="S0001"]');
    expect(panel?.querySelector('[data-device-packet]')?.textContent).toContain('PW=******');
    const codes = [...(panel?.querySelectorAll('[data-error-code]') ?? [])].map((c) => c.textContent);
    expect(codes).toEqual(['9 CRC校验错误', '3 密码错误', 'length']);
    expect(panel?.textContent).toContain('CRC 不符');
    expect(panel?.querySelector('[data-device-edit]')).not.toBeNull();
    act(() => (root.querySelector('[data-device-close]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('[data-device-detail]')).toBeNull();
  });

  it('deletes only after the confirmation', async () => {
    const { root, sent } = await mount({ admin: true, answer: () => json({ deleted: 'A0001' }) });
    mounted = root;
    act(() => (root.querySelector('[data-device-row="A0001"]') as HTMLElement).click());
    await flush();
    act(() => (root.querySelector('[data-device-remove]') as HTMLButtonElement).click());
    await flush();
    expect(sent).toEqual([]);
    expect(root.querySelector('[data-device-confirm]')?.textContent).toContain('确定删除设备 A0001？');
    act(() => (root.querySelector('[data-device-confirm-no]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('[data-device-confirm]')).toBeNull();
    act(() => (root.querySelector('[data-device-remove]') as HTMLButtonElement).click());
    await flush();
    act(() => (root.querySelector('[data-device-confirm-yes]') as HTMLButtonElement).click());
    await flush();
    expect(sent).toEqual([{ method: 'DELETE', url: '/api/devices/A0001', body: {} }]);
    expect(rows(root)).not.toContain('A0001');
    expect(root.querySelector('[data-devices-notice]')?.textContent).toBe('设备 A0001 已删除。');
  });

  it('edits: password reset, interval and disabling in one PATCH', async () => {
    const a = devices.find((d) => d.mn === 'A0001');
    const { root, sent } = await mount({
      admin: true,
      answer: () => json({ ...a, intervalS: 300, enabled: false, status: 'disabled', statusSince: null }),
    });
    mounted = root;
    act(() => (root.querySelector('[data-device-row="A0001"]') as HTMLElement).click());
    await flush();
    act(() => (root.querySelector('[data-device-save]') as HTMLButtonElement).click());
    await flush();
    expect(sent).toEqual([]);
    expect(root.querySelector('[data-device-edit-message]')?.textContent).toBe('请至少修改一项');
    type(root.querySelector('[data-device-edit-field="password"]'), 'n3wPass');
    type(root.querySelector('[data-device-edit-field="interval"]'), '300');
    const enabled = root.querySelector('[data-device-edit-field="enabled"]') as HTMLInputElement;
    enabled.checked = false;
    enabled.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    act(() => (root.querySelector('[data-device-save]') as HTMLButtonElement).click());
    await flush();
    expect(sent).toEqual([
      { method: 'PATCH', url: '/api/devices/A0001', body: { password: 'n3wPass', intervalS: 300, enabled: false } },
    ]);
    expect(statusOf(root, 'A0001')).toBe('已停用');
  });
});

describe('数据 → 设备: 新增设备', () => {
  it('names empty fields, then shows the server’s Chinese 400', async () => {
    const { root, sent } = await mount({
      admin: true,
      answer: () =>
        json(
          {
            error: {
              code: 'invalid_request',
              message: 'mn: invalid',
              text: { zh: '设备编号（MN）须为1–24位字母、数字或“-”', en: 'mn: invalid' },
            },
          },
          400,
        ),
    });
    mounted = root;
    act(() => (root.querySelector('[data-device-add]') as HTMLButtonElement).click());
    await flush();
    const submit = () => act(() => (root.querySelector('[data-device-create]') as HTMLButtonElement).click());
    const message = () => root.querySelector('[data-device-message]')?.textContent;
    submit();
    await flush();
    expect(message()).toBe('请填写设备编号（MN）');
    type(root.querySelector('[data-device-field="mn"]'), 'BAD MN!');
    type(root.querySelector('[data-device-field="password"]'), '123456');
    await flush();
    submit();
    await flush();
    expect(message()).toBe('请选择绑定对象');
    choose(root.querySelector('[data-device-field="station"]'), '1318A');
    await flush();
    submit();
    await flush();
    expect(sent[0]?.body).toEqual({
      mn: 'BAD MN!',
      password: '123456',
      kind: 'ambient',
      entity: { layer: 'stations', id: '1318A' },
    });
    expect(message()).toBe('设备编号（MN）须为1–24位字母、数字或“-”');
    expect(root.querySelector('[data-device-message="error"]')).not.toBeNull();
  });

  it('creates a stack device with a new outlet: the standard fills reference O2 and limits', async () => {
    const created = { ...devices[0], mn: 'S0002', kind: 'stack', status: 'offline', statusSince: null };
    const { root, sent } = await mount({ admin: true, answer: () => json(created, 201) });
    mounted = root;
    act(() => (root.querySelector('[data-device-add]') as HTMLButtonElement).click());
    await flush();
    type(root.querySelector('[data-device-field="mn"]'), 'S0002');
    type(root.querySelector('[data-device-field="password"]'), '123456');
    choose(root.querySelector('[data-device-field="kind"]'), 'stack');
    await flush();
    choose(root.querySelector('[data-device-field="enterprise"]'), 'E0101');
    type(root.querySelector('[data-device-field="code"]'), 'DA002');
    type(root.querySelector('[data-device-field="name"]'), '2#水泥磨排气筒');
    choose(root.querySelector('[data-device-field="standard"]'), 'gb16171-2012-coke-oven');
    await flush();
    expect((root.querySelector('[data-device-field="referenceO2"]') as HTMLInputElement).value).toBe('8');
    expect((root.querySelector('[data-device-field="limits.nox"]') as HTMLInputElement).value).toBe('500');
    type(root.querySelector('[data-device-field="ule.pm"]'), '10');
    await flush();
    act(() => (root.querySelector('[data-device-create]') as HTMLButtonElement).click());
    await flush();
    expect(sent[0]?.body).toEqual({
      mn: 'S0002',
      password: '123456',
      kind: 'stack',
      entity: { layer: 'outlets', id: 'new' },
      outlet: {
        enterpriseId: 'E0101',
        code: 'DA002',
        name: '2#水泥磨排气筒',
        standard: 'gb16171-2012-coke-oven',
        referenceO2: 8,
        limits: { pm: 30, so2: 50, nox: 500 },
        uleLimits: { pm: 10 },
      },
    });
    expect(root.querySelector('[data-device-form]')).toBeNull();
    expect(root.querySelector('[data-devices-notice]')?.textContent).toBe('设备 S0002 已新增。');
    expect(rows(root)).toContain('S0002');
  });
});
