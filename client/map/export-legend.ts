import type { LayerId, LayerSummary } from '../../server/schema/layer-catalogue.ts';
import { consoleMessages } from '../i18n/messages.ts';
import type { LegendEntry } from '../layers/symbology.ts';
import { legendEntries } from '../panels/map-legend.ts';
import { allLayerIds, type Language } from '../state/app-state.ts';

/** One layer of the legend drawn onto an exported map: its name and its rows (symbol and meaning). */
export interface ExportLegendBlock {
  title: string;
  rows: { label: string; symbol: Pick<LegendEntry, 'shape' | 'color' | 'badge'> }[];
}

/** The legend of an exported map: a heading, the visible layers' blocks, and the word for the scale bar. */
export interface ExportLegend {
  title: string;
  blocks: ExportLegendBlock[];
  scaleTitle: string;
}

/**
 * The legend of the layers shown, in `lang`, as the exported PNG draws it (the 图层 panel's rows without counts).
 *
 * @example
 * exportLegend(['stations'], catalogue, 'zh').blocks[0]?.rows[0]?.label; // '优（AQI 0–50）'
 */
export function exportLegend(visible: readonly LayerId[], catalogue: LayerSummary[], lang: Language): ExportLegend {
  const m = consoleMessages(lang);
  return {
    title: m.legend,
    scaleTitle: m.scale,
    blocks: allLayerIds
      .filter((id) => visible.includes(id))
      .map((id) => {
        const summary = catalogue.find((l) => l.id === id);
        return {
          title: summary ? (lang === 'zh' ? summary.nameZh : summary.nameEn) : id,
          rows: legendEntries(id).map((entry) => ({
            label: entry.label(lang),
            symbol: { shape: entry.shape, color: entry.color, badge: entry.badge },
          })),
        };
      })
      .filter((block) => block.rows.length > 0),
  };
}

/** A scale bar: its length in metres (1, 2 or 5 × 10ⁿ), in CSS pixels, and its label. */
export interface ScaleBar {
  meters: number;
  px: number;
  label: string;
}

/**
 * The longest round scale bar not longer than `maxPx` CSS pixels, at `metersPerPixel` (Web Mercator at the map's
 * centre latitude).
 *
 * @example
 * scaleBar(20, 120); // { meters: 2000, px: 100, label: '2 km' }
 */
export function scaleBar(metersPerPixel: number, maxPx: number): ScaleBar {
  const maxMeters = metersPerPixel * maxPx;
  const power = 10 ** Math.floor(Math.log10(maxMeters));
  const step = [5, 2, 1].find((k) => k * power <= maxMeters) ?? 1;
  const meters = step * power;
  return { meters, px: meters / metersPerPixel, label: meters >= 1000 ? `${meters / 1000} km` : `${meters} m` };
}

/** Metres per CSS pixel of a Web Mercator map (512-px tiles) at `zoom` and latitude `lat`. */
export function metersPerPixel(zoom: number, lat: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
