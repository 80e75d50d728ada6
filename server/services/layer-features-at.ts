/**
 * A map layer's features as `GET /api/layers/:id` serves them: read by the layer's repository
 * (db/layers/; the stations' AQI is computed here, by services/station-aqi.ts), each carrying
 * `problems`, the rules that hit it at as-of (from {@link ruleHitsAt}, the same hits as
 * `GET /api/rules`), so the client never re-decides what a problem is.
 *
 * @module
 */
import type { Feature, Geometry } from 'geojson';
import { layerDefinitions } from '../db/layers/registry.ts';
import type { Db } from '../db/open-database.ts';
import type { LayerId } from '../schema/enums/layer-id.ts';
import { ruleHitLayers, type RuleId } from '../schema/enums/rule-id.ts';
import type { CommonLayerQuery } from '../schema/layer-query.ts';
import { ruleHitsAt } from './rule-hits-at.ts';
import { withStationAqi } from './station-aqi.ts';

/** A served feature: the layer's properties plus `problems`. */
export type ServedLayerFeature = Feature<Geometry, Record<string, unknown> & { problems: RuleId[] }>;

const layersWithRules: ReadonlySet<LayerId> = new Set(ruleHitLayers);

/**
 * The rule ids hitting each entity of `layer` at `asOf` (under the issued warning in force, if any: the layers
 * ask no level), by entity id, in rule order. Empty without evaluating for a layer no rule hits.
 *
 * @example
 * layerProblemsAt(db, 'villages', '2023-12-31T23:00').get('140902004204'); // ['retrofit-in-progress']
 */
export function layerProblemsAt(db: Db, layer: LayerId, asOf: string): Map<string, RuleId[]> {
  const problems = new Map<string, RuleId[]>();
  if (!layersWithRules.has(layer)) return problems;
  for (const hit of ruleHitsAt(db, asOf)) {
    if (hit.layer !== layer) continue;
    const rules = problems.get(hit.entityId);
    if (!rules) problems.set(hit.entityId, [hit.rule]);
    else if (!rules.includes(hit.rule)) rules.push(hit.rule);
  }
  return problems;
}

/** The `aqiPeriod` of a stations query (the layer's own schema validated it). */
function stationAqiPeriod(query: CommonLayerQuery): 'hour' | 'day' | undefined {
  const period = 'aqiPeriod' in query ? query.aqiPeriod : undefined;
  return period === 'day' || period === 'hour' ? period : undefined;
}

/**
 * The features of `layer` matching `query` at `asOf` (`YYYY-MM-DDTHH:mm` CST), each with
 * `properties.problems` (empty when no rule hits it).
 *
 * @example
 * layerFeaturesAt(db, 'machines', {}, '2023-05-04T10:00').filter((f) => f.properties.problems.length > 0);
 */
export function layerFeaturesAt(db: Db, layer: LayerId, query: CommonLayerQuery, asOf: string): ServedLayerFeature[] {
  const read = layerDefinitions[layer].features(db, query, asOf);
  const features = layer === 'stations' ? withStationAqi(db, read, stationAqiPeriod(query), asOf) : read;
  const problems = features.length ? layerProblemsAt(db, layer, asOf) : new Map<string, RuleId[]>();
  return features.map((f) => ({ ...f, properties: { ...f.properties, problems: problems.get(String(f.id)) ?? [] } }));
}
