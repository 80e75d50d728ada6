import type { LayerId, LayerSummary } from '../../server/schema/layer-catalogue.ts';
import { consoleMessages } from '../i18n/messages.ts';
import { gradeBadgeIcon, iconUrl } from '../layers/icons.ts';
import { badgeLegendFor, clusterLegend, legendFor, type LegendEntry } from '../layers/symbology.ts';
import { clusteredLayers } from '../layers/point-clusters.ts';
import { legibilityMessages } from '../i18n/legibility.ts';
import { allLayerIds, type Language } from '../state/app-state.ts';
import { h } from './dom.ts';

/** The small picture of a legend row: the map symbol, line, hatch or badge it explains. */
export function swatch(entry: LegendEntry): HTMLElement {
  if (entry.shape === 'line-dashed')
    return h('span', { class: 'swatch swatch-dashed', style: `border-color:${entry.color}` });
  if (entry.shape === 'line') return h('span', { class: 'swatch swatch-line', style: `border-color:${entry.color}` });
  if (entry.shape === 'hatch' || entry.shape === 'hatch-red')
    return h('span', { class: 'swatch swatch-hatch', style: `border-color:${entry.color}` });
  if (entry.shape === 'graduated')
    return h('span', { class: 'swatch swatch-graduated', style: `background:${entry.color}` });
  if (entry.shape === 'badge')
    return h('img', { class: 'swatch', src: gradeBadgeIcon(entry.badge ?? '', entry.color).url, alt: '' });
  return h('img', { class: 'swatch', src: iconUrl(entry.shape, entry.color), alt: '' });
}

/** Every legend row of a layer: its symbols, then the badges drawn beside them. */
export function legendEntries(layer: LayerId): LegendEntry[] {
  return [...legendFor(layer), ...badgeLegendFor(layer)];
}

/**
 * A compact legend of the visible layers (no counts), as 总览 shows it beside the plan: each layer's name and its rows,
 * the stations with the AQI scale note.
 */
export function mapLegend(visible: readonly LayerId[], catalogue: LayerSummary[], lang: Language): HTMLElement {
  const m = consoleMessages(lang);
  const blocks = allLayerIds
    .filter((id) => visible.includes(id))
    .map((id) => {
      const summary = catalogue.find((l) => l.id === id);
      return h(
        'section',
        { class: 'legend-block', 'data-legend-layer': id },
        h('h4', {}, summary ? (lang === 'zh' ? summary.nameZh : summary.nameEn) : id),
        id === 'stations' ? h('p', { class: 'muted legend-note' }, m.aqiScaleNote) : null,
        h(
          'ul',
          { class: 'legend' },
          ...legendEntries(id).map((entry) =>
            h(
              'li',
              { class: 'legend-entry', 'data-legend-key': entry.key },
              swatch(entry),
              h('span', { class: 'legend-label' }, entry.label(lang)),
            ),
          ),
        ),
      );
    });
  return h(
    'div',
    { class: 'map-legend', 'data-map-legend': '' },
    h('h2', {}, m.legend),
    ...blocks,
    clusterBlock(visible, lang),
  );
}

/** The cluster rows (issue 18), while any layer that clusters is shown: what the disc, its count and red ring mean. */
export function clusterBlock(visible: readonly LayerId[], lang: Language): HTMLElement | null {
  if (!clusteredLayers.some((id) => visible.includes(id))) return null;
  const m = legibilityMessages(lang);
  return h(
    'section',
    { class: 'legend-block', 'data-legend-layer': 'clusters' },
    h('h4', {}, m.clusters),
    h('p', { class: 'muted legend-note' }, m.clusterNote),
    h(
      'ul',
      { class: 'legend' },
      ...clusterLegend.map((entry) =>
        h(
          'li',
          { class: 'legend-entry', 'data-legend-key': entry.key },
          swatch(entry),
          h('span', { class: 'legend-label' }, entry.label(lang)),
        ),
      ),
    ),
  );
}
