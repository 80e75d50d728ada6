// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../client/api/session.ts';
import { FuelSampleList, formatRate } from '../../client/views/enforcement/fuel-section.tsx';
import { matchEnterprises } from '../../client/views/enforcement/visit-form.tsx';
import { VisitList } from '../../client/views/enforcement/visits-section.tsx';
import type { FuelSample } from '../../server/schema/fuel-samples.ts';
import type { AssistanceVisit } from '../../server/schema/visits.ts';

const inspector = { id: 3, username: 'li', displayName: '李巡查', role: 'inspector', townships: ['140902001'] };
const sent: { path: string; method: string; body: unknown }[] = [];
beforeAll(async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      if (path.startsWith('/api/auth/me')) {
        const me = { user: inspector, csrfToken: 't', demo: false, publicRead: false };
        return new Response(JSON.stringify(me), { headers: { 'content-type': 'application/json' } });
      }
      sent.push({ path, method: init?.method ?? 'GET', body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify({ id: 7 }), { headers: { 'content-type': 'application/json' } });
    }),
  );
  await loadSession();
});
afterAll(() => vi.unstubAllGlobals());

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

function createVisit(overrides: Partial<AssistanceVisit> = {}): AssistanceVisit {
  return {
    id: 5,
    enterpriseId: 'E0001',
    enterpriseName: '示例焦化有限公司',
    township: '140902001',
    townshipName: '秀容街道',
    position: [112.7, 38.4],
    departmentId: 'eco-env',
    departmentName: '市生态环境局忻府分局',
    visitedAt: '2023-11-20T10:00',
    visitors: '张三、李四',
    topic: 'technical',
    problems: [{ text: '布袋除尘器压差异常', category: 'treatment' }],
    requests: [
      {
        id: 9,
        text: '冬季天然气供应保障',
        category: 'energy',
        departmentId: 'energy',
        departmentName: '区能源局',
        status: 'open',
        response: null,
        answeredAt: null,
        openDays: 41,
      },
    ],
    followUp: '复查除尘器',
    followUpDueOn: '2023-12-01',
    followUpDoneOn: null,
    followUpOverdue: true,
    photoId: null,
    provenance: 'synthetic',
    ...overrides,
  };
}

function createSample(overrides: Partial<FuelSample> = {}): FuelSample {
  return {
    id: 1,
    sampleNo: 'YP-2023-001',
    sampledAt: '2023-12-10T10:00',
    siteKind: 'station',
    siteName: '中国石化示例加油站（演示）',
    siteRef: null,
    township: '140902001',
    townshipName: '秀容街道',
    lon: 112.7,
    lat: 38.4,
    product: 'diesel-0',
    standard: 'GB 19147-2016',
    result: 'fail',
    resultOn: '2023-12-18',
    failedItems: [{ item: '硫含量', value: 86, limit: 10, unit: 'mg/kg' }],
    lab: null,
    sampler: '赵六',
    trace: null,
    provenance: 'synthetic',
    source: '演示数据（合成）',
    ...overrides,
  };
}

describe('the 帮扶走访 list', () => {
  it('shows the enterprise, problems, an open request with its days and the overdue follow-up', () => {
    const root = document.createElement('div');
    const response = { asOf: '2023-12-31T23:00', total: 3, visits: [createVisit()] };
    render(<VisitList lang="zh" response={response} onShow={() => {}} onSaved={() => {}} />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('显示 1 / 共 3 次');
    expect(text).toContain('示例焦化有限公司');
    expect(text).toContain('布袋除尘器压差异常（治理设施运行）');
    expect(text).toContain('待答复');
    expect(text).toContain('已 41 天');
    expect(text).toContain('跟进逾期');
  });

  it('answers an open request inline for a supervising user', async () => {
    const root = document.createElement('div');
    const saved = vi.fn();
    const response = { asOf: '2023-12-31T23:00', total: 1, visits: [createVisit()] };
    render(<VisitList lang="zh" response={response} onShow={() => {}} onSaved={saved} />, root);
    const form = root.querySelector('.request-answer') as HTMLFormElement;
    const input = form.querySelector('input[name="response"]') as HTMLInputElement;
    input.value = '已协调燃气公司';
    input.dispatchEvent(new Event('input'));
    await flush();
    form.dispatchEvent(new Event('submit'));
    await flush();
    expect(sent.at(-1)).toEqual({
      path: '/api/visits/requests/9',
      method: 'PATCH',
      body: { status: 'answered', response: '已协调燃气公司' },
    });
    expect(saved).toHaveBeenCalled();
  });

  it('shows the enterprise on the map from its card', () => {
    const root = document.createElement('div');
    const shown = vi.fn();
    const response = { asOf: '2023-12-31T23:00', total: 1, visits: [createVisit()] };
    render(<VisitList lang="en" response={response} onShow={shown} onSaved={() => {}} />, root);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show on map');
    button?.click();
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ enterpriseId: 'E0001', position: [112.7, 38.4] }));
  });

  it('matches enterprises by name or code, at most the limit, nothing for empty text', () => {
    const list = [
      { id: 'E1', properties: { name: '示例焦化', townshipName: '' } },
      { id: 'E2', properties: { name: '示例铸造', townshipName: '' } },
    ];
    expect(matchEnterprises(list, '焦化', 8).map((e) => e.id)).toEqual(['E1']);
    expect(matchEnterprises(list, 'E', 1)).toHaveLength(1);
    expect(matchEnterprises(list, ' ', 8)).toEqual([]);
  });
});

describe('the 油品抽检 list', () => {
  it('shows the samples with result badges and the count', () => {
    const root = document.createElement('div');
    const response = {
      asOf: '2023-12-31T23:00',
      total: 2,
      samples: [createSample(), createSample({ id: 2, sampleNo: 'YP-2023-002', result: 'pass', failedItems: [] })],
    };
    render(<FuelSampleList lang="zh" response={response} selectedId={null} onSelect={() => {}} />, root);
    expect(root.textContent).toContain('显示 2 / 共 2 批次');
    expect([...root.querySelectorAll('[data-result]')].map((b) => b.textContent)).toEqual(['不合格', '合格']);
    expect(root.textContent).toContain('0号车用柴油');
  });

  it('formats the failure rate as a percentage, a dash without results', () => {
    expect(formatRate(0.0667, '—')).toBe('6.7%');
    expect(formatRate(null, '—')).toBe('—');
  });
});
