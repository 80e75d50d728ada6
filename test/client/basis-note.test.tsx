// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BasisNote, basisNoteElement, basisTitle, planRequirementHref } from '../../client/components/basis-note.tsx';
import type { LayerFeature } from '../../client/layers/feature-filter.ts';
import { renderDetails } from '../../client/panels/details-drawer.ts';
import { AlertGroup } from '../../client/views/alerts/alert-group.tsx';
import type { RowContext } from '../../client/views/alerts/alert-row.tsx';
import { createAssigneeCache } from '../../client/views/alerts/use-assignees.ts';
import { REDUCTION_BASIS, TRIGGERS_BASIS } from '../../server/rules/alert-level.ts';
import { ruleCatalogue } from '../../server/rules/rule-catalogue.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import type { ListedAlert } from '../../server/schema/alerts.ts';
import type { LayerSummary } from '../../server/schema/layer-catalogue.ts';
import { externalDocuments, type Basis } from '../../server/schema/basis.ts';

const heavy: Basis[] = [...ruleRegistry['heavy-pollution-measure'].basis];
const mount = (node: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
};
afterEach(() => {
  document.body.replaceChildren();
});

describe('BasisNote', () => {
  it('renders 「依据」 with the plan as a link to 计划, documents marked 规划外, conventions as 本系统约定', () => {
    const root = mount(
      <BasisNote
        basis={heavy}
        lang="zh"
        quoteOf={(id) => (id === 'T15.3' ? '严格落实重污染天气应急预案减排  要求' : undefined)}
      />,
    );
    const note = root.querySelector('.basis-note');
    expect(note?.getAttribute('data-basis')).toBe('plan plan plan external');
    const text = note?.textContent ?? '';
    expect(text.startsWith('依据：规划 T15.2')).toBe(true);
    expect(text).toContain('规划 T15.3 严格落实重污染天气应急预案减排要求；');
    expect(text).toContain(`黄/橙/红色预警减排比例10%/20%/30%：${externalDocuments.reductionShares2019.zh}（规划外）`);
    const links = root.querySelectorAll<HTMLAnchorElement>('a.basis-plan');
    expect([...links].map((a) => a.getAttribute('data-plan-req'))).toEqual(['T15.2', 'T15.3', 'T2.2']);
    expect(links[1]?.getAttribute('href')).toMatch(/[?&]v=plan&pr=T15\.3$/);
    const conventions = mount(
      <BasisNote basis={[{ kind: 'convention', note: { zh: '近365天', en: '365 days' } }]} lang="zh" />,
    );
    expect(conventions.textContent).toContain('本系统约定：近365天');
  });

  it('opens 计划 in place when asked to, instead of loading the address', () => {
    const open = vi.fn();
    const root = mount(<BasisNote basis={[{ kind: 'plan', requirement: 'T7.5' }]} lang="en" onOpenPlan={open} />);
    expect(root.textContent).toBe('Basis: plan T7.5');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    root.querySelector('a')?.dispatchEvent(click);
    expect(open).toHaveBeenCalledWith('T7.5');
    expect(click.defaultPrevented).toBe(true);
  });

  it('renders nothing without a basis; the h() variant and the tooltip say the same', () => {
    expect(mount(<BasisNote basis={[]} lang="zh" />).innerHTML).toBe('');
    const element = basisNoteElement([{ kind: 'convention', note: { zh: '近365天', en: '365 days' } }], 'zh');
    expect(element.textContent).toBe('依据：本系统约定：近365天');
    expect(basisTitle(TRIGGERS_BASIS, 'zh')).toContain(`${externalDocuments.xinzhouPlan2020.zh}（规划外）`);
    expect(basisTitle([...REDUCTION_BASIS], 'en')).toContain('(outside the plan)');
    expect(planRequirementHref('G6', '?lang=en&v=alerts')).toBe('?lang=en&v=plan&pr=G6');
  });
});

describe('the 告警 group of a rule says its basis once', () => {
  it('under 任务15, the heavy-pollution group names T15.2, T15.3 and the document outside the plan', () => {
    const hit = (id: string): ListedAlert => ({
      id: null,
      provisional: true,
      rule: 'heavy-pollution-measure',
      task: 15,
      severity: 'control',
      layer: 'enterprises',
      entityId: id,
      township: '140902103',
      title: { zh: '重污染天气应急减排措施', en: 'Heavy-pollution emergency measure' },
      detail: { zh: 'A级：自主减排（全社会减排≥10%）', en: 'A: self-determined' },
      since: null,
      raisedAt: '2023-12-20T09:00',
      lastSeenAt: '2023-12-20T09:00',
      clearedAt: null,
      status: 'open',
      assignee: null,
      events: [],
      basis: heavy,
    });
    const context: RowContext = {
      lang: 'zh',
      entityName: (_l, id) => id,
      townshipName: () => '庄磨镇',
      showEntity: () => undefined,
      assignees: createAssigneeCache(),
      send: async () => null,
    };
    const root = mount(
      <AlertGroup rule="heavy-pollution-measure" hits={[hit('E1'), hit('E2')]} leadUnits="" context={context} />,
    );
    const notes = root.querySelectorAll('[data-rule="heavy-pollution-measure"] .basis-note');
    expect(notes.length).toBe(1);
    expect(notes[0]?.textContent).toMatch(/^依据：规划 T15\.2；规划 T15\.3；规划 T2\.2；.*（规划外）/);
  });
});

describe('the details drawer: each rule hitting the feature with its basis', () => {
  it('reads the catalogue once and shows 「依据」 under each rule; the plan link opens 计划 in place', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        fetched.push(path);
        return new Response(JSON.stringify({ rules: ruleCatalogue() }), {
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    try {
      const feature = {
        type: 'Feature',
        id: 'E1',
        geometry: { type: 'Point', coordinates: [112.7, 38.4] },
        properties: {
          name: '某企业',
          township: '140902101',
          problems: ['low-efficiency-treatment', 'freight-no-rail'],
        },
      } as LayerFeature;
      const showRequirement = vi.fn();
      const render = () => {
        const drawer = document.createElement('aside');
        document.body.append(drawer);
        renderDetails(drawer, 'enterprises', feature, [] as LayerSummary[], 'zh', {
          close: () => undefined,
          showTownship: () => undefined,
          showTask: () => undefined,
          showRequirement,
        });
        return drawer;
      };
      const first = render();
      await vi.waitFor(() => expect(first.querySelectorAll('.basis-note')).toHaveLength(2));
      const low = first.querySelector('li[data-rule="low-efficiency-treatment"] .basis-note')?.textContent;
      expect(low).toBe('依据：规划 T4.2；规划 T4.3；本系统约定：旋风除尘列为低效工艺（规划未列）');
      expect(first.querySelector('li[data-rule="freight-no-rail"] .basis-note')?.textContent).toBe('依据：规划 T9.4');
      first.querySelector<HTMLAnchorElement>('a[data-plan-req="T9.4"]')?.click();
      expect(showRequirement).toHaveBeenCalledWith('T9.4');
      // read once: a second drawer fills at once
      const second = render();
      expect(second.querySelectorAll('.basis-note')).toHaveLength(2);
      expect(fetched.filter((p) => p.startsWith('/api/rules/catalogue'))).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
