// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type IssueFormValues,
  issueBody,
  nextHour,
  parseForecast,
  WarningIssueForm,
} from '../../client/views/emergency/warning-issue-form.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

const values = (patch: Partial<IssueFormValues> = {}): IssueFormValues => ({
  level: 'orange',
  start: '2023-12-05T08:00',
  plannedEnd: '',
  basis: 'forecast',
  forecast: '230, 245，260',
  document: '',
  note: '',
  ...patch,
});

async function type(element: Element | null, value: string): Promise<void> {
  const input = element as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the issue form', () => {
  it('starts at the next whole hour after the as-of', () => {
    expect(nextHour('2023-12-05T08:20')).toBe('2023-12-05T09:00');
    expect(nextHour('2023-12-31T23:00')).toBe('2024-01-01T00:00');
  });

  it('reads the forecast as whole AQI values (comma, Chinese comma or space), refusing anything else', () => {
    expect(parseForecast('230, 245，260 270')).toEqual([230, 245, 260, 270]);
    expect(parseForecast('')).toEqual([]);
    expect(parseForecast('230, abc')).toBeNull();
    expect(parseForecast('501')).toBeNull();
    expect(parseForecast('210.5')).toBeNull();
    expect(parseForecast('1,2,3,4,5,6,7,8,9,10,11')).toBeNull();
  });

  it('builds the body or names the first problem in Chinese', () => {
    expect(issueBody('zh', values())).toEqual({
      ok: true,
      body: { level: 'orange', start: '2023-12-05T08:00', basis: 'forecast', forecast: [230, 245, 260] },
    });
    expect(issueBody('zh', values({ start: '' }))).toEqual({ ok: false, error: '请填写开始时间' });
    expect(issueBody('zh', values({ plannedEnd: '2023-12-05T08:00' }))).toEqual({
      ok: false,
      error: '计划结束须晚于开始时间',
    });
    expect(issueBody('zh', values({ forecast: '' }))).toEqual({ ok: false, error: '依预报发布时须填写预报日AQI' });
    expect(issueBody('en', values({ forecast: '' }))).toEqual({
      ok: false,
      error: 'A forecast warning needs the forecast daily AQI',
    });
    const decided = issueBody('zh', values({ basis: 'decision', forecast: '', plannedEnd: '2023-12-07T08:00' }));
    expect(decided).toEqual({
      ok: true,
      body: { level: 'orange', start: '2023-12-05T08:00', basis: 'decision', plannedEnd: '2023-12-07T08:00' },
    });
  });

  it('shows the level Xinzhou’s triggers derive as typed, and the problems before sending', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const root = document.createElement('div');
    document.body.append(root);
    const onIssued = vi.fn();
    act(() => render(<WarningIssueForm lang="zh" at="2023-12-05T07:30" issuedAt={null} onIssued={onIssued} />, root));
    const start = root.querySelector('input[name="start"]') as HTMLInputElement;
    expect(start.value).toBe('2023-12-05T08:00');
    expect(root.querySelector('[data-derived-level]')).toBeNull();

    await type(root.querySelector('input[name="forecast"]'), '210, 230');
    expect(root.querySelector('[data-derived-level]')?.getAttribute('data-derived-level')).toBe('yellow');
    await type(root.querySelector('input[name="forecast"]'), '210, 230, 250');
    const derived = root.querySelector('[data-derived-level]');
    expect(derived?.getAttribute('data-derived-level')).toBe('orange');
    expect(derived?.textContent).toContain('橙色预警');
    expect(derived?.textContent).toContain('触发条件取自忻州市预案（规划外）');

    await type(root.querySelector('input[name="plannedEnd"]'), '2023-12-05T06:00');
    const form = root.querySelector('form') as HTMLFormElement;
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('[data-form-error]')?.textContent).toBe('计划结束须晚于开始时间');

    await type(root.querySelector('input[name="plannedEnd"]'), '');
    await type(root.querySelector('input[name="forecast"]'), '');
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('[data-form-error]')?.textContent).toBe('依预报发布时须填写预报日AQI');

    await type(root.querySelector('input[name="forecast"]'), '230, x');
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('[data-form-error]')?.textContent).toContain('「230, x」无效');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onIssued).not.toHaveBeenCalled();
  });

  it('shows the server’s Chinese message when it refuses', async () => {
    const refusal = {
      error: {
        code: 'conflict',
        message: 'warning 3 is in force then',
        text: { zh: '该时段已有预警（3 号）', en: 'warning 3 is in force then' },
      },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(refusal), { status: 409 })),
    );
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(<WarningIssueForm lang="zh" at="2023-12-05T07:30" issuedAt={null} onIssued={() => undefined} />, root),
    );
    await type(root.querySelector('input[name="forecast"]'), '230, 245, 260');
    const form = root.querySelector('form') as HTMLFormElement;
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(root.querySelector('[data-form-error]')?.textContent).toBe('该时段已有预警（3 号）');
  });
});
