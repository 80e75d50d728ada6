// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLiveControl } from '../../client/live/live-control.ts';
import { onPresentMoved, readingsTouchShown } from '../../client/live/live-mode.ts';
import { formatUrlState, parseUrlState } from '../../client/state/url-state.ts';
import { defaultState } from '../../client/state/app-state.ts';

const reading = (ts: string) => ({ station: 'S1', ts, so2: 1, no2: 1, pm10: 1, pm25: 1, co: 1, o3: 1 });

describe('实时 mode', () => {
  it('in 实时 the as-of follows the present', () => {
    expect(onPresentMoved({ live: true, asOf: null }, '2023-12-31T23:00', true)).toEqual({
      patch: null,
      follow: true,
      newData: false,
    });
  });

  it('outside 实时 the console stays at its moment and marks 有新数据 (pinning a default moment)', () => {
    expect(onPresentMoved({ live: false, asOf: '2023-06-01T10:00' }, '2023-12-31T23:00', true)).toEqual({
      patch: null,
      follow: false,
      newData: true,
    });
    expect(onPresentMoved({ live: false, asOf: null }, '2023-12-31T23:00', true)).toEqual({
      patch: { asOf: '2023-12-31T23:00' },
      follow: false,
      newData: true,
    });
  });

  it('a console at the present whose user never chose turns 实时 on when data start to flow', () => {
    expect(onPresentMoved({ live: false, asOf: null }, '2023-12-31T23:00', false)).toEqual({
      patch: { live: true },
      follow: true,
      newData: false,
    });
    // but not one looking at another moment
    expect(onPresentMoved({ live: false, asOf: '2023-06-01T10:00' }, '2023-12-31T23:00', false).newData).toBe(true);
  });

  it('redraws the stations only for readings of the shown hour (or day)', () => {
    expect(readingsTouchShown([reading('2024-01-01T01:00')], '2024-01-01T01:00', 'hour')).toBe(true);
    expect(readingsTouchShown([reading('2024-01-01T02:00')], '2024-01-01T01:00', 'hour')).toBe(false);
    expect(readingsTouchShown([reading('2023-12-31T23:00')], '2024-01-01T01:00', 'hour')).toBe(false);
    expect(readingsTouchShown([reading('2024-01-01T00:00')], '2024-01-01T01:00', 'day')).toBe(true);
    expect(readingsTouchShown([reading('2024-01-01T02:00')], '2024-01-01T01:00', 'day')).toBe(false);
  });

  it('is in the URL as live=1, which wins over a moment', () => {
    expect(formatUrlState({ ...defaultState, live: true })).toContain('live=1');
    expect(parseUrlState('?live=1')).toMatchObject({ live: true, asOf: null });
    expect(parseUrlState('?live=1&at=2023-06-01T10:00')).toMatchObject({ live: true, asOf: null });
    expect(parseUrlState('?at=2023-06-01T10:00')).toMatchObject({ live: false, asOf: '2023-06-01T10:00' });
  });
});

describe('the 实时 control', () => {
  it('toggles with aria-pressed and shows 有新数据 only outside 实时, in Chinese first', () => {
    let toggles = 0;
    let jumps = 0;
    const control = createLiveControl({ onToggle: () => toggles++, onJump: () => jumps++ });
    const toggle = control.element.querySelector('[data-action="live"]') as HTMLButtonElement;
    const marker = control.element.querySelector('[data-new-data]') as HTMLButtonElement;
    control.render({ lang: 'zh', live: false, newData: null, lost: false });
    expect(toggle.textContent).toBe('实时');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(marker.hidden).toBe(true);
    control.render({ lang: 'zh', live: false, newData: '2024-01-01T02:00', lost: false });
    expect(marker.hidden).toBe(false);
    expect(marker.textContent).toBe('有新数据');
    expect(marker.title).toContain('2024-01-01 02:00');
    marker.click();
    toggle.click();
    expect([toggles, jumps]).toEqual([1, 1]);
    control.render({ lang: 'en', live: true, newData: '2024-01-01T02:00', lost: false });
    expect(toggle.textContent).toBe('Live');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(marker.hidden).toBe(true);
    control.render({ lang: 'zh', live: true, newData: null, lost: true });
    expect(toggle.classList.contains('lost')).toBe(true);
    expect(toggle.title).toContain('重连');
  });
});
