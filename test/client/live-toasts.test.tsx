// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAlertNews } from '../../client/live/alert-news.ts';
import { AlertToasts } from '../../client/live/alert-toasts.tsx';
import type { AlertsEvent } from '../../server/schema/live-events.ts';

const raised = (id: number, entityId = `E${id}`): AlertsEvent['raised'][number] => ({
  id,
  rule: 'coal-reburning',
  task: 12,
  entityId,
  title: '散煤复烧',
  detail: '',
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('new-alert news (badge count and toasts)', () => {
  it('counts alerts raised while 告警 is closed, back to zero when it is opened', () => {
    const news = createAlertNews();
    news.raised([raised(1), raised(2)], false);
    expect(news.get().count).toBe(2);
    news.raised([raised(3)], false);
    expect(news.get().count).toBe(3);
    news.seen();
    expect(news.get().count).toBe(0);
    news.raised([raised(4)], true); // 告警 open: seen at once
    expect(news.get().count).toBe(0);
    news.stop();
  });

  it('keeps at most three toasts, newest first, each gone after ~8 s', () => {
    const news = createAlertNews({ entityName: (id) => `名${id}` });
    news.raised([raised(1)], false);
    vi.advanceTimersByTime(3_000);
    news.raised([raised(2), raised(3), raised(4)], false);
    expect(news.get().toasts.map((t) => t.alertId)).toEqual([4, 3, 2]);
    expect(news.get().toasts[0]?.entity).toBe('名E4');
    vi.advanceTimersByTime(7_999);
    expect(news.get().toasts).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(news.get().toasts).toHaveLength(0);
    expect(news.get().count).toBe(4); // the badge stays until 告警 is opened
    news.stop();
  });
});

describe('AlertToasts', () => {
  it('shows 「新告警：<rule title> · <entity>」 in a polite live region; a click opens it, × dismisses', () => {
    const root = document.createElement('div');
    const news = createAlertNews({ entityName: (id) => (id === 'V1' ? '南关村' : id) });
    const opened: number[] = [];
    act(() => render(<AlertToasts news={news} lang="zh" onOpen={(t) => opened.push(t.alertId)} />, root));
    const region = root.querySelector('[data-toasts]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.children).toHaveLength(0);
    act(() => news.raised([raised(7, 'V1'), raised(8, 'V2')], false));
    expect([...root.querySelectorAll('.toast-open')].map((b) => b.textContent)).toEqual([
      '新告警：散煤复烧 · V2',
      '新告警：散煤复烧 · 南关村',
    ]);
    act(() => (root.querySelector('[data-toast="7"] .toast-open') as HTMLButtonElement).click());
    expect(opened).toEqual([7]);
    expect(root.querySelector('[data-toast="7"]')).toBeNull();
    act(() => (root.querySelector('[data-toast="8"] .toast-close') as HTMLButtonElement).click());
    expect(opened).toEqual([7]);
    expect(root.querySelectorAll('.toast')).toHaveLength(0);
    act(() => news.raised([raised(9, 'V1')], false));
    act(() => render(<AlertToasts news={news} lang="en" onOpen={() => undefined} />, root));
    expect(root.querySelector('.toast-open')?.textContent).toBe('New alert: 散煤复烧 · 南关村');
    act(() => {
      vi.advanceTimersByTime(8_000);
    });
    expect(root.querySelectorAll('.toast')).toHaveLength(0);
    render(null, root);
    news.stop();
  });
});
