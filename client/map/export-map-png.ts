import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map as shown, as a PNG: the basemap canvas and the deck.gl canvas above it composited in
 * DOM order at device resolution, with a caption strip (title, as-of, data provenance) so a
 * picture pasted into a report says what it is. The basemap is read inside its own `render`
 * event, while its drawing buffer is still valid.
 */
export function exportMapPng(map: MapLibreMap, caption: string): Promise<Blob> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const base = map.getCanvas();
        const captionHeight = Math.round(28 * (base.width / base.clientWidth || 1));
        const out = document.createElement('canvas');
        out.width = base.width;
        out.height = base.height + captionHeight;
        const ctx = out.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, out.width, out.height);
        for (const canvas of map.getContainer().querySelectorAll('canvas'))
          ctx.drawImage(canvas, 0, 0, base.width, base.height);
        ctx.fillStyle = '#1d2733';
        ctx.font =
          `${Math.round(captionHeight * 0.5)}px "PingFang SC", ` +
          `"Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;
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
