// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cityIndicatorsOverview } from '../../client/panels/city-indicators-overview.ts';
import type { OverviewStanding } from '../../client/panels/target-standing.ts';
import { CityIndicatorsForm } from '../../client/views/indicators/city-indicators-form.tsx';
import type { AqEvaluationResponse } from '../../server/schema/aq.ts';
import type { CityIndicators } from '../../server/schema/city-indicators.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { json } from './import-targets-fixture.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

const entry2023: CityIndicators = {
  year: 2023,
  concentrations: { 'PM2.5': 38, PM10: 72, SO2: 14, NO2: 30, CO: 1.6, O3: 170 },
  goodDayRatio: 72,
  emissions: {
    SO2: { cap: 1850, reduction: 120 },
    NOx: { cap: 4200, reduction: 260 },
    PM: { cap: 3100, reduction: 150 },
    VOCs: { cap: 2600, reduction: 110 },
  },
  source: {
    name: '示例：市下达2023年度约束性指标（合成数据，待导入正式文件）',
    number: null,
    issuer: '忻州市人民政府（示例）',
    issuedOn: '2023-03-15',
  },
  provenance: 'synthetic',
  updatedAt: '2023-03-15T00:00:00.000Z',
  updatedBy: 'seed',
};

/** Sets an input's value as typing does. */
function type(input: Element | null, value: string) {
  const element = input as HTMLInputElement;
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('市下达年度约束性指标 form (zh)', () => {
  let root: HTMLElement;
  let sent: { method: string; url: string; body: unknown }[];
  let answer: (method: string, body: unknown) => Response;
  beforeEach(async () => {
    sent = [];
    answer = (_method, body) => json({ ...entry2023, ...(body as object), year: 2023, updatedBy: 'admin' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        const method = init?.method ?? 'GET';
        if (method === 'GET') return json({ indicators: [entry2023] });
        const body = init?.body ? (JSON.parse(String(init.body)) as unknown) : null;
        sent.push({ method, url, body });
        return answer(method, body);
      }),
    );
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<CityIndicatorsForm lang="zh" initialYear={2023} />, root));
    await flush();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
  });

  const field = (key: string) => root.querySelector(`[data-city-field="${key}"]`) as HTMLInputElement;

  it('fills the form with the year entered, in Chinese only', () => {
    expect(root.querySelector('[data-city-entered]')?.textContent).toBe('已录入：2023');
    expect((root.querySelector('[data-city-year]') as HTMLInputElement).value).toBe('2023');
    expect(field('PM2.5').value).toBe('38');
    expect(field('SO2.cap').value).toBe('1850');
    expect(field('number').value).toBe('');
    expect(field('provenance').value).toBe('synthetic');
    expect(root.textContent).toContain('二氧化硫排放总量上限');
    expect(root.textContent).toContain('删除2023年度指标');
    expect(englishLeaks(root.textContent ?? '')).toEqual([]);
  });

  it('saves with PUT: empty fields as null, figures as numbers, the document named', async () => {
    type(field('PM2.5'), '36.5');
    type(field('CO'), '');
    type(field('number'), '忻政办发〔2023〕9号');
    await flush();
    act(() => (root.querySelector('[data-city-save]') as HTMLButtonElement).click());
    await flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.url).toBe('/api/plan/indicators/2023');
    expect(sent[0]?.body).toMatchObject({
      concentrations: { 'PM2.5': 36.5, CO: null, SO2: 14 },
      emissions: { NOx: { cap: 4200, reduction: 260 } },
      source: { number: '忻政办发〔2023〕9号', issuedOn: '2023-03-15' },
      provenance: 'synthetic',
    });
    expect(root.querySelector('[data-city-message]')?.textContent).toBe('2023年度指标已保存。');
  });

  it('shows the server’s Chinese error, naming the field', async () => {
    answer = () =>
      json(
        {
          error: {
            code: 'invalid_request',
            message: 'concentrations.PM2.5: must be greater than 0',
            text: { zh: 'PM2.5 年均浓度目标：须大于 0', en: 'concentrations.PM2.5: must be greater than 0' },
          },
        },
        400,
      );
    type(field('PM2.5'), '-1');
    await flush();
    act(() => (root.querySelector('[data-city-save]') as HTMLButtonElement).click());
    await flush();
    const message = root.querySelector('[data-city-message="error"]');
    expect(message?.textContent).toBe('PM2.5 年均浓度目标：须大于 0');
  });

  it('a year without an entry starts empty; deleting the entered year sends DELETE and empties the form', async () => {
    type(root.querySelector('[data-city-year]'), '2024');
    await flush();
    expect(field('PM2.5').value).toBe('');
    expect(root.querySelector('[data-city-delete]')).toBeNull();
    type(root.querySelector('[data-city-year]'), '2023');
    await flush();
    answer = () => json({ deleted: 2023 });
    act(() => (root.querySelector('[data-city-delete]') as HTMLButtonElement).click());
    await flush();
    expect(sent.map((s) => [s.method, s.url])).toEqual([['DELETE', '/api/plan/indicators/2023']]);
    expect(root.querySelector('[data-city-entered]')?.textContent).toBe('未录入市下达指标');
    expect(field('PM2.5').value).toBe('');
  });
});

