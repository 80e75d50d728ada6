/**
 * Headers of file downloads: media type and `Content-Disposition: attachment` with an ASCII
 * `filename` and the exact name as `filename*` (RFC 6266 §4.3, RFC 8187 encoding).
 *
 * @module
 */

/** Media types of the export formats. */
export const exportMediaTypes = {
  csv: 'text/csv; charset=utf-8',
  /** RFC 7946 §12; GeoJSON text is always UTF-8, so no charset parameter. */
  geojson: 'application/geo+json',
} as const;

/** File extension per format. */
export const exportExtensions = { csv: 'csv', geojson: 'geojson' } as const;

/** Percent-encodes per RFC 8187 `attr-char` (encodeURIComponent leaves `'()*` alone, which must be encoded). */
function encodeRfc8187(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>`: `filename` keeps
 * printable ASCII except `"` and `\` (anything else becomes `_`), `filename*` is exact.
 *
 * @example
 * attachmentDisposition('lantian-townships-2023-12-31.csv');
 * // `attachment; filename="lantian-townships-2023-12-31.csv"; filename*=UTF-8''lantian-townships-2023-12-31.csv`
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7E]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(filename)}`;
}

/**
 * The name of an export file: `lantian-<parts joined by ->.<extension>`, each part reduced to
 * letters, digits, `.`, `_` and `-`.
 *
 * @example
 * exportFileName(['dustfall-points', '2023-12-31'], 'csv'); // 'lantian-dustfall-points-2023-12-31.csv'
 */
export function exportFileName(parts: readonly string[], format: keyof typeof exportExtensions): string {
  const safe = parts.map((part) => part.replace(/[^A-Za-z0-9._-]+/g, '_'));
  return `lantian-${safe.join('-')}.${exportExtensions[format]}`;
}

/** Headers of a download of `format` named `filename`. */
export function downloadHeaders(format: keyof typeof exportMediaTypes, filename: string): Record<string, string> {
  return {
    'Content-Type': exportMediaTypes[format],
    'Content-Disposition': attachmentDisposition(filename),
    'X-Content-Type-Options': 'nosniff',
  };
}
