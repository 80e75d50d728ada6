// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { WarningBanner } from '../../client/views/emergency/warning-banner.tsx';
import { warningLevels } from '../../server/schema/enums/emergency.ts';
import { warningFixture } from './emergency-fixtures.ts';

const mount = (node: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
};
afterEach(() => {
  document.body.replaceChildren();
});

describe('the warning banner', () => {
  const words = {
    zh: { yellow: '▲ 黄色预警（Ⅲ级）', orange: '◆ 橙色预警（Ⅱ级）', red: '■ 红色预警（Ⅰ级）' },
    en: { yellow: '▲ yellow (level III)', orange: '◆ orange (level II)', red: '■ red (level I)' },
  } as const;
  for (const level of warningLevels)
    for (const lang of ['zh', 'en'] as const)
      it(`says ${level} in words and a mark (${lang}), not by colour alone`, () => {
        const root = mount(<WarningBanner lang={lang} warning={warningFixture({ level })} />);
        const banner = root.querySelector('[data-warning-banner]');
        expect(banner?.getAttribute('data-warning-banner')).toBe(level);
        expect(banner?.classList.contains(`level-${level}`)).toBe(true);
        expect(banner?.querySelector('.warning-level')?.textContent).toBe(words[lang][level]);
      });

  it('shows start, planned end, the forecast basis labelled as Xinzhou’s (outside the plan), list and advance', () => {
    const text = mount(<WarningBanner lang="zh" warning={warningFixture()} />).textContent ?? '';
    expect(text).toContain('2023-12-05 08:00');
    expect(text).toContain('2023-12-08 08:00');
    expect(text).toContain('触发条件取自忻州市预案（规划外）');
    expect(text).toContain('预报日AQI：230, 245, 260');
    expect(text).toContain('2023-10');
    expect(text).toContain('提前预警 12 小时');
    expect(text).toContain('执行中');
  });

  it('says until lifted without a planned end, and the lift time once lifted', () => {
    const open = mount(
      <WarningBanner lang="zh" warning={warningFixture({ plannedEnd: null, basis: 'decision', forecast: null })} />,
    );
    expect(open.textContent).toContain('至解除');
    expect(open.textContent).toContain('会商决定');
    expect(open.textContent).not.toContain('忻州');
    const lifted = warningFixture({ status: 'lifted', liftedAt: '2023-12-06T20:00' });
    const text = mount(<WarningBanner lang="zh" warning={lifted} />).textContent ?? '';
    expect(text).toContain('已解除');
    expect(text).toContain('2023-12-06 20:00');
  });

  it('says 当前无预警 when none is in force', () => {
    const root = mount(<WarningBanner lang="zh" warning={null} />);
    expect(root.querySelector('[data-warning-banner]')?.getAttribute('data-warning-banner')).toBe('none');
    expect(root.textContent).toBe('当前无预警');
  });
});
