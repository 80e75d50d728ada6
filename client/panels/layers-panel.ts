import { provenanceLabels } from '../../server/schema/enums/provenance.ts';
import { industryGroupLabels, industryGroups } from '../../server/schema/enums/industry.ts';
import { performanceGrades } from '../../server/schema/enums/enterprise-status.ts';
import type { LayerId, LayerSummary } from '../../server/schema/layer-catalogue.ts';
import { consoleMessages, labelOf } from '../i18n/messages.ts';
import { filterFeatures, type LayerFeature } from '../layers/feature-filter.ts';
import { clusterBlock, legendEntries, swatch } from './map-legend.ts';
import { allLayerIds, type AppState, type Language } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { h } from './dom.ts';
import { bootMessages } from '../i18n/boot.ts';
import { machineDensityBlock } from '../layers/machine-density-control.ts';
import { airSurfaceBlock } from '../layers/air-surface/air-surface-control.ts';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * The 图层 view: each layer with its toggle, its legend and its visible count (after filters),
 * then the filters, which update map and legend together.
 */
export function renderLayersPanel(
  container: HTMLElement,
  store: Store<AppState>,
  catalogue: LayerSummary[],
  data: Partial<Record<LayerId, LayerFeature[]>>,
  townships: { code: string; name: string; nameEn: string }[],
): void {
  const state = store.get();
  const lang = state.lang;
  const m = consoleMessages(lang);
  const info = new Map(catalogue.map((l) => [l.id, l]));
  const layerBlocks = allLayerIds.map((id) => {
    const summary = info.get(id);
    const visible = state.layers.includes(id);
    const features = filterFeatures(id, data[id] ?? [], state);
    const checkbox = h('input', { type: 'checkbox', 'data-layer-toggle': id, checked: visible });
    checkbox.addEventListener('change', () => {
      const layers = toggle(store.get().layers, id).sort((a, b) => allLayerIds.indexOf(a) - allLayerIds.indexOf(b));
      store.update({ layers });
    });
    const name = summary ? (lang === 'zh' ? summary.nameZh : summary.nameEn) : id;
    const entries = legendEntries(id).map((entry) =>
      h(
        'li',
        { class: 'legend-entry', 'data-legend-key': entry.key },
        swatch(entry),
        h('span', { class: 'legend-label' }, entry.label(lang)),
        h('span', { class: 'num' }, String(features.filter((f) => entry.matches(f.properties)).length)),
      ),
    );
    return h(
      'section',
      { class: `layer-block${visible ? '' : ' layer-off'}`, 'data-layer': id },
      h(
        'label',
        { class: 'layer-head' },
        checkbox,
        h('span', { class: 'layer-name' }, name),
        // a layer not loaded yet (issue 18: loaded after the first paint) says so, never a count of 0
        data[id] === undefined && visible
          ? h('span', { class: 'num layer-count', 'data-loading': '', title: bootMessages(lang).layerLoading }, '…')
          : h(
              'span',
              { class: 'num layer-count', 'data-count': String(visible ? features.length : 0) },
              visible ? features.length.toLocaleString() : '—',
            ),
      ),
      id === 'stations' ? h('p', { class: 'muted legend-note' }, m.aqiScaleNote) : null,
      h('ul', { class: 'legend' }, ...entries),
    );
  });

  const townshipPicker = townshipChooser(container, state.townships, townships, lang, (next) =>
    store.update({ townships: next }),
  );

  const chips = <T extends string>(
    key: string,
    values: readonly T[],
    selected: readonly T[],
    label: (v: T) => string,
    apply: (next: T[]) => void,
  ) =>
    h(
      'div',
      { class: 'chips', 'data-filter': key },
      ...values.map((v) => {
        const input = h('input', { type: 'checkbox', value: v, checked: selected.includes(v) });
        input.addEventListener('change', () => apply(toggle(selected, v)));
        return h('label', { class: 'chip' }, input, label(v));
      }),
    );

  const problems = h('input', { type: 'checkbox', 'data-filter': 'problems', checked: state.problemsOnly });
  problems.addEventListener('change', () => store.update({ problemsOnly: problems.checked }));
  const clear = h('button', { type: 'button', class: 'link-button' }, m.clearFilters);
  clear.addEventListener('click', () =>
    store.update({ townships: [], industries: [], grades: [], problemsOnly: false, provenance: [] }),
  );

  container.replaceChildren(
    h('h2', {}, m.filters),
    h(
      'div',
      { class: 'filters' },
      h('div', { class: 'field' }, h('span', {}, m.township), townshipPicker),
      h(
        'div',
        { class: 'field' },
        h('span', {}, m.industry),
        chips(
          'industry',
          industryGroups,
          state.industries,
          (g) => labelOf(lang, industryGroupLabels[g]),
          (industries) => store.update({ industries }),
        ),
      ),
      h(
        'div',
        { class: 'field' },
        h('span', {}, m.grade),
        chips(
          'grade',
          performanceGrades,
          state.grades,
          (g) => g,
          (grades) => store.update({ grades }),
        ),
      ),
      h(
        'div',
        { class: 'field' },
        h('span', {}, m.provenance),
        chips(
          'provenance',
          ['official', 'approximate', 'synthetic'] as const,
          state.provenance,
          (p) => labelOf(lang, provenanceLabels[p]),
          (provenance) => store.update({ provenance }),
        ),
      ),
      h('label', { class: 'field check' }, problems, m.problemsOnly),
      clear,
    ),
    h('h2', {}, m.layers),
    ...layerBlocks,
    // issue 18: what a cluster disc, its count and its red ring mean (as in 总览's legend)
    clusterBlock(state.layers, lang) ?? '',
    // issue 18: the machines' position density
    machineDensityBlock(store),
    // issue 18: the concentration surface
    airSurfaceBlock(store),
  );
}

