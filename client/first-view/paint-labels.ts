/**
 * The map's labels (county, built-up area, township, cluster counts, station AQI) drawn with the Canvas 2D API where
 * deck.gl's TextLayers of build-deck-layers.ts put them: the same placed labels (placeMapLabels), each centred on its
 * anchor plus its pixel offset, lines stacked around that centre, the halo as a white outline.
 *
 * @module
 */
import { CJK_FONTS } from '../layers/map-layout.ts';
import type { DrawnLabel } from '../layers/point-clusters.ts';
import type { Projector } from './project.ts';

/** How a kind of label is written. */
interface LabelStyle {
  weight: 400 | 700;
  lineHeight: number;
  color: (label: DrawnLabel) => string;
  halo: boolean;
}

/**
 * The halo's width outside a glyph, pixels per pixel of font size. deck.gl draws it from its SDF atlas (64-px glyphs,
 * radius 12, edge at 0.75, smoothing ±0.1): outlineWidth 3 is 3 / 12 of the radius, the outline's edge at
 * 0.75 × (1 − 0.25) = 0.5625, so (0.75 − 0.5625) × 12 = 2.25 atlas pixels beyond the glyph's edge, plus about half
 * the smoothing (0.6). Under half a pixel at 13 px: a faint fringe, not the 3 px the name suggests; a wider halo
 * here would show in the swap (lines passing through the names vanish).
 */
const HALO_PER_PX = (2.25 + 0.6) / 64;

/** Every label kind's style, as build-deck-layers.ts's text layers set it. */
export function labelStyles(aqiLevelAt: (label: DrawnLabel) => number): Record<DrawnLabel['kind'], LabelStyle> {
  return {
    county: { weight: 400, lineHeight: 1, color: () => 'rgba(110, 122, 134, 0.863)', halo: false },
    'built-up': { weight: 400, lineHeight: 1, color: () => 'rgb(217, 72, 15)', halo: true },
    township: { weight: 400, lineHeight: 1, color: () => 'rgba(40, 52, 64, 0.902)', halo: true },
    'cluster-count': { weight: 700, lineHeight: 1.1, color: () => '#ffffff', halo: false },
    'station-aqi': {
      weight: 700,
      lineHeight: 1,
      color: (label) => (aqiLevelAt(label) >= 4 ? '#ffffff' : 'rgb(20, 20, 20)'),
      halo: false,
    },
  };
}

const baselines = new Map<string, number>();
/** How far below a row's middle its baseline sits, for the context's current font (measured once per font). */
function baselineBelowMiddle(ctx: CanvasRenderingContext2D): number {
  let baseline = baselines.get(ctx.font);
  if (baseline === undefined) {
    const metrics = ctx.measureText('A');
    baseline = (metrics.fontBoundingBoxAscent - metrics.fontBoundingBoxDescent) / 2;
    baselines.set(ctx.font, baseline);
  }
  return baseline;
}

/** The order deck.gl draws the label layers in (later on top). */
const kindOrder: readonly DrawnLabel['kind'][] = ['county', 'built-up', 'township', 'cluster-count', 'station-aqi'];

/**
 * Draws the labels. deck.gl puts a row's baseline (ascent − descent) / 2 below the row's middle (the font's own
 * ascent and descent), and centres the block of rows, `lineHeight` × size apart, on the anchor.
 */
export function paintLabels(
  ctx: CanvasRenderingContext2D,
  project: Projector,
  labels: readonly DrawnLabel[],
  styles: Record<DrawnLabel['kind'], LabelStyle>,
): number {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.setLineDash([]);
  let drawn = 0;
  for (const kind of kindOrder) {
    const style = styles[kind];
    for (const label of labels) {
      if (label.kind !== kind) continue;
      ctx.font = `${style.weight} ${label.size}px ${CJK_FONTS}`;
      const baseline = baselineBelowMiddle(ctx);
      const [x, y] = project(label.position);
      const cx = x + label.offset[0];
      const rows = label.text.split('\n');
      const step = style.lineHeight * label.size;
      const top = y + label.offset[1] - ((rows.length - 1) * step) / 2 + baseline;
      if (style.halo) {
        ctx.strokeStyle = 'rgba(255, 255, 255, 0.902)';
        ctx.lineWidth = 2 * HALO_PER_PX * label.size;
        rows.forEach((row, i) => ctx.strokeText(row, cx, top + i * step));
      }
      ctx.fillStyle = style.color(label);
      rows.forEach((row, i) => ctx.fillText(row, cx, top + i * step));
      drawn++;
    }
  }
  return drawn;
}
