import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendEntry } from '../layers/symbology.ts';
import { type ExportLegend, metersPerPixel, scaleBar } from './export-legend.ts';

const FONTS = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** Where the legend of an export comes from: the console registers the legend of what it shows. */
let legendSource: () => ExportLegend | null = () => null;

/** Registers what `exportMapPng` draws as its legend by default (the console's visible layers in its language). */
export function setExportLegend(source: () => ExportLegend | null): void {
  legendSource = source;
}

/** Draws a legend symbol of `size` pixels centred on (x, y). */
function drawSymbol(
  ctx: CanvasRenderingContext2D,
  symbol: Pick<LegendEntry, 'shape' | 'color' | 'badge'>,
  x: number,
  y: number,
  size: number,
): void {
  const r = size / 2;
  ctx.save();
  ctx.fillStyle = symbol.color;
  ctx.strokeStyle = symbol.color;
  ctx.lineWidth = Math.max(1, size / 7);
  ctx.beginPath();
  switch (symbol.shape) {
    case 'line':
    case 'line-dashed':
      if (symbol.shape === 'line-dashed') ctx.setLineDash([size / 4, size / 6]);
      ctx.moveTo(x - r, y);
      ctx.lineTo(x + r, y);
      ctx.stroke();
      break;
    case 'hatch':
    case 'hatch-red':
      ctx.strokeRect(x - r, y - r, size, size);
      // three diagonal hatch lines inside the square
      ctx.moveTo(x - r, y + r);
      ctx.lineTo(x + r, y - r);
      ctx.moveTo(x - r, y);
      ctx.lineTo(x, y - r);
      ctx.moveTo(x, y + r);
      ctx.lineTo(x + r, y);
      ctx.stroke();
      break;
    case 'square':
    case 'square-cross':
    case 'fuel':
      ctx.fillRect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      break;
    // issue 16: vehicles and trucks as a low box, repair shops as a house, stockyards as a mound, checkpoints a hexagon
    case 'truck':
    case 'truck-cross':
    case 'car':
    case 'car-cross':
      ctx.fillRect(x - r, y - r * 0.5, size, r);
      break;
    case 'house':
    case 'house-cross':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y - r * 0.2);
      ctx.lineTo(x + r, y + r);
      ctx.lineTo(x - r, y + r);
      ctx.lineTo(x - r, y - r * 0.2);
      ctx.closePath();
      ctx.fill();
      break;
    case 'mound':
    case 'mound-cross':
    case 'mound-hollow':
      ctx.moveTo(x - r, y + r * 0.7);
      ctx.quadraticCurveTo(x, y - r * 1.3, x + r, y + r * 0.7);
      ctx.closePath();
      if (symbol.shape === 'mound-hollow') ctx.stroke();
      else ctx.fill();
      break;
    case 'hexagon':
      for (let k = 0; k < 6; k++) {
        const a = (Math.PI / 3) * k - Math.PI / 2;
        if (k === 0) ctx.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
        else ctx.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
      }
      ctx.closePath();
      ctx.fill();
      break;
    // issue 17: a public report's pin and a fuel sample's drop, as a teardrop (point down, point up)
    case 'pin':
    case 'pin-hollow':
    case 'drop':
    case 'drop-cross':
    case 'drop-hollow': {
      const down = symbol.shape.startsWith('pin') ? 1 : -1;
      ctx.arc(x, y - down * r * 0.25, r * 0.65, 0, 2 * Math.PI);
      ctx.moveTo(x - r * 0.6, y - down * r * 0.05);
      ctx.lineTo(x, y + down * r);
      ctx.lineTo(x + r * 0.6, y - down * r * 0.05);
      ctx.closePath();
      if (symbol.shape.endsWith('hollow')) ctx.stroke();
      else ctx.fill();
      break;
    }
    case 'triangle':
    case 'triangle-cross':
    case 'triangle-hollow':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y + r * 0.8);
      ctx.lineTo(x - r, y + r * 0.8);
      ctx.closePath();
      if (symbol.shape === 'triangle-hollow') ctx.stroke();
      else ctx.fill();
      break;
    case 'diamond':
    case 'diamond-cross':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y + r);
      ctx.lineTo(x - r, y);
      ctx.closePath();
      ctx.fill();
      break;
    default:
      ctx.arc(x, y, r * 0.8, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1;
      ctx.stroke();
      if (symbol.shape === 'badge' && symbol.badge) {
        ctx.fillStyle = '#ffffff';
        ctx.font = `700 ${Math.round(size * 0.7)}px ${FONTS}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(symbol.badge, x, y + 0.5);
      }
  }
  ctx.restore();
}

/** The width of the legend column(s) beside a map of `height` pixels, and draws them when `at` is given. */
function legendColumns(
  ctx: CanvasRenderingContext2D,
  legend: ExportLegend,
  height: number,
  unit: number,
  at?: number,
): number {
  const line = unit * 1.5;
  const pad = unit;
  const bodyFont = `${unit}px ${FONTS}`;
  const titleFont = `700 ${unit}px ${FONTS}`;
  const items: { kind: 'title' | 'row'; text: string; symbol?: Pick<LegendEntry, 'shape' | 'color' | 'badge'> }[] = [
    { kind: 'title', text: legend.title },
    ...legend.blocks.flatMap((block) => [
      { kind: 'title' as const, text: block.title },
      ...block.rows.map((row) => ({ kind: 'row' as const, text: row.label, symbol: row.symbol })),
    ]),
  ];
  let widest = 0;
  for (const item of items) {
    ctx.font = item.kind === 'title' ? titleFont : bodyFont;
    widest = Math.max(widest, ctx.measureText(item.text).width + (item.kind === 'row' ? line : 0));
  }
  const columnWidth = Math.ceil(widest + 2 * pad);
  const perColumn = Math.max(1, Math.floor((height - 2 * pad) / line));
  const columns = Math.ceil(items.length / perColumn);
  if (at !== undefined) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(at, 0, columns * columnWidth, height);
    ctx.textBaseline = 'middle';
    items.forEach((item, i) => {
      const x = at + Math.floor(i / perColumn) * columnWidth + pad;
      const y = pad + (i % perColumn) * line + line / 2;
      ctx.fillStyle = '#1d2733';
      ctx.font = item.kind === 'title' ? titleFont : bodyFont;
      if (item.symbol) {
        drawSymbol(ctx, item.symbol, x + unit / 2, y, unit);
        ctx.fillStyle = '#1d2733';
        ctx.font = bodyFont;
        ctx.fillText(item.text, x + line, y);
      } else ctx.fillText(item.text, x, y);
    });
  }
  return columns * columnWidth;
}

/** Draws the scale bar in the map's bottom-left corner. */
function drawScale(ctx: CanvasRenderingContext2D, map: MapLibreMap, ratio: number, mapHeight: number): void {
  const bar = scaleBar(metersPerPixel(map.getZoom(), map.getCenter().lat), 120);
  const x = 12 * ratio;
  const y = mapHeight - 14 * ratio;
  const width = bar.px * ratio;
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 6 * ratio, y - 20 * ratio, width + 12 * ratio, 28 * ratio);
  ctx.strokeStyle = '#1d2733';
  ctx.lineWidth = 2 * ratio;
  ctx.beginPath();
  ctx.moveTo(x, y - 5 * ratio);
  ctx.lineTo(x, y);
  ctx.lineTo(x + width, y);
  ctx.lineTo(x + width, y - 5 * ratio);
  ctx.stroke();
  ctx.fillStyle = '#1d2733';
  ctx.font = `${Math.round(11 * ratio)}px ${FONTS}`;
  ctx.textBaseline = 'bottom';
  ctx.fillText(bar.label, x + 2 * ratio, y - 6 * ratio);
  ctx.restore();
}

/**
 * The map as shown, as a PNG: the basemap canvas and the deck.gl canvas above it composited in
 * DOM order at device resolution, a scale bar, the legend of the visible layers in a column beside the map, and a
 * caption strip (title, as-of, data provenance) so a picture pasted into a report says what it is. The basemap is
 * read inside its own `render` event, while its drawing buffer is still valid.
 */
export function exportMapPng(
  map: MapLibreMap,
  caption: string,
  legend: ExportLegend | null = legendSource(),
): Promise<Blob> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const base = map.getCanvas();
        const ratio = base.width / base.clientWidth || 1;
        const captionHeight = Math.round(28 * ratio);
        const out = document.createElement('canvas');
        const measure = out.getContext('2d');
        if (!measure) throw new Error('no 2D canvas');
        const unit = Math.round(12 * ratio);
        const legendWidth = legend ? legendColumns(measure, legend, base.height, unit) : 0;
        out.width = base.width + legendWidth;
        out.height = base.height + captionHeight;
        const ctx = out.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, out.width, out.height);
        for (const canvas of map.getContainer().querySelectorAll('canvas'))
          ctx.drawImage(canvas, 0, 0, base.width, base.height);
        drawScale(ctx, map, ratio, base.height);
        if (legend) legendColumns(ctx, legend, base.height, unit, base.width);
        ctx.fillStyle = '#1d2733';
        ctx.font = `${Math.round(captionHeight * 0.5)}px ${FONTS}`;
        ctx.textBaseline = 'middle';
        ctx.fillText(caption, captionHeight * 0.4, base.height + captionHeight / 2, out.width - captionHeight * 0.8);
        out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}

/** A blob as a `data:` URL (tests read the exported PNG this way). */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the PNG'));
    reader.readAsDataURL(blob);
  });
}
