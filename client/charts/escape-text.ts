/**
 * Text made safe inside HTML (ECharts tooltips are HTML): `&`, `<`, `>`, `"` and `'` as entities.
 *
 * @example
 * escapeText('<b>'); // '&lt;b&gt;'
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
