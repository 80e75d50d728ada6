// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { RuleChip } from '../../client/views/alerts/alert-filters.tsx';

describe('告警 rule filter chip', () => {
  it('names the rule in Chinese or English and clears the filter on ×', () => {
    const root = document.createElement('div');
    let cleared = 0;
    act(() => render(<RuleChip lang="zh" rule="nrmm-banned-in-zone" onClear={() => cleared++} />, root));
    const chip = root.querySelector('[data-rule-filter="nrmm-banned-in-zone"]');
    expect(chip?.textContent).toMatch(/^规则：\S.* ×$/);
    expect(chip?.textContent).not.toContain('nrmm-banned-in-zone');
    act(() => (root.querySelector('[data-clear-rule]') as HTMLButtonElement).click());
    expect(cleared).toBe(1);
    act(() => render(<RuleChip lang="en" rule="nrmm-banned-in-zone" onClear={() => cleared++} />, root));
    expect(root.querySelector('[data-rule-filter]')?.textContent).toMatch(/^Rule: \S.* ×$/);
    render(null, root);
  });
});
