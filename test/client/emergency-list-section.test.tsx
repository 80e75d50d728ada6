// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListSection } from '../../client/views/emergency/list-section.tsx';
import type { Language } from '../../client/state/app-state.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { badReport, diffBody, goodReport, listBody, listBodyV1 } from './emergency-list-fixtures.ts';
import { json } from './import-targets-fixture.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

/** Upload answers by URL (the import posts with XMLHttpRequest for its progress). */
type UploadAnswer = (url: string) => { status: number; body: unknown };

function stubXhr(answer: UploadAnswer, posted: string[]) {
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    upload: { onprogress: ((e: ProgressEvent) => void) | null; onload: (() => void) | null } = {
      onprogress: null,
      onload: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    send() {
      posted.push(this.url);
      const a = answer(this.url);
      setTimeout(() => {
        this.upload.onload?.();
        this.status = a.status;
        this.responseText = JSON.stringify(a.body);
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
}

async function mount(options: { lang?: Language; canEdit?: boolean; at?: string | null; list?: unknown } = {}) {
  const gets: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      gets.push(url);
      if (url.startsWith('/api/emergency/list/diff')) return json(diffBody);
      if (url === '/api/emergency/list?version=1') return json(listBodyV1);
      if (url.startsWith('/api/emergency/list')) return json(options.list ?? listBody);
      return json({ error: { code: 'not_found', message: 'no' } }, 404);
    }),
  );
  const root = document.createElement('div');
  document.body.append(root);
  mounted = root;
  act(() =>
    render(
      <ListSection lang={options.lang ?? 'zh'} canEdit={options.canEdit ?? false} at={options.at ?? null} />,
      root,
    ),
  );
  await flush();
  return { root, gets };
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
const shownIds = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-list-entry]')].map((r) => r.getAttribute('data-list-entry'));

let mounted: HTMLElement | null = null;
afterEach(() => {
  if (mounted) render(null, mounted);
  mounted?.remove();
  mounted = null;
  vi.unstubAllGlobals();
});

describe('应急减排清单: the version and its totals', () => {
  it('asks for the version in force on the as-of day and marks it 现行, with its head', async () => {
    const { root, gets } = await mount({ at: '2023-12-05T09:00' });
    expect(gets[0]).toBe('/api/emergency/list?on=2023-12-05');
    const options = [...root.querySelectorAll('[data-list-version] option')].map((o) => o.textContent);
    expect(options).toEqual(['2023年秋冬季（第2版）（现行）', '2023年秋冬季（第1版）']);
    const head = root.querySelector('[data-list-head]')?.textContent ?? '';
    expect(head).toContain('2023-12-01');
    expect(head).toContain('王某（局长）（2023-11-28）');
    expect(head).toContain('焦化企业升级为B级');
    expect(head).toContain('导入文件 清单第2版.xlsx');
    expect(root.querySelector('[data-list-provenance]')?.textContent).toContain('示意');
    expect(englishLeaks(root.textContent ?? '')).toEqual([]);
  });

  it('shows expected against required per level and says 不足 where a level falls short, with the basis', async () => {
    const { root } = await mount();
    const cell = (id: string) => root.querySelector(`[data-list-check="${id}"]`);
    expect(cell('red-nox')?.getAttribute('data-short')).toBe('true');
    expect(cell('red-nox')?.textContent).toBe('氮氧化物2.42.625✗ 不足');
    expect(cell('orange-nox')?.getAttribute('data-short')).toBe('false');
    expect(cell('orange-nox')?.textContent).toContain('✓ 达到');
    expect(root.querySelector('[data-list-shortfall="red"]')?.textContent).toBe(
      '红色预警（Ⅰ级）清单减排量不足：氮氧化物',
    );
    expect(root.querySelector('[data-list-shortfall="orange"]')).toBeNull();
    expect(root.querySelector('[data-list-level="orange"] caption')?.textContent).toBe('橙色预警（Ⅱ级）：要求减排 20%');
    expect(root.querySelector('[data-list-basis]')?.textContent).toContain(
      '依据：忻州市重污染天气应急预案（忻政办发〔2023〕1号）',
    );
  });

  it('says 未录入减排比例要求 without a requirement and still shows the totals', async () => {
    const { root } = await mount({ list: { ...listBody, requirement: null, check: null } });
    expect(root.querySelector('[data-list-no-requirement]')?.textContent).toBe('未录入减排比例要求');
    expect(root.querySelector('[data-list-total="orange-nox"]')?.textContent).toBe('1.75');
    expect(root.querySelector('[data-list-check]')).toBeNull();
  });

  it('another version is fetched by id and loses the 现行 mark', async () => {
    const { root, gets } = await mount();
    expect(root.querySelector('[data-list-in-force]')).not.toBeNull();
    choose(root.querySelector('[data-list-version]'), '1');
    await flush();
    await flush();
    expect(gets).toContain('/api/emergency/list?version=1');
    expect(root.querySelector('[data-list-in-force]')).toBeNull();
    expect(shownIds(root)).toEqual(['E002', 'E999']);
  });

  it('a failed load says what failed and retries', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ error: { code: 'internal_error', message: 'boom' } }, 500)),
    );
    const root = document.createElement('div');
    document.body.append(root);
    mounted = root;
    act(() => render(<ListSection lang="zh" canEdit={false} at={null} />, root));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('加载失败：服务器内部错误');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(listBody)),
    );
    act(() => (root.querySelector('[data-list-retry]') as HTMLButtonElement).click());
    await flush();
    expect(shownIds(root)).toHaveLength(3);
  });
});