/** Whether a panel's township list is open, kept across the panel's re-renders. */
const townshipListOpen = new WeakMap<HTMLElement, boolean>();

/**
 * The township filter: a collapsible list of checkboxes, 「全区」 first (checked when none is chosen; checking it
 * clears the choice), then every township (in English its pinyin name). Several may be chosen.
 */
function townshipChooser(
  container: HTMLElement,
  chosen: readonly string[],
  townships: { code: string; name: string; nameEn: string }[],
  lang: Language,
  apply: (next: string[]) => void,
): HTMLElement {
  const m = consoleMessages(lang);
  const all = h('input', { type: 'checkbox', value: '', 'data-township-all': '', checked: chosen.length === 0 });
  all.addEventListener('change', () => apply([]));
  const boxes = townships.map((t) => {
    const input = h('input', { type: 'checkbox', value: t.code, checked: chosen.includes(t.code) });
    input.addEventListener('change', () =>
      apply(townships.map((x) => x.code).filter((code) => (code === t.code ? input.checked : chosen.includes(code)))),
    );
    return h('label', { class: 'chip' }, input, lang === 'zh' ? t.name : t.nameEn);
  });
  const details = h(
    'details',
    { class: 'township-chooser', 'data-filter': 'township', open: townshipListOpen.get(container) ?? false },
    h('summary', { 'data-township-summary': '' }, chosenSummary(chosen, townships, lang)),
    h('div', { class: 'chips' }, h('label', { class: 'chip' }, all, m.allTownships), ...boxes),
  );
  details.addEventListener('toggle', () => townshipListOpen.set(container, details.open));
  return details;
}

/** 「全区」, the names of up to three chosen townships, or their count. */
function chosenSummary(
  chosen: readonly string[],
  townships: { code: string; name: string; nameEn: string }[],
  lang: Language,
): string {
  const m = consoleMessages(lang);
  if (chosen.length === 0 || chosen.length > 3) return m.townshipCount(chosen.length);
  return chosen
    .map((code) => townships.find((t) => t.code === code))
    .map((t) => (t ? (lang === 'zh' ? t.name : t.nameEn) : ''))
    .filter(Boolean)
    .join(m.listSeparator);
}
