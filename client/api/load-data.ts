import type { LayerCatalogue } from '../../server/schema/layer-catalogue.ts';
import { layerIds, type LayerId } from '../../server/schema/enums/layer-id.ts';
import type { MetaResponse } from '../../server/schema/meta.ts';
import type { PlanResponse } from '../../server/schema/plan.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';
import type { ApiResult } from './api-result.ts';
import { fetchJson } from './fetch-json.ts';

/** What the console loads at start. */
export interface ConsoleData {
  catalogue: LayerCatalogue;
  plan: PlanResponse;
  meta: MetaResponse;
  layers: Partial<Record<LayerId, LayerFeature[]>>;
}

/** Layers whose features depend on the as-of moment: all of them, as each feature's `problems` (rule hits) does. */
export const timeDependentLayers: readonly LayerId[] = layerIds;

/** How time-dependent layers are asked for: the as-of moment (null = dataset default) and the stations' AQI period. */
export interface TimeOptions {
  asOf: string | null;
  aqiPeriod: 'hour' | 'day';
}

/** Fetches the given layers at a moment. */
export async function loadLayers(
  ids: readonly LayerId[],
  time: TimeOptions,
  signal?: AbortSignal,
): Promise<ApiResult<ConsoleData['layers']>> {
  const query = (id: LayerId) => {
    const q = new URLSearchParams();
    if (time.asOf && timeDependentLayers.includes(id)) q.set('asOf', time.asOf);
    if (id === 'stations' && time.aqiPeriod === 'day') q.set('aqiPeriod', 'day');
    return q.size ? `?${q.toString()}` : '';
  };
  const results = await Promise.all(
    ids.map(
      async (id) =>
        [id, await fetchJson<{ features: LayerFeature[] }>(`/api/layers/${id}${query(id)}`, signal)] as const,
    ),
  );
  const layers: ConsoleData['layers'] = {};
  for (const [id, result] of results) {
    if (!result.ok) return result;
    layers[id] = result.value.features;
  }
  return { ok: true, value: layers };
}

/**
 * Loads the catalogue, the plan, the dataset meta and every layer in parallel. Fails as a whole
 * with one message naming what failed, so the UI can show it and offer a retry.
 */
export async function loadConsoleData(time: TimeOptions, signal?: AbortSignal): Promise<ApiResult<ConsoleData>> {
  const [catalogue, plan, meta] = await Promise.all([
    fetchJson<LayerCatalogue>('/api/layers', signal),
    fetchJson<PlanResponse>('/api/plan', signal),
    fetchJson<MetaResponse>('/api/meta', signal),
  ]);
  if (!catalogue.ok) return catalogue;
  if (!plan.ok) return plan;
  if (!meta.ok) return meta;
  const layers = await loadLayers(
    catalogue.value.layers.map((l) => l.id),
    time,
    signal,
  );
  if (!layers.ok) return layers;
  return { ok: true, value: { catalogue: catalogue.value, plan: plan.value, meta: meta.value, layers: layers.value } };
}
