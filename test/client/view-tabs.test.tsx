// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ViewTabs } from '../../client/components/view-tabs.tsx';

describe('ViewTabs', () => {
  it('marks the active tab and reports the one clicked', () => {
    const root = document.createElement('div');
    const picked: string[] = [];
    const labels = { cases: '执法案件', reports: '群众举报', visits: '帮扶走访' };
    act(() => {
      render(
        <ViewTabs
          tabs={['cases', 'reports', 'visits'] as const}
          labels={labels}
          active="reports"
          onSelect={(t) => picked.push(t)}
        />,
        root,
      );
    });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[role="tablist"] button[role="tab"]')];
    expect(buttons.map((b) => [b.dataset.tab, b.textContent, b.getAttribute('aria-selected'), b.className])).toEqual([
      ['cases', '执法案件', 'false', 'tab'],
      ['reports', '群众举报', 'true', 'tab active'],
      ['visits', '帮扶走访', 'false', 'tab'],
    ]);
    act(() => buttons[2]?.click());
    expect(picked).toEqual(['visits']);
  });
});
