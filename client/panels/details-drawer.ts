import type { LayerId, LayerSummary } from '../../server/schema/layer-catalogue.ts';
import { localizeSource } from '../../server/schema/source-notes.ts';
import { consoleMessages } from '../i18n/messages.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';
import { detailRows, provenanceText, relatedTasks, type DetailContext } from './feature-details.ts';
import { ruleIds, ruleTitles, type RuleId } from '../../server/schema/enums/rule-id.ts';
import { loadRuleBases, ruleBasesIfLoaded, type RuleBases } from '../api/rule-catalogue.ts';
import { basisNoteElement } from '../components/basis-note.tsx';
import type * as OutletsBlockModule from '../views/outlets/outlets-block.tsx';
import { onLive } from '../live/live-events.ts';
import { muckTrackBlock } from './muck-track-button.ts';

/**
 * The 在线监测 block's code (its charts) loads on demand (issue 18): a placeholder in the drawer that the block
 * replaces when the code arrives, unless the drawer was redrawn meanwhile.
 */
let outletsModule: typeof OutletsBlockModule | null = null;
function outletsBlockPlaceholder(...args: Parameters<typeof OutletsBlockModule.outletsBlockElement>): HTMLElement {
  if (outletsModule) return outletsModule.outletsBlockElement(...args);
  const placeholder = document.createElement('div');
  placeholder.className = 'outlets-box';
  void import('../views/outlets/outlets-block.tsx').then((module) => {
    outletsModule = module;
    if (placeholder.isConnected) placeholder.replaceWith(module.outletsBlockElement(...args));
  });
  return placeholder;
}

/** What the drawer can ask the app to do. */
export interface DetailsActions {
  close(): void;
  showTownship(code: string): void;
  showTask(number: number): void;
  /** Opens the 计划 view at a requirement (a rule's 「依据」); without it the link loads the 计划 address. */
  showRequirement?(id: string): void;
}

/**
 * The right drawer: the selected feature's attributes in proper labels and units, its provenance
 * (官方 / 示意 / 合成 with the source sentence), and links to its township and plan tasks.
 */
export function renderDetails(
  drawer: HTMLElement,
  layer: LayerId,
  feature: LayerFeature | undefined,
  catalogue: LayerSummary[],
  lang: Language,
  actions: DetailsActions,
  context: DetailContext = {},
): void {
  outletsModule?.unmountOutletsBlocks(drawer);
  if (!feature) {
    drawer.hidden = true;
    drawer.replaceChildren();
    return;
  }
  const p = feature.properties;
  const m = consoleMessages(lang);
  const layerInfo = catalogue.find((l) => l.id === layer);
  const close = h('button', { type: 'button', class: 'icon-button', 'aria-label': m.close }, '×');
  close.addEventListener('click', actions.close);
  // a township's own name in English is its pinyin
  const title = String(
    (lang === 'en' && layer === 'townships' ? p.nameEn : undefined) ?? p.name ?? p.code ?? feature.id,
  );
  const rows = detailRows(layer, p, lang, context).map(([label, value, flag]) =>
    h('tr', flag ? { class: 'detail-overdue', 'data-overdue': '' } : {}, h('th', {}, label), h('td', {}, value)),
  );
  const links: HTMLElement[] = [];
  const township = layer === 'townships' ? null : (p.township as string | undefined);
  if (township) {
    const link = h(
      'button',
      { type: 'button', class: 'link-button', 'data-link': 'township' },
      m.labelled(
        m.showTownship,
        (lang === 'en' ? context.townshipNameEn?.(township) : undefined) ?? String(p.townshipName ?? township),
      ),
    );
    link.addEventListener('click', () => actions.showTownship(township));
    links.push(link);
  }
  const tasks = relatedTasks(layer, p);
  const taskLinks = tasks.map((n) => {
    const link = h(
      'button',
      { type: 'button', class: 'link-button task-link', 'data-link': `task-${n}` },
      m.taskLink(n),
    );
    link.addEventListener('click', () => actions.showTask(n));
    return link;
  });
  drawer.hidden = false;
  const parts: (Node | null)[] = [
    h(
      'header',
      { class: 'drawer-head' },
      h(
        'div',
        {},
        h('div', { class: 'drawer-kind' }, layerInfo ? (lang === 'zh' ? layerInfo.nameZh : layerInfo.nameEn) : layer),
        h('h3', { 'data-details-title': '' }, title),
      ),
      close,
    ),
    h(
      'p',
      { class: `provenance provenance-${String(p.provenance)}` },
      h('strong', {}, m.labelled(m.provenanceLabel, provenanceText(p, lang))),
      ' ',
      h('span', { class: 'muted', 'data-source': '' }, localizeSource(String(p.source ?? ''))[lang]),
    ),
    h('table', { class: 'details' }, ...rows),
    links.length ? h('p', {}, ...links) : null,
    taskLinks.length
      ? h('p', { class: 'task-links' }, h('span', {}, m.labelled(m.relatedTasks, '')), ...taskLinks)
      : null,
    problemList(p, lang, actions.showRequirement),
    // 在线监测 (issue 14): the enterprise's stack outlets, when it has any
    layer === 'enterprises'
      ? outletsBlockPlaceholder(String(p.id ?? feature.id), lang, (listener) => onLive('outlets', listener))
      : null,
    // 查看轨迹 (issue 16): a muck truck's track on the map
    layer === 'muck-trucks' ? muckTrackBlock(String(p.id ?? feature.id), lang, context.asOf) : null,
  ];
  drawer.replaceChildren(...parts.filter((part): part is Node => part !== null));
}

/**
 * The rules hitting the feature at as-of, as the server marks them (`problems`), each with what it rests on
 * (「依据」, from GET /api/rules/catalogue: filled in when the catalogue arrives); null when none.
 */
function problemList(
  p: Record<string, unknown>,
  lang: Language,
  showRequirement?: (id: string) => void,
): HTMLElement | null {
  const known: readonly unknown[] = ruleIds;
  const problems = Array.isArray(p.problems) ? p.problems.filter((r): r is RuleId => known.includes(r)) : [];
  if (!problems.length) return null;
  const items = problems.map((rule) => h('li', { 'data-rule': rule }, ruleTitles[rule][lang]));
  const fill = (bases: RuleBases | null) => {
    if (!bases) return;
    for (const [i, rule] of problems.entries())
      items[i]?.append(basisNoteElement(bases.get(rule) ?? [], lang, { onOpenPlan: showRequirement }));
  };
  const bases = ruleBasesIfLoaded();
  if (bases) fill(bases);
  else void loadRuleBases().then(fill);
  return h(
    'div',
    { class: 'problem-list', 'data-problems': problems.join(' ') },
    h('strong', {}, consoleMessages(lang).ruleHits),
    h('ul', {}, ...items),
  );
}
