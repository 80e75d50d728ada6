import type { Basis } from '../../server/schema/basis.ts';
import type { RuleCatalogueResponse } from '../../server/schema/rules.ts';
import { fetchJson } from './fetch-json.ts';

/** Each rule's 「依据」, by rule id, as GET /api/rules/catalogue serves it. */
export type RuleBases = ReadonlyMap<string, readonly Basis[]>;

let loaded: RuleBases | null = null;
let loading: Promise<RuleBases | null> | null = null;

/**
 * The rules' bases, read once per page (null when the read fails; tried again next time).
 *
 * @example
 * (await loadRuleBases())?.get('coal-reburning'); // [{ kind: 'plan', requirement: 'T7.5' }, { kind: 'convention', … }]
 */
export function loadRuleBases(): Promise<RuleBases | null> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= fetchJson<RuleCatalogueResponse>('/api/rules/catalogue').then((r) => {
    loading = null;
    if (!r.ok) return null;
    loaded = new Map(r.value.rules.map((rule) => [rule.id, rule.basis]));
    return loaded;
  });
  return loading;
}

/** The bases if already read (null before), without reading. */
export function ruleBasesIfLoaded(): RuleBases | null {
  return loaded;
}
