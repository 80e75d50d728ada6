import type { Language } from '../state/app-state.ts';

/**
 * MapLibre's own UI strings (the canvas's label, the attribution button's title …) in the console's language; the
 * English ones are MapLibre's defaults. MapLibre reads them when it builds each control.
 */
export function mapLocale(lang: Language): Record<string, string> {
  if (lang === 'en') return {};
  return {
    'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
    'AttributionControl.MapFeedback': '地图反馈',
    'Map.Title': '地图',
    'Marker.Title': '标记',
    'NavigationControl.ResetBearing': '指北',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'Popup.Close': '关闭',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '千米',
  };
}

/**
 * Re-words what MapLibre already drew after a change of language: the canvas's label and the attribution button's
 * title (MapLibre has no call that re-reads its locale).
 */
export function relabelMap(container: HTMLElement, lang: Language): void {
  const labels = {
    ...{ 'Map.Title': 'Map', 'AttributionControl.ToggleAttribution': 'Toggle attribution' },
    ...mapLocale(lang),
  };
  container.querySelector('canvas.maplibregl-canvas')?.setAttribute('aria-label', labels['Map.Title'] ?? 'Map');
  for (const button of container.querySelectorAll('.maplibregl-ctrl-attrib-button')) {
    const title = labels['AttributionControl.ToggleAttribution'] ?? '';
    button.setAttribute('title', title);
    button.setAttribute('aria-label', title);
  }
}
