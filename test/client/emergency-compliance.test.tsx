// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { complianceOrder, WarningCompliance } from '../../client/views/emergency/warning-compliance.tsx';
import type { ComplianceResponse } from '../../server/schema/emergency-compliance.ts';
import { complianceFixture } from './emergency-fixtures.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const enterprises = [
  complianceFixture('e1', '甲建材', 'compliant'),
  complianceFixture('e2', '乙焦化', 'unverified'),
  complianceFixture('e3', '丙铸造', 'non-compliant', 41),
  complianceFixture('e4', '丁化工', 'compliant'),
  complianceFixture('e5', '戊水泥', 'non-compliant'),
];
const response: ComplianceResponse = {
  warningId: 7,
  at: '2023-12-05T18:00',
  enterprises,
  summary: {
    listed: 5,
    checked: 4,
    compliant: 2,
    nonCompliant: 2,
    unverified: 1,
    bySource: { cems: 0, visit: 4, gate: 0 },
  },
};

describe('the compliance table', () => {
  it('puts the non-compliant first, then the unverified, then the compliant', () => {
    const order = complianceOrder(enterprises).map((e) => e.verdict);
    expect(order).toEqual(['non-compliant', 'non-compliant', 'unverified', 'compliant', 'compliant']);
    expect(complianceOrder(enterprises)).not.toBe(enterprises);
    expect(enterprises[0]?.enterpriseId).toBe('e1');
  });

  it('renders rows in that order with the verdict in words and icon, the summary, and a photo link', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onSelect = vi.fn();
    act(() => render(<WarningCompliance lang="zh" compliance={response} onSelect={onSelect} />, root));
    const rows = [...root.querySelectorAll('tr[data-compliance-enterprise]')];
    expect(rows.map((r) => r.getAttribute('data-verdict'))).toEqual([
      'non-compliant',
      'non-compliant',
      'unverified',
      'compliant',
      'compliant',
    ]);
    expect(rows[0]?.querySelector('.verdict')?.textContent).toBe('✗ 未落实');
    expect(rows.at(-1)?.querySelector('.verdict')?.textContent).toBe('✓ 已落实');
    expect(rows.find((r) => r.getAttribute('data-verdict') === 'unverified')?.textContent).toContain('暂无证据');
    const summary = root.querySelector('[data-compliance-summary]')?.textContent ?? '';
    expect(summary).toContain('清单企业 5 家，已核查 4 家');
    expect(summary).toContain('现场检查 4');
    expect(summary).toContain('已落实 2 · 未落实 2 · 未核查 1');
    const photo = root.querySelector('a[data-photo="41"]');
    expect(photo?.getAttribute('href')).toBe('/api/attachments/41');
    expect(photo?.querySelector('img')?.getAttribute('src')).toBe('/api/attachments/41');
    const button = rows[0]?.querySelector('button');
    act(() => button?.click());
    expect(onSelect).toHaveBeenCalledWith(rows[0]?.getAttribute('data-compliance-enterprise'));
  });
});
