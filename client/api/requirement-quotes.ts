import { fetchJson } from './fetch-json.ts';

/** The plan's words of each requirement, by id (`T7.5` → 「…」), as GET /api/plan/requirements serves them. */
export type RequirementQuotes = ReadonlyMap<string, string>;

let loaded: RequirementQuotes | null = null;
let loading: Promise<RequirementQuotes> | null = null;

/**
 * The requirements' quotes, read once per page (a failed read gives none, and is tried again next time). The
 * 「依据」 notes show a requirement's words after its id when they are known.
 *
 * @example
 * const quotes = await loadRequirementQuotes();
 * quotes.get('T15.3'); // '严格落实重污染天气应急预案减排要求'
 */
export function loadRequirementQuotes(): Promise<RequirementQuotes> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= fetchJson<{ requirements: { id: string; quote: string }[] }>('/api/plan/requirements').then((r) => {
    loading = null;
    if (!r.ok || !Array.isArray(r.value.requirements)) return new Map();
    loaded = new Map(r.value.requirements.map((q) => [q.id, q.quote]));
    return loaded;
  });
  return loading;
}

/** The quotes if already read (null before), without reading. */
export function requirementQuotesIfLoaded(): RequirementQuotes | null {
  return loaded;
}
