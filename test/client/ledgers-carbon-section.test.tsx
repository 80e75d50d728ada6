// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../client/api/session.ts';
import { CarbonList, CarbonTransferForm } from '../../client/views/ledgers/carbon-section.tsx';
import type { CarbonEnterprise, CarbonResponse } from '../../server/schema/voc-ledger.ts';

const inspector = { id: 3, username: 'li', displayName: '李巡查', role: 'inspector', townships: ['140902001'] };
const posted: { path: string; body: unknown }[] = [];
beforeAll(async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      if (path.startsWith('/api/auth/me')) {
        const me = { user: inspector, csrfToken: 't', demo: false, publicRead: false };
        return new Response(JSON.stringify(me), { headers: { 'content-type': 'application/json' } });
      }
      posted.push({ path, body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify({ id: 7 }), { status: 201, headers: { 'content-type': 'application/json' } });
    }),
  );
  await loadSession();
});
afterAll(() => vi.unstubAllGlobals());

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

function ledger(id: string, overrides: Partial<CarbonEnterprise> = {}): CarbonEnterprise {
  return {
    enterpriseId: id,
    name: `${id}印刷`,
    industry: 'packaging-printing',
    township: '140902001',
    townshipName: '秀容街道',
    position: [112.7, 38.4],
    replacements: [
      {
        id: 11,
        enterpriseId: id,
        facility: '1#活性炭吸附箱',
        replacedOn: '2023-05-01',
        carbonForm: 'honeycomb',
        filledKg: 450,
        designFillKg: 500,
        fillShortKg: 50,
        iodineMgG: 700,
        iodineFloor: 650,
        iodineBelowFloor: false,
        spentKg: 520,
        transferredKg: 0,
        untransferredKg: 520,
        daysSince: 244,
        transferOverdue: true,
        provenance: 'synthetic',
      },
    ],
    transfers: [],
    spentKg: 520,
    transferredKg: 0,
    untransferredKg: 520,
    fillShort: true,
    transferOverdue: true,
    synthetic: true,
    ...overrides,
  };
}

const response = (enterprises: CarbonEnterprise[]): CarbonResponse => ({
  asOf: '2023-12-31T23:00',
  iodineFloors: { granular: 800, honeycomb: 650 },
  transferWithinDays: 90,
  enterprises,
  total: enterprises.length,
});

describe('the activated-carbon list', () => {
  it('shows totals, the fill bar, the iodine floor, the balance and the days, marked synthetic', () => {
    const root = document.createElement('div');
    render(<CarbonList lang="zh" response={response([ledger('E1')])} selectedId={null} onSelect={() => {}} />, root);
    expect(root.querySelector('[data-carbon-totals]')?.textContent).toBe(
      '1 家企业；填充不足或碘值偏低 1 家；超期未转移 1 家；未转移废炭 520 kg',
    );
    const row = root.querySelector('[data-carbon-row="E1"]');
    expect(row?.querySelector('.fill-bar')?.getAttribute('aria-label')).toBe('450/500 kg');
    expect(row?.querySelector<HTMLElement>('.fill.short')?.style.width).toBe('90%');
    expect(row?.textContent).toContain('700 / 650');
    expect(row?.textContent).toContain('244 天');
    expect(row?.textContent).toContain('演示数据（合成）');
    expect(row?.textContent).toContain('超期未转移');
    expect(root.textContent).toContain('本系统约定');
  });

  it('selects a row and expands its replacements and transfers', () => {
    const root = document.createElement('div');
    const picked: string[] = [];
    const view = (selectedId: string | null) => (
      <CarbonList
        lang="en"
        response={response([ledger('E1')])}
        selectedId={selectedId}
        onSelect={(e) => picked.push(e.enterpriseId)}
      />
    );
    render(view(null), root);
    root.querySelector<HTMLButtonElement>('[data-carbon-row="E1"] button')?.click();
    expect(picked).toEqual(['E1']);
    render(view('E1'), root);
    const detail = root.querySelector('[data-carbon-detail="E1"]');
    expect(detail?.textContent).toContain('2023-05-01 1#活性炭吸附箱: filled 450/500 kg, spent 520 kg, 520 kg left');
    expect(detail?.textContent).toContain('no transfers');
  });
});

describe('the transfer form', () => {
  it('posts a transfer naming the replacement', async () => {
    const root = document.createElement('div');
    let saved = 0;
    render(<CarbonTransferForm lang="zh" enterprise={ledger('E1')} onSaved={() => saved++} />, root);
    const fill = async (name: string, value: string, event = 'input') => {
      const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
      if (!input) throw new Error(`no ${name}`);
      input.value = value;
      await act(() => {
        input.dispatchEvent(new Event(event, { bubbles: true }));
      });
    };
    await fill('manifestNo', '140920230001');
    await fill('receiver', '示例处置单位');
    await fill('quantityKg', '520');
    await fill('transferredOn', '2023-06-01');
    await fill('replacementId', '11', 'change');
    await act(() => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await flush();
    expect(posted.at(-1)).toEqual({
      path: '/api/voc/carbon/transfers',
      body: {
        enterpriseId: 'E1',
        replacementId: 11,
        manifestNo: '140920230001',
        receiver: '示例处置单位',
        quantityKg: 520,
        transferredOn: '2023-06-01',
      },
    });
    expect(saved).toBe(1);
    expect(root.querySelector('[data-voc-saved]')?.textContent).toBe('已保存');
  });
});