describe('应急减排清单: the entries', () => {
  it('shows each level’s measures and reductions, the marks, and the enterprise no longer held', async () => {
    const { root } = await mount();
    const row = (id: string) => root.querySelector(`[data-list-entry="${id}"]`);
    expect(row('E001')?.querySelector('[data-list-measures="orange"]')?.textContent).toBe('1#水泥磨：限产30%');
    expect(row('E001')?.querySelector('[data-list-mark="built-up"]')?.textContent).toBe('建成区');
    expect(row('E001')?.querySelector('[data-list-mark="heavy"]')?.textContent).toBe('重污染');
    expect(row('E001')?.textContent).toContain('B级');
    expect(row('E002')?.querySelector('[data-list-reductions]')?.textContent).toBe(
      '颗粒物 0.8，二氧化硫 0.6，氮氧化物 1.5，挥发性有机物 0.3',
    );
    expect(row('E999')?.querySelector('[data-list-gone]')?.textContent).toContain('企业已不在图层');
    expect(row('E002')?.querySelector('[data-list-gone]')).toBeNull();
    choose(root.querySelector('[data-list-filter="level"]'), 'red');
    await flush();
    expect(row('E001')?.querySelector('[data-list-measures="red"]')?.textContent).toBe('1#水泥磨：停产');
    expect(row('E002')?.querySelector('[data-list-measures="red"]')?.textContent).toBe('焦炉：焖炉保温');
    expect(root.querySelector('[data-list-shown-level]')?.textContent).toBe('红色预警（Ⅰ级）措施 · 减排量（吨/日）');
  });

  it('filters by grade, township and 建成区, with the count', async () => {
    const { root } = await mount();
    expect(root.querySelector('[data-list-count]')?.textContent).toBe('显示 3 / 共 3 家');
    choose(root.querySelector('[data-list-filter="grade"]'), 'C');
    await flush();
    expect(shownIds(root)).toEqual(['E002']);
    choose(root.querySelector('[data-list-filter="grade"]'), '');
    choose(root.querySelector('[data-list-filter="built-up"]'), 'yes');
    await flush();
    expect(shownIds(root)).toEqual(['E001']);
    choose(root.querySelector('[data-list-filter="built-up"]'), '');
    const townships = [...root.querySelectorAll('[data-list-filter="township"] option')].map((o) => o.textContent);
    expect(townships).toEqual(['全部', '播明镇', '奇村镇']);
    choose(root.querySelector('[data-list-filter="township"]'), '140902200');
    await flush();
    expect(shownIds(root)).toEqual(['E002']);
    expect(root.querySelector('[data-list-count]')?.textContent).toBe('显示 1 / 共 3 家');
  });
});

