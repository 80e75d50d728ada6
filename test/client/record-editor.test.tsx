// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordEditor } from '../../client/panels/record/record-editor.tsx';
import type { LayerFeature } from '../../client/layers/feature-filter.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { importTargetsBody, json } from './import-targets-fixture.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const enterprise: LayerFeature = {
  type: 'Feature',
  id: '91140902MA0TEST01X',
  geometry: { type: 'Point', coordinates: [112.7341, 38.4167] },
  properties: {
    id: '91140902MA0TEST01X',
    name: '测试砖厂',
    industry: 'brick-tile',
    operatingStatus: 'operating',
    grade: 'B',
    uleStatus: 'not-applicable',
    railSpur: 'none',
    annualFreightT: 1_200_000,
    vocEmitter: false,
    activatedCarbon: false,
  },
};

describe('record editor (zh)', () => {
  let root: HTMLElement;
  let sent: { url: string; body: unknown }[];
  beforeEach(async () => {
    const targets = await importTargetsBody();
    sent = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (init?.method === 'PATCH') {
          sent.push({ url, body: JSON.parse(String(init.body)) as unknown });
          return json({ target: 'enterprises', key: enterprise.id, before: {}, after: {} });
        }
        return json(targets);
      }),
    );
    root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(<RecordEditor layer="enterprises" feature={enterprise} lang="zh" onSaved={async () => {}} />, root),
    );
    act(() => (root.querySelector('[data-edit-open]') as HTMLButtonElement).click());
    await flush();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
  });

  it('shows Chinese labels in the dropdowns (values stay codes), the freight in 万吨/年 and 生产状态', () => {
    const options = (name: string) =>
      [...root.querySelectorAll(`[data-edit-field="${name}"] option`)].map((o) => [
        (o as HTMLOptionElement).value,
        o.textContent,
      ]);
    expect(options('railSpur')).toEqual([
      ['none', '无'],
      ['planned', '规划中'],
      ['under-construction', '在建'],
      ['operating', '已建成'],
    ]);
    expect(options('uleStatus').map(([, label]) => label)).toContain('不适用');
    expect((root.querySelector('[data-edit-field="operatingStatus"]') as HTMLSelectElement).value).toBe('operating');
    expect(root.textContent).toContain('生产状态');
    expect(root.textContent).toContain('年货运量（万吨/年）');
    expect((root.querySelector('[data-edit-field="annualFreightT"]') as HTMLInputElement).value).toBe('120');
    expect(root.textContent).not.toContain('在地图外');
    expect(root.querySelector('[data-edit-field="lon"]')).not.toBeNull();
    expect(englishLeaks(root.textContent ?? '')).toEqual([]);
  });

  it('sends codes and tonnes, only what changed', async () => {
    const select = root.querySelector('[data-edit-field="operatingStatus"]') as HTMLSelectElement;
    select.value = 'suspended';
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    const freight = root.querySelector('[data-edit-field="annualFreightT"]') as HTMLInputElement;
    freight.value = '150';
    act(() => void freight.dispatchEvent(new Event('input', { bubbles: true })));
    act(() => (root.querySelector('[data-edit-form]') as HTMLFormElement).requestSubmit());
    await flush();
    expect(sent).toEqual([
      {
        url: `/api/records/enterprises/${enterprise.id}`,
        body: { operatingStatus: 'suspended', annualFreightT: 1_500_000 },
      },
    ]);
  });

  it('says beside the field that a required one is empty, and sends nothing', async () => {
    const name = root.querySelector('[data-edit-field="name"]') as HTMLInputElement;
    name.value = '';
    act(() => void name.dispatchEvent(new Event('input', { bubbles: true })));
    act(() => (root.querySelector('[data-edit-form]') as HTMLFormElement).requestSubmit());
    await flush();
    expect(root.querySelector('[data-edit-error="name"]')?.textContent).toBe('必填');
    expect(sent).toEqual([]);
  });
});
