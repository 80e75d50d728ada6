// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaggerSection } from '../../client/views/emergency/stagger-section.tsx';
import { barOf, momentFraction, monthTicks, periodDays } from '../../client/views/emergency/stagger-scale.ts';
import type { StaggerResponse, StaggerSchedule } from '../../server/schema/stagger.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { json } from './import-targets-fixture.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const period = { from: '2023-10-01', to: '2024-03-31' };

const schedule = (s: Partial<StaggerSchedule> & Pick<StaggerSchedule, 'id' | 'from' | 'to'>): StaggerSchedule => ({
  season: '2023-2024',
  enterpriseId: 'E010',
  enterpriseName: '忻州某水泥有限公司',
  township: '140902100',
  townshipName: '播明镇',
  industry: 'cement-grinding',
  line: '熟料线',
  outletCode: null,
  production: 'stop',
  limitPct: null,
  stricterBuiltUp: false,
  basis: '忻府区2023—2024年秋冬季错峰生产方案',
  note: null,
  provenance: 'synthetic',
  ...s,
});

const schedules: StaggerSchedule[] = [
  schedule({ id: 1, from: '2023-11-15', to: '2024-03-15', stricterBuiltUp: true }),
  schedule({
    id: 2,
    enterpriseId: 'E011',
    enterpriseName: '忻州某焦化有限公司',
    townshipName: '奇村镇',
    industry: 'coking',
    line: '焦炉',
    from: '2023-10-01',
    to: '2023-11-30',
    production: 'limit',
    limitPct: 30,
  }),
  schedule({
    id: 3,
    enterpriseId: 'E011',
    enterpriseName: '忻州某焦化有限公司',
    townshipName: '奇村镇',
    industry: 'coking',
    line: '焦炉',
    from: '2023-12-01',
    to: '2024-03-31',
    production: 'limit',
    limitPct: 50,
  }),
];

const body: StaggerResponse = {
  season: '2023-2024',
  period,
  seasons: ['2022-2023', '2023-2024'],
  schedules,
  boundAt: {
    at: '2023-12-01T12:00',
    enterprises: [
      { enterpriseId: 'E010', scheduleIds: [1] },
      { enterpriseId: 'E011', scheduleIds: [3] },
    ],
  },
};

interface Sent {
  method: string;
  url: string;
  body: unknown;
}

async function mount(options: { canEdit?: boolean; at?: string | null; answer?: (s: Sent) => Response } = {}) {
  const gets: string[] = [];
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      if (method !== 'GET') {
        const entry = { method, url, body: init?.body ? (JSON.parse(String(init.body)) as unknown) : null };
        sent.push(entry);
        return options.answer?.(entry) ?? json({}, 500);
      }
      gets.push(url);
      if (url === '/api/layers/enterprises')
        return json({
          type: 'FeatureCollection',
          features: [
            { properties: { id: 'E010', name: '忻州某水泥有限公司', industryGroup: 'building-materials' } },
            { properties: { id: 'E020', name: '忻州某食品有限公司', industryGroup: 'other' } },
            { properties: { id: 'E011', name: '忻州某焦化有限公司', industryGroup: 'coal-coking' } },
          ],
        });
      if (url.includes('season=2022-2023'))
        return json({
          ...body,
          season: '2022-2023',
          period: { from: '2022-10-01', to: '2023-03-31' },
          schedules: [],
          boundAt: { at: '2023-12-01T12:00', enterprises: [] },
        });
      return json(body);
    }),
  );
  const root = document.createElement('div');
  document.body.append(root);
  mounted = root;
  const at = options.at === undefined ? '2023-12-01T12:00' : options.at;
  act(() => render(<StaggerSection lang="zh" canEdit={options.canEdit ?? false} at={at} />, root));
  await flush();
  return { root, gets, sent };
}

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
const percent = (element: Element | null, property: 'left' | 'width') =>
  Number.parseFloat((element as HTMLElement | null)?.style[property] ?? 'NaN');

let mounted: HTMLElement | null = null;
afterEach(() => {
  if (mounted) render(null, mounted);
  mounted?.remove();
  mounted = null;
  vi.unstubAllGlobals();
});

