/** The content codings the server compresses responses with. */
export type ContentCoding = 'br' | 'gzip';

/** Codings in the server's order of preference when the client weighs them equally. */
const codings: readonly ContentCoding[] = ['br', 'gzip'];

/**
 * The coding to answer a request with, from its `Accept-Encoding` header: brotli, else gzip,
 * each unless refused with `q=0`; `*` stands for any coding not named; higher `q` wins and
 * brotli wins ties. Null for none (no header, `identity`, or every coding refused).
 *
 * @example
 * preferredEncoding('gzip, deflate, br, zstd'); // 'br'
 * preferredEncoding('gzip;q=1, br;q=0.5');      // 'gzip'
 * preferredEncoding(undefined);                 // null
 */
export function preferredEncoding(header: string | undefined): ContentCoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of codings) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
