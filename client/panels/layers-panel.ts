import { provenanceLabels } from '../../server/schema/enums/provenance.ts';
import { industryGroupLabels, industryGroups } from '../../server/schema/enums/industry.ts';
import { performanceGrades } from '../../server/schema/enums/enterprise-status.ts';
import type { LayerId, LayerSummary } from '../../server/schema/layer-catalogue.ts';
import { labelOf, message } from '../i18n/messages.ts';
import { filterFeatures, type LayerFeature } from '../layers/feature-filter.ts';
import { iconUrl } from '../layers/icons.ts';
import { legendFor, type LegendEntry } from '../layers/symbology.ts';
import { allLayerIds, type AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { h } from './dom.ts';

function swatch(entry: LegendEntry): HTMLElement {
  if (entry.shape === 'line-dashed')
    return h('span', { class: 'swatch swatch-dashed', style: `border-color:${entry.color}` });
  if (entry.shape === 'line') return h('span', { class: 'swatch swatch-line', style: `border-color:${entry.color}` });
  if (entry.shape === 'hatch' || entry.shape === 'hatch-red')
    return h('span', { class: 'swatch swatch-hatch', style: `border-color:${entry.color}` });
  if (entry.shape === 'graduated')
    return h('span', { class: 'swatch swatch-graduated', style: `background:${entry.color}` });
  return h('img', { class: 'swatch', src: iconUrl(entry.shape, entry.color), alt: '' });
}

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
    const entries = legendFor(id).map((entry) =>
      h(
        'li',
        { class: 'legend-entry' },
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
        h(
          'span',
          { class: 'num layer-count', 'data-count': String(visible ? features.length : 0) },
          visible ? features.length.toLocaleString() : '—',
        ),
      ),
      h('ul', { class: 'legend' }, ...entries),
    );
  });

  const townshipSelect = h(
    'select',
    { 'data-filter': 'township' },
    h('option', { value: '' }, message(lang, 'allTownships')),
    ...townships.map((t) =>
      h('option', { value: t.code, selected: state.township === t.code }, lang === 'zh' ? t.name : t.nameEn),
    ),
  );
  townshipSelect.addEventListener('change', () => store.update({ township: townshipSelect.value || null }));

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
  const clear = h('button', { type: 'button', class: 'link-button' }, message(lang, 'clearFilters'));
  clear.addEventListener('click', () =>
    store.update({ township: null, industries: [], grades: [], problemsOnly: false, provenance: [] }),
  );

  container.replaceChildren(
    h('h2', {}, message(lang, 'filters')),
    h(
      'div',
      { class: 'filters' },
      h('label', { class: 'field' }, h('span', {}, message(lang, 'township')), townshipSelect),
      h(
        'div',
        { class: 'field' },
        h('span', {}, message(lang, 'industry')),
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
        h('span', {}, message(lang, 'grade')),
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
        h('span', {}, message(lang, 'provenance')),
        chips(
          'provenance',
          ['official', 'approximate', 'synthetic'] as const,
          state.provenance,
          (p) => labelOf(lang, provenanceLabels[p]),
          (provenance) => store.update({ provenance }),
        ),
      ),
      h('label', { class: 'field check' }, problems, message(lang, 'problemsOnly')),
      clear,
    ),
    h('h2', {}, message(lang, 'layers')),
    ...layerBlocks,
  );
}
