// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../client/api/session.ts';
import { ReportDetail } from '../../client/views/enforcement/report-detail.tsx';
import type { PublicReportDetail } from '../../server/schema/public-reports.ts';

const calls: { path: string; body: unknown }[] = [];
let role = 'duty';

beforeAll(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      if (path.startsWith('/api/auth/me')) {
        const user = { id: 1, username: role, displayName: role, role, townships: [] };
        return Response.json({ user, csrfToken: 't', demo: false, publicRead: false });
      }
      calls.push({ path, body: init?.body ? JSON.parse(String(init.body)) : null });
      return Response.json(path === '/api/cases' ? { id: 7, number: '忻府环立〔2023〕7号' } : { status: 'accepted' });
    }),
  );
});
afterAll(() => vi.unstubAllGlobals());

const report = (overrides: Partial<PublicReportDetail> = {}): PublicReportDetail => ({
  id: 3,
  ticket: 'JB20231230-XFDEMQ',
  receivedAt: '2023-12-30T09:15',
  category: 'burning',
  status: 'received',
  description: '村东头有人焚烧秸秆，浓烟很大',
  township: '140902001',
  townshipName: '秀容街道',
  address: null,
  lon: 112.73,
  lat: 38.42,
  hasPhoto: false,
  handler: null,
  updatedAt: '2023-12-30T09:15',
  provenance: 'synthetic',
  photoId: null,
  reply: null,
  alertId: 12,
  contactVisible: true,
  contact: { name: '王先生', phone: '13900001234' },
  steps: [],
  ...overrides,
});

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

async function mount(detail: PublicReportDetail, as: string) {
  role = as;
  await loadSession();
  const host = document.createElement('div');
  const changed = vi.fn();
  await act(() => render(<ReportDetail report={detail} lang="zh" onChanged={changed} onShowOnMap={() => {}} />, host));
  return { host, changed };
}

describe('a public report’s detail', () => {
  it('shows the contact data when served, the step buttons of its status, and 立案 for case workers', async () => {
    const { host } = await mount(report(), 'duty');
    expect(host.querySelector('[data-report-contact]')?.textContent).toBe('王先生 13900001234');
    const steps = [...host.querySelectorAll('[data-report-step]')].map((b) => b.getAttribute('data-report-step'));
    expect(steps).toEqual(['accept', 'reject']);
    expect(host.querySelector('[data-act="report-file-case"]')).not.toBeNull();
    expect(host.textContent).toContain('演示数据（合成）');
  });

  it('says who sees the contact data when it is withheld, and offers a reader no step', async () => {
    const { host } = await mount(report({ contactVisible: false, contact: null }), 'official');
    expect(host.querySelector('[data-report-contact]')?.textContent).toMatch(/仅对管理员、值班人员/);
    expect(host.querySelectorAll('[data-report-step]')).toHaveLength(0);
    expect(host.querySelector('[data-act="report-file-case"]')).toBeNull();
  });

  it('asks for a reason and a reply before rejecting, then sends the step', async () => {
    const { host, changed } = await mount(report(), 'duty');
    await act(() => (host.querySelector('[data-report-step="reject"]') as HTMLButtonElement).click());
    await act(() => (host.querySelector('[data-act="report-step-send"]') as HTMLButtonElement).click());
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/请填写不予受理理由/);
    const [reason, reply] = [...host.querySelectorAll('textarea')] as HTMLTextAreaElement[];
    await act(() => {
      reason!.value = '重复举报';
      reason!.dispatchEvent(new Event('input'));
      reply!.value = '已合并办理';
      reply!.dispatchEvent(new Event('input'));
    });
    calls.length = 0;
    await act(() => (host.querySelector('[data-act="report-step-send"]') as HTMLButtonElement).click());
    await flush();
    expect(calls).toEqual([
      { path: '/api/public-reports/3/steps', body: { action: 'reject', reason: '重复举报', reply: '已合并办理' } },
    ]);
    expect(changed).toHaveBeenCalled();
  });

  it('opens a case from the report and shows its number', async () => {
    const { host } = await mount(report(), 'inspector');
    calls.length = 0;
    await act(() => (host.querySelector('[data-act="report-file-case"]') as HTMLButtonElement).click());
    await flush();
    expect(calls[0]).toMatchObject({ path: '/api/cases', body: { origin: 'public-report', reportId: 3 } });
    expect(host.querySelector('[data-report-case]')?.textContent).toBe('已立案：忻府环立〔2023〕7号');
  });
});