describe('the season scale', () => {
  it('spans 1 October – 31 March day by day (183 days in a leap winter)', () => {
    expect(periodDays(period)).toBe(183);
    expect(periodDays({ from: '2022-10-01', to: '2023-03-31' })).toBe(182);
    // 15 November is day 45 (31 October days + 14): the bar starts there and runs through 15 March
    const bar = barOf({ from: '2023-11-15', to: '2024-03-15' }, period);
    expect(bar.left).toBeCloseTo(45 / 183, 10);
    expect(bar.width).toBeCloseTo(122 / 183, 10);
    expect(barOf(period, period)).toEqual({ left: 0, width: 1 });
    expect(momentFraction('2023-12-01T12:00', period)).toBeCloseTo(61.5 / 183, 10);
    expect(momentFraction('2024-04-02T00:00', period)).toBeNull();
    expect(monthTicks(period).map((t) => t.month)).toEqual([10, 11, 12, 1, 2, 3]);
    expect(monthTicks(period)[3]).toEqual({ month: 1, date: '2024-01-01', at: 92 / 183 });
  });
});

describe('错峰生产: the season calendar', () => {
  it('asks for the as-of’s season and puts each period’s bar at its place in it', async () => {
    const { root, gets } = await mount();
    expect(gets[0]).toBe('/api/emergency/stagger?at=2023-12-01T12%3A00');
    const bar = root.querySelector('[data-stagger-bar="1"]');
    expect(percent(bar, 'left')).toBeCloseTo((45 / 183) * 100, 2);
    expect(percent(bar, 'width')).toBeCloseTo((122 / 183) * 100, 2);
    expect(percent(root.querySelector('[data-stagger-bar="2"]'), 'left')).toBe(0);
    expect(percent(root.querySelector('[data-stagger-bar="3"]'), 'left')).toBeCloseTo((61 / 183) * 100, 2);
    const ticks = [...root.querySelectorAll('[data-stagger-tick]')].map((t) => t.textContent);
    expect(ticks).toEqual(['10月', '11月', '12月', '1月', '2月', '3月']);
    expect(percent(root.querySelector('[data-stagger-tick="2024-01-01"]'), 'left')).toBeCloseTo((92 / 183) * 100, 2);
  });

  it('draws the as-of line on every row at the same place', async () => {
    const { root } = await mount();
    const lines = [...root.querySelectorAll('[data-stagger-today]')];
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(percent(line, 'left')).toBeCloseTo((61.5 / 183) * 100, 2);
    expect(root.querySelector('[data-stagger-today="axis"]')?.textContent).toBe('当日 2023-12-01');
  });

  it('one row per enterprise × line, stop and limit told apart in words and pattern, 建成区从严 marked', async () => {
    const { root } = await mount();
    const rows = [...root.querySelectorAll('[data-stagger-row]')];
    expect(rows).toHaveLength(2);
    expect(root.querySelector('[data-stagger-words="1"]')?.textContent).toBe('停产 11-15—03-15（建成区从严）');
    expect(root.querySelector('[data-stagger-words="2"]')?.textContent).toBe('限产 30% 10-01—11-30');
    expect(root.querySelector('[data-stagger-bar="1"]')?.getAttribute('data-production')).toBe('stop');
    const limitBar = root.querySelector('[data-stagger-bar="3"]') as HTMLElement;
    expect(limitBar.getAttribute('data-production')).toBe('limit');
    expect(limitBar.getAttribute('aria-label')).toBe('限产 50% 12-01—03-31');
    expect((root.querySelector('[data-stagger-bar="1"]') as HTMLElement).style.background).not.toBe(
      limitBar.style.background,
    );
    expect(englishLeaks(root.textContent ?? '')).toEqual([]);
  });

  it('lists who is bound on the as-of day with the count', async () => {
    const { root } = await mount();
    expect(root.querySelector('[data-stagger-bound-count]')?.textContent).toBe('2023-12-01：2 家');
    expect(root.querySelector('[data-stagger-bound-enterprise="E011"]')?.textContent).toBe(
      '忻州某焦化有限公司 · 奇村镇 · 焦化：焦炉 限产 50% 12-01—03-31',
    );
    expect(root.querySelector('[data-stagger-bound-enterprise="E010"]')?.textContent).toContain('熟料线 停产');
  });

  it('another season is fetched by name; an empty one says so', async () => {
    const { root, gets } = await mount();
    const seasons = [...root.querySelectorAll('[data-stagger-season] option')].map((o) => o.textContent);
    expect(seasons).toEqual(['2023-2024', '2022-2023']);
    choose(root.querySelector('[data-stagger-season]'), '2022-2023');
    await flush();
    await flush();
    expect(gets.at(-1)).toBe('/api/emergency/stagger?season=2022-2023&at=2023-12-01T12%3A00');
    expect(root.querySelector('[data-stagger-empty]')?.textContent).toBe('本秋冬季尚无错峰生产安排');
    expect(root.querySelector('[data-stagger-bound-count]')?.textContent).toBe('2023-12-01：0 家');
  });
});