/** A district evaluation with just what 总览's city block reads. */
function standingWith(city: CityIndicators | null): OverviewStanding {
  const pollutant = (name: string, value: number, cityTarget: number | null, cityProgress: string | null) => ({
    pollutant: name,
    unit: name === 'CO' ? 'mg/m³' : 'µg/m³',
    value,
    provisionalValue: null,
    cityTarget,
    cityProgress,
  });
  const evaluation = {
    year: 2023,
    hasData: true,
    pollutants: [pollutant('PM2.5', 41.24, city ? 38 : null, city ? 'fail' : null), pollutant('CO', 1.2, null, null)],
    aqiDays: { goodDayRatio: 0.7312 },
    cityIndicators: city,
    cityGoodDayRatio: city ? { floor: 72, meets: true, progress: 'at-risk' } : null,
  } as unknown as AqEvaluationResponse;
  return { to: '2023-12-31', evaluation, openAlerts: 0 } as unknown as OverviewStanding;
}

describe('总览: the city-assigned indicators under the plan’s targets', () => {
  it('lists each city target with its standing, the source with a 合成 badge, and the emission caps honestly', () => {
    const block = cityIndicatorsOverview(standingWith(entry2023), 'zh');
    expect(block.querySelector('h3')?.textContent).toBe('市下达2023年度约束性指标 合成');
    expect(block.querySelector('[data-synthetic]')?.textContent).toBe('合成');
    expect(block.querySelector('[data-city-source]')?.textContent).toBe(
      '依据：《示例：市下达2023年度约束性指标（合成数据，待导入正式文件）》，忻州市人民政府（示例），2023-03-15',
    );
    const pm25 = block.querySelector('[data-city-target="PM2.5"]');
    expect(pm25?.querySelector('.target-limit')?.textContent).toBe('≤ 38 µg/m³');
    expect(pm25?.querySelector('[data-progress]')?.getAttribute('data-progress')).toBe('fail');
    expect(pm25?.textContent).toContain('41.2 µg/m³');
    expect(block.querySelector('[data-city-target="CO"]')).toBeNull();
    expect(block.querySelector('[data-city-target="good-day-ratio"]')?.textContent).toContain('≥ 72%');
    expect(block.querySelector('[data-city-emissions]')?.textContent).toContain('排放总量约束（');
    expect(block.querySelector('[data-city-emissions]')?.textContent).toContain('二氧化硫 上限 1850 吨/年');
    // no monitored stack data in the standing: said so, never a zero
    expect(block.querySelector('[data-monitored-emissions]')?.textContent).toBe(
      '在线监测排放量（仅重点排放口，年初至今）：暂无在线监测数据' +
        '（仅含接入在线监测的排放口，不是全区排放总量，不据此评价总量指标）',
    );
    expect(englishLeaks(block.textContent ?? '')).toEqual([]);
  });

  it('shows the monitored stacks’ year-to-date emissions beside the caps', () => {
    const standing = standingWith(entry2023);
    standing.emissions = {
      period: 'year',
      at: '2023',
      level: 'district',
      rows: [{ id: '140902', name: '忻府区', pm: 0.0125, so2: 0.11718, nox: 0.3, hours: 41, expectedHours: 8759 }],
      caps: { pm: 3100, so2: 1850, nox: 4200, source: null },
      note: { zh: '', en: '' },
      from: '2023-01-01T00:00',
      to: '2023-12-31T23:00',
    };
    const line = cityIndicatorsOverview(standing, 'zh').querySelector('[data-monitored-emissions="data"]');
    expect(line?.textContent).toContain(
      '在线监测排放量（仅重点排放口，年初至今）：二氧化硫 0.117 吨 / 上限 1850 吨/年；' +
        '氮氧化物 0.300 吨 / 上限 4200 吨/年；' +
        '颗粒物 0.013 吨 / 上限 3100 吨/年',
    );
    const en = cityIndicatorsOverview(standing, 'en').querySelector('[data-monitored-emissions]');
    expect(en?.textContent).toContain('SO2 0.117 t / cap 1850 t/yr');
  });

  it('says 未录入市下达指标 when the year has none; nothing while the standing loads', () => {
    const none = cityIndicatorsOverview(standingWith(null), 'zh');
    expect(none.getAttribute('data-city-indicators')).toBe('none');
    expect(none.textContent).toContain('未录入市下达指标');
    expect(cityIndicatorsOverview(null, 'zh').hidden).toBe(true);
  });
});
