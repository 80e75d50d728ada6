// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBottomSheet, nextSheetHeight, snapSheetHeight } from '../../client/components/bottom-sheet.ts';

const snaps = { peek: 120, half: 360, full: 750 };

describe('the bottom sheet', () => {
  it('Enter/Space cycle peek → half → full → peek', () => {
    expect(nextSheetHeight('peek')).toBe('half');
    expect(nextSheetHeight('half')).toBe('full');
    expect(nextSheetHeight('full')).toBe('peek');
  });

  it('a slow drag snaps to the nearest height, the midpoints deciding', () => {
    expect(snapSheetHeight(100, snaps)).toBe('peek');
    expect(snapSheetHeight(239, snaps)).toBe('peek');
    expect(snapSheetHeight(241, snaps)).toBe('half');
    expect(snapSheetHeight(554, snaps)).toBe('half');
    expect(snapSheetHeight(556, snaps)).toBe('full');
    expect(snapSheetHeight(900, snaps)).toBe('full');
  });

  it('a flick goes one step in its direction, not further', () => {
    expect(snapSheetHeight(380, snaps, 1.2)).toBe('full'); // up, just above half
    expect(snapSheetHeight(380, snaps, -1.2)).toBe('half'); // down, just above half
    expect(snapSheetHeight(340, snaps, -1.2)).toBe('peek');
    expect(snapSheetHeight(760, snaps, 1.2)).toBe('full'); // nothing above full
    expect(snapSheetHeight(380, snaps, 0.5)).toBe('half'); // 0.5 px/ms is no flick
  });

  it('the handle is a named button; keys change the height and its name', () => {
    const sheet = document.createElement('div');
    const bottom = createBottomSheet(sheet, 'half');
    bottom.relabel((height) => `面板：${height}`);
    expect(bottom.handle.tagName).toBe('BUTTON');
    expect(bottom.handle.getAttribute('aria-label')).toBe('面板：half');
    expect(sheet.dataset.sheet).toBe('half');
    bottom.handle.click(); // Enter and Space click a button
    expect(sheet.dataset.sheet).toBe('full');
    bottom.handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    bottom.handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(bottom.get()).toBe('peek');
    bottom.handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(bottom.get()).toBe('peek');
    expect(bottom.handle.getAttribute('aria-label')).toBe('面板：peek');
  });
});
