import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';

/** Townships first, then villages, then every other layer (a place name usually means the place). */
function layerRank(layer: LayerId): number {
  return layer === 'townships' ? 0 : layer === 'villages' ? 1 : 2;
}

/** A search hit: which feature, and the text it matched on. */
export interface SearchHit {
  layer: LayerId;
  id: string;
  name: string;
  code: string;
}

/**
 * Finds features whose name (a vehicle's plate) contains `query` or whose official code / id starts with it
 * (case-insensitive), best first: exact code, exact name, code prefix, name prefix, name part; among equal matches a
 * township before a village before anything else (庄磨 finds 庄磨镇 before 庄磨村委会), then by name.
 *
 * @example
 * searchFeatures(data, '二十里铺'); // [{ layer: 'villages', id: '140902004204', name: '二十里铺村委会', … }]
 */
export function searchFeatures(data: Partial<Record<LayerId, LayerFeature[]>>, query: string, limit = 12): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: [number, SearchHit][] = [];
  for (const [layer, features] of Object.entries(data) as [LayerId, LayerFeature[]][]) {
    for (const f of features) {
      // vehicles and muck trucks (issue 16) are found by their plate, fuel samples (issue 17) by their site
      const name = String(f.properties.name ?? f.properties.plate ?? f.properties.siteName ?? '');
      const code = String(f.properties.code ?? f.id ?? '');
      const n = name.toLowerCase();
      const c = code.toLowerCase();
      const score = c === q ? 0 : n === q ? 1 : c.startsWith(q) ? 2 : n.startsWith(q) ? 3 : n.includes(q) ? 4 : -1;
      if (score >= 0) scored.push([score, { layer, id: String(f.id), name, code }]);
    }
  }
  return scored
    .sort(
      (a, b) =>
        a[0] - b[0] || layerRank(a[1].layer) - layerRank(b[1].layer) || a[1].name.localeCompare(b[1].name, 'zh'),
    )
    .slice(0, limit)
    .map(([, hit]) => hit);
}