describe('应急减排清单: 修订对比', () => {
  it('diffs the two versions chosen and words each change', async () => {
    const { root, gets } = await mount();
    expect((root.querySelector('[data-list-diff-pick="from"]') as HTMLSelectElement).value).toBe('1');
    expect((root.querySelector('[data-list-diff-pick="to"]') as HTMLSelectElement).value).toBe('2');
    act(() => (root.querySelector('[data-list-diff-run]') as HTMLButtonElement).click());
    await flush();
    expect(gets).toContain('/api/emergency/list/diff?from=1&to=2');
    expect(root.querySelector('[data-list-diff-part="added"]')?.textContent).toBe('忻州某水泥有限公司');
    const change = (field: string) => root.querySelector(`[data-list-diff-field="${field}"]`)?.textContent;
    expect(change('grade')).toBe('绩效等级：D级 → C级');
    expect(change('builtUpArea')).toBe('是否建成区：是 → 否');
    expect(change('measures.orange')).toBe('橙色预警（Ⅱ级）措施：焦炉：停产 → 焦炉：限产50%');
    expect(change('reductions.red')).toBe(
      '红色预警（Ⅰ级）减排量：颗粒物 1，二氧化硫 1，氮氧化物 1，挥发性有机物 0 → ' +
        '颗粒物 1.2，二氧化硫 0.9，氮氧化物 2，挥发性有机物 0.5',
    );
    expect(root.textContent).toContain('新增 1 家');
    expect(root.textContent).toContain('移出 0 家');
    expect(root.textContent).toContain('变更 1 家');
    expect(englishLeaks(root.querySelector('[data-list-diff]')?.textContent ?? '')).toEqual([]);
  });

  it('refuses to diff a version with itself', async () => {
    const { root, gets } = await mount();
    choose(root.querySelector('[data-list-diff-pick="from"]'), '2');
    await flush();
    act(() => (root.querySelector('[data-list-diff-run]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('[data-list-diff-picker] [role="alert"]')?.textContent).toBe('请选择两个不同的版本');
    expect(gets.some((g) => g.includes('/diff'))).toBe(false);
  });
});

describe('应急减排清单: 导入修订版', () => {
  it('is offered to emergency holders only', async () => {
    const { root } = await mount();
    expect(root.querySelector('[data-list-import]')).toBeNull();
    expect(root.querySelector('[data-list-export="xlsx"]')).not.toBeNull();
  });

  async function fillAndCheck(root: HTMLElement) {
    const input = root.querySelector('[data-list-import-file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], '清单第3版.xlsx')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const field = (key: string) => root.querySelector(`[data-list-import-field="${key}"]`);
    type(field('version'), '2023年秋冬季（第3版）');
    type(field('title'), '忻府区重污染天气应急减排清单');
    type(field('effectiveFrom'), '2024-01-10');
    type(field('signedOffOn'), '2024-01-08');
    type(field('signedOffBy'), '王某（局长）');
    await flush();
    act(() => (root.querySelector('[data-list-import-check]') as HTMLButtonElement).click());
    await flush();
    await flush();
  }

  it('names a missing head field before uploading', async () => {
    const posted: string[] = [];
    stubXhr(() => ({ status: 200, body: goodReport }), posted);
    const { root } = await mount({ canEdit: true });
    const input = root.querySelector('[data-list-import-file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'a.csv')], configurable: true });
    act(() => (root.querySelector('[data-list-import-check]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('[data-list-import-error]')?.textContent).toBe('请填写版本名称');
    expect(posted).toEqual([]);
  });

  it('a dry run with errors lists them and keeps 确认导入 disabled', async () => {
    const posted: string[] = [];
    stubXhr(() => ({ status: 200, body: badReport }), posted);
    const { root } = await mount({ canEdit: true });
    await fillAndCheck(root);
    expect(posted[0]).toMatch(/^\/api\/emergency\/list\/import\/dry-run\?file=/);
    const query = new URLSearchParams(posted[0]?.split('?')[1]);
    expect(query.get('version')).toBe('2023年秋冬季（第3版）');
    expect(query.get('effectiveFrom')).toBe('2024-01-10');
    const cells = [...root.querySelectorAll('[data-list-import-problems] tbody td')].map((td) => td.textContent);
    expect(cells).toEqual([
      '第 3 行',
      '绩效等级',
      '错误',
      '绩效等级「E」不是可填的值；可填：引领性、A、B、B-、C、D、非重点行业',
    ]);
    expect(root.querySelector('[data-list-import-report] [role="alert"]')?.textContent).toBe(
      '文件有错误，改正后才能导入',
    );
    expect((root.querySelector('[data-list-import-commit]') as HTMLButtonElement).disabled).toBe(true);
    expect(englishLeaks(root.querySelector('[data-list-import]')?.textContent ?? '')).toEqual([]);
  });

  it('a clean dry run shows the diff against the version in force, then commits and reloads the list', async () => {
    const posted: string[] = [];
    const created = { ...listBody.versions[0], id: 3, version: '2023年秋冬季（第3版）', enterprises: 2 };
    stubXhr(
      (url) =>
        url.includes('/dry-run')
          ? { status: 200, body: goodReport }
          : { status: 201, body: { report: goodReport, version: created } },
      posted,
    );
    const { root, gets } = await mount({ canEdit: true });
    await fillAndCheck(root);
    const report = root.querySelector('[data-list-import-report]');
    expect(report?.textContent).toContain('与现行版本相比（2023年秋冬季（第2版））');
    expect(report?.querySelector('[data-list-diff-part="removed"]')?.textContent).toBe('忻州某砖厂');
    const commit = root.querySelector('[data-list-import-commit]') as HTMLButtonElement;
    expect(commit.disabled).toBe(false);
    const loads = gets.length;
    act(() => commit.click());
    await flush();
    await flush();
    expect(posted[1]).toBe(posted[0]?.replace('/dry-run?', '/commit?'));
    expect(root.querySelector('[data-list-import-done]')?.textContent).toBe(
      '已导入 2023年秋冬季（第3版），共 2 家企业',
    );
    expect(gets.length).toBeGreaterThan(loads);
  });

  it('a refused commit shows the server’s Chinese message', async () => {
    const posted: string[] = [];
    stubXhr(
      (url) =>
        url.includes('/dry-run')
          ? { status: 200, body: goodReport }
          : {
              status: 409,
              body: {
                error: {
                  code: 'conflict',
                  message: 'version: taken',
                  text: { zh: '版本名称「2023年秋冬季（第3版）」已存在', en: 'version: taken' },
                },
              },
            },
      posted,
    );
    const { root } = await mount({ canEdit: true });
    await fillAndCheck(root);
    act(() => (root.querySelector('[data-list-import-commit]') as HTMLButtonElement).click());
    await flush();
    await flush();
    expect(root.querySelector('[data-list-import-error]')?.textContent).toBe('版本名称「2023年秋冬季（第3版）」已存在');
    expect((root.querySelector('[data-list-import-commit]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('speaks English when the console does', async () => {
    const { root } = await mount({ lang: 'en', canEdit: true });
    expect(root.querySelector('h2')?.textContent).toBe('Emergency reduction list');
    expect(root.querySelector('[data-list-shortfall="red"]')?.textContent).toBe('red (level I) falls short: NOx');
    expect(root.querySelector('[data-list-import] h3')?.textContent).toBe('Import a revision');
  });
});