describe('错峰生产: editing', () => {
  it('readers get no controls', async () => {
    const { root } = await mount();
    expect(root.querySelector('[data-stagger-add]')).toBeNull();
    expect(root.querySelector('[data-stagger-edit]')).toBeNull();
  });

  it('adds a schedule: names what is missing, offers task 15’s industries, shows the server’s refusal', async () => {
    const refusal = {
      error: {
        code: 'conflict',
        message: 'overlap',
        text: {
          zh: '该企业「熟料线」已有错峰生产安排（2023-11-15 至 2024-03-15，编号 1），时段不能重叠',
          en: 'overlap',
        },
      },
    };
    const { root, sent } = await mount({ canEdit: true, answer: () => json(refusal, 409) });
    act(() => (root.querySelector('[data-stagger-add]') as HTMLButtonElement).click());
    await flush();
    await flush();
    const options = [...root.querySelectorAll('[data-stagger-field="enterpriseId"] option')].map((o) => o.textContent);
    expect(options).toEqual(['请选择企业', '忻州某焦化有限公司', '忻州某水泥有限公司']);
    const save = () => act(() => (root.querySelector('[data-stagger-save]') as HTMLButtonElement).click());
    const message = () => root.querySelector('[data-stagger-message]')?.textContent;
    save();
    await flush();
    expect(message()).toBe('请选择企业');
    choose(root.querySelector('[data-stagger-field="enterpriseId"]'), 'E010');
    type(root.querySelector('[data-stagger-field="line"]'), '熟料线');
    choose(root.querySelector('[data-stagger-field="production"]'), 'limit');
    await flush();
    type(root.querySelector('[data-stagger-field="limitPct"]'), '100');
    type(root.querySelector('[data-stagger-field="basis"]'), '错峰生产方案');
    await flush();
    save();
    await flush();
    expect(message()).toBe('限产比例须大于 0 且小于 100');
    type(root.querySelector('[data-stagger-field="limitPct"]'), '40');
    await flush();
    save();
    await flush();
    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/emergency/stagger',
        body: {
          season: '2023-2024',
          enterpriseId: 'E010',
          line: '熟料线',
          outletCode: null,
          from: '2023-10-01',
          to: '2024-03-31',
          production: 'limit',
          limitPct: 40,
          stricterBuiltUp: false,
          basis: '错峰生产方案',
          note: null,
          provenance: 'official',
        },
      },
    ]);
    expect(message()).toBe(refusal.error.text.zh);
  });

  it('edits a schedule with the whole body (PATCH) and reloads', async () => {
    const { root, sent, gets } = await mount({
      canEdit: true,
      answer: (s) => json({ ...schedules[0], ...(s.body as object) }),
    });
    act(() => (root.querySelector('[data-stagger-edit="1"]') as HTMLButtonElement).click());
    await flush();
    expect((root.querySelector('[data-stagger-field="from"]') as HTMLInputElement).value).toBe('2023-11-15');
    type(root.querySelector('[data-stagger-field="to"]'), '2024-02-29');
    await flush();
    const before = gets.length;
    act(() => (root.querySelector('[data-stagger-save]') as HTMLButtonElement).click());
    await flush();
    await flush();
    expect(sent[0]?.method).toBe('PATCH');
    expect(sent[0]?.url).toBe('/api/emergency/stagger/1');
    expect(sent[0]?.body).toMatchObject({ from: '2023-11-15', to: '2024-02-29', stricterBuiltUp: true });
    expect(root.querySelector('[data-stagger-notice]')?.textContent).toBe('已保存');
    expect(gets.length).toBeGreaterThan(before);
  });

  it('deletes only after the confirmation', async () => {
    const { root, sent } = await mount({ canEdit: true, answer: () => json({ deleted: 2 }) });
    act(() => (root.querySelector('[data-stagger-remove="2"]') as HTMLButtonElement).click());
    await flush();
    expect(sent).toEqual([]);
    expect(root.querySelector('[data-stagger-confirm]')?.textContent).toContain(
      '确定删除忻州某焦化有限公司 焦炉（限产 30% 10-01—11-30）的错峰生产安排？',
    );
    act(() => (root.querySelector('[data-stagger-confirm-no]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('[data-stagger-confirm]')).toBeNull();
    act(() => (root.querySelector('[data-stagger-remove="2"]') as HTMLButtonElement).click());
    await flush();
    act(() => (root.querySelector('[data-stagger-confirm-yes]') as HTMLButtonElement).click());
    await flush();
    expect(sent).toEqual([{ method: 'DELETE', url: '/api/emergency/stagger/2', body: {} }]);
    expect(root.querySelector('[data-stagger-notice]')?.textContent).toBe('已删除');
  });
});
